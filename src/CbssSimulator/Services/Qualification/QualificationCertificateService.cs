using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.Qualification;

public static class QualificationNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/QualificationCertificateService/v1";
    public const string Path = "/SOA4520/QualificationCertificateService/v1";
    public const string Action = "http://kszbcss.fgov.be/QualificationCertificateService/consult";
}

/// <summary>QualificationCertificateService (modelled contract, contracts/soa/QualificationCertificate).</summary>
[ServiceContract(Namespace = QualificationNamespaces.Interface, Name = "QualificationCertificateServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IQualificationCertificateService
{
    [OperationContract(Name = "consult", Action = QualificationNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "qualificationCertificateFault", Namespace = QualificationNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultQualificationsResponse> ConsultAsync(ConsultQualificationsRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultQualificationsRequest { [MessageBodyMember(Name = "consultQualificationsRequest", Namespace = QualificationNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultQualificationsResponse { [MessageBodyMember(Name = "consultQualificationsResponse", Namespace = QualificationNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// Flemish diplomas and certificates (LED; SYSDATE; 001–009, any CPAS): for persons whose first address was in a Dutch-
/// speaking municipality, about 80 % have the secondary-education diploma at 18, a third of those a bachelor at 21 and
/// half of the bachelors a master at 22 (institutions modelled). Others have nothing in the LED → MSG00100.
/// </summary>
public sealed class QualificationCertificateService(PersonStore persons, ModelledConsult consult, SimulatorClock clock) : IQualificationCertificateService
{
    public static readonly ControlRow Row = ControlTable.Get("QualificationCertificateService", "consult");

    private static readonly string[] Schools = ["Sint-Jozefscollege", "Koninklijk Atheneum", "GO! Campus De Vesten", "Sint-Barbaracollege"];

    private static readonly string[] Universities = ["KU Leuven", "Universiteit Gent", "Universiteit Antwerpen", "Vrije Universiteit Brussel", "Hogeschool PXL", "AP Hogeschool"];

    public Task<ConsultQualificationsResponse> ConsultAsync(ConsultQualificationsRequest request) => Task.FromResult(new ConsultQualificationsResponse
    {
        Body = consult.Answer(XName.Get("consultQualificationsResponse", QualificationNamespaces.Interface), Row, (_, person) =>
        {
            var list = Qualifications(persons, person, clock.Today);
            return (null, list.Count == 0 ? null : new XElement("qualifications", list.Select(q => new XElement("qualification", new XElement("title", q.Title),
                new XElement("level", q.Level), new XElement("institution", q.Institution), new XElement("dateObtained", q.Obtained.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        }),
    });

    public static IReadOnlyList<(string Title, int Level, string Institution, DateOnly Obtained)> Qualifications(PersonStore persons, PersonRow p, DateOnly today)
    {
        var first = persons.Addresses(p.Ssin).FirstOrDefault();
        uint hash = StableHash.Of(p.Ssin + "LED");
        if (p.Register == Registers.Bis || first?.Language != "nl" || hash % 10 >= 8)
        {
            return [];
        }

        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        var list = new List<(string, int, string, DateOnly)>
        {
            ("Diploma van secundair onderwijs", 4, Schools[hash % Schools.Length], new DateOnly(born.Year + 18, 6, 30)),
        };
        if ((hash >> 4) % 3 == 0)
        {
            string university = Universities[(hash >> 6) % Universities.Length];
            list.Add(("Bachelor", 6, university, new DateOnly(born.Year + 21, 7, 5)));
            if ((hash >> 9) % 2 == 0)
            {
                list.Add(("Master", 7, university, new DateOnly(born.Year + 22, 7, 5)));
            }
        }

        return list.Where(q => q.Item4 <= today).ToList();
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "QualificationCertificateService", QualificationNamespaces.Path,
        QualificationNamespaces.Interface, "soa/QualificationCertificate", "QualificationCertificateServiceV1.wsdl", "QualificationCertificateServiceV1.xsd",
        "qualificationCertificateFault", ("consult", QualificationNamespaces.Action, "consultQualificationsRequest"));
}
