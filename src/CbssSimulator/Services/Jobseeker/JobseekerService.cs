using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Services.Jobseeker;

public static class JobseekerNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/Jobseeker/v1";
    public const string Path = "/SOA4520/Jobseeker/v1";
    public const string Action = "http://kszbcss.fgov.be/Jobseeker/consult";
}

/// <summary>Jobseeker (modelled contract, contracts/soa/Jobseeker).</summary>
[ServiceContract(Namespace = JobseekerNamespaces.Interface, Name = "JobseekerPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IJobseekerService
{
    [OperationContract(Name = "consult", Action = JobseekerNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "jobseekerFault", Namespace = JobseekerNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultJobseekerResponse> ConsultAsync(ConsultJobseekerRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultJobseekerRequest { [MessageBodyMember(Name = "consultJobseekerRequest", Namespace = JobseekerNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultJobseekerResponse { [MessageBodyMember(Name = "consultJobseekerResponse", Namespace = JobseekerNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The registration as job seeker at D (SYSDATE; 001–009), following the other sources: whoever draws full unemployment
/// or an insertion allowance is registered (mandatory) from the start of the right; about 5 % of the other adults under
/// 65 without a current employment registered freely. The agency is the region's: FOREM, ACTIRIS, VDAB, ADG.
/// </summary>
public sealed class JobseekerService(PersonStore persons, RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : IJobseekerService
{
    public static readonly ControlRow Row = ControlTable.Get("Jobseeker", "consult");

    public Task<ConsultJobseekerResponse> ConsultAsync(ConsultJobseekerRequest request) => Task.FromResult(new ConsultJobseekerResponse
    {
        Body = consult.Answer(XName.Get("consultJobseekerResponse", JobseekerNamespaces.Interface), Row, (_, person) =>
            (null, Registration(person) is { } r
                ? new XElement("registration", new XElement("agency", r.Agency), new XElement("registrationDate", r.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("category", r.Category))
                : null)),
    });

    public (string Agency, DateOnly Since, string Category)? Registration(PersonRow p)
    {
        var today = clock.Today;
        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        if (p.Register == Registers.Bis || p.DeathDate is not null || born.AddYears(18) > today || born.AddYears(65) <= today)
        {
            return null;
        }

        string agency = (persons.CurrentAddress(p.Ssin) is { } a ? Geography.Municipalities.FirstOrDefault(m => m.NisCode == a.NisCode)?.Region : null) switch
        {
            "Flanders" => "VDAB", "Wallonia" => "FOREM", "German-speaking" => "ADG", _ => "ACTIRIS",
        };
        if (new UnemploymentStore(db).Rights(p.Ssin).LastOrDefault(r => r.Nature != "TIME_CREDIT" && IsoDate.Parse(r.StartDate) <= today
            && (r.EndDate is null || IsoDate.Parse(r.EndDate) >= today)) is { } right)
        {
            return (agency, IsoDate.Parse(right.StartDate), right.Nature == "FULL_UNEMPLOYMENT" ? "UNEMPLOYED_WITH_BENEFITS" : "YOUNG_INSERTION");
        }

        bool working = new CareerStore(db).Employments(p.Ssin).Any(j => IsoDate.Parse(j.StartDate) <= today && (j.EndDate is null || IsoDate.Parse(j.EndDate) >= today));
        uint hash = StableHash.Of(p.Ssin + "J");
        return !working && hash % 100 < 5 ? (agency, today.AddDays(-(int)(hash % 900) - 1), "FREE_REGISTRATION") : null;
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "Jobseeker", JobseekerNamespaces.Path,
        JobseekerNamespaces.Interface, "soa/Jobseeker", "JobseekerV1.wsdl", "JobseekerV1.xsd", "jobseekerFault",
        ("consult", JobseekerNamespaces.Action, "consultJobseekerRequest"));
}
