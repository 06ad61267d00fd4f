using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.SelfEmployment;

namespace CbssSimulator.Services.SelfEmployed;

public static class SelfEmployedNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/SelfEmployed/v2";
    public const string Path = "/SOA4520/SelfEmployed/v2";
    public const string Action = "http://kszbcss.fgov.be/SelfEmployed/consult";
}

/// <summary>SelfEmployedV2 (modelled contract, contracts/soa/SelfEmployed).</summary>
[ServiceContract(Namespace = SelfEmployedNamespaces.Interface, Name = "SelfEmployedPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ISelfEmployedService
{
    [OperationContract(Name = "consult", Action = SelfEmployedNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "selfEmployedFault", Namespace = SelfEmployedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultSelfEmployedCareerResponse> ConsultAsync(ConsultSelfEmployedCareerRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultSelfEmployedCareerRequest { [MessageBodyMember(Name = "consultSelfEmployedCareerRequest", Namespace = SelfEmployedNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultSelfEmployedCareerResponse { [MessageBodyMember(Name = "consultSelfEmployedCareerResponse", Namespace = SelfEmployedNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The career as self-employed (SYSDATE; 001–009, 031): every activity period with its social insurance fund and
/// category, and the contributions due and paid per quarter from <c>beginQuarter</c> to <c>endQuarter</c> (default:
/// the four quarters before D's quarter, at most 12). No activity → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class SelfEmployedService(RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : ISelfEmployedService
{
    public static readonly ControlRow Row = ControlTable.Get("SelfEmployedV2", "consult");

    public Task<ConsultSelfEmployedCareerResponse> ConsultAsync(ConsultSelfEmployedCareerRequest request) => Task.FromResult(new ConsultSelfEmployedCareerResponse
    {
        Body = consult.Answer(XName.Get("consultSelfEmployedCareerResponse", SelfEmployedNamespaces.Interface), Row, (body, person) =>
        {
            var today = clock.Today;
            int current = today.Year * 4 + (today.Month - 1) / 3;
            int begin = body.Element("beginQuarter") is { } b ? Index(b.Value) : current - 4;
            int end = body.Element("endQuarter") is { } e ? Index(e.Value) : current - 1;
            if (end < begin || end - begin >= 12)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("endQuarter", "from 1 to 12 quarters, not before beginQuarter")), null);
            }

            var activities = new SelfEmployedStore(db).Activities(person.Ssin).Where(a => IsoDate.Parse(a.StartDate) <= today).ToList();
            var quarters = activities.SelectMany(a => Enumerable.Range(begin, end - begin + 1).Select(i => SelfEmployedStore.Quarter(a, i / 4, i % 4 + 1, today)))
                .Where(q => q is not null).Select(q => q!).OrderBy(q => q.Year).ThenBy(q => q.Quarter).ToList();
            return (null, activities.Count == 0 ? null : new XElement("career",
                activities.Select(a => new XElement("activity", new XElement("startDate", a.StartDate), a.EndDate is null ? null : new XElement("endDate", a.EndDate),
                    new XElement("category", a.Category),
                    new XElement("socialInsuranceFund", new XElement("code", a.FundCode), new XElement("name", SelfEmployedCareers.Funds[a.FundCode])))),
                quarters.Select(q => new XElement("quarter", new XElement("quarter", $"{q.Year}Q{q.Quarter}"), new XElement("category", q.Category),
                    new XElement("contributionDue", Money(q.Due)), new XElement("contributionPaid", Money(q.Paid)),
                    new XElement("regular", q.Paid >= q.Due ? "true" : "false")))));
        }),
    });

    private static int Index(string quarter) => int.Parse(quarter[..4], CultureInfo.InvariantCulture) * 4 + quarter[5] - '1';

    private static string Money(double amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "SelfEmployedV2", SelfEmployedNamespaces.Path,
        SelfEmployedNamespaces.Interface, "soa/SelfEmployed", "SelfEmployedV2.wsdl", "SelfEmployedServiceV2.xsd", "selfEmployedFault",
        ("consult", SelfEmployedNamespaces.Action, "consultSelfEmployedCareerRequest"));
}
