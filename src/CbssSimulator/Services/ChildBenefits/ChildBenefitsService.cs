using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.FamilyBenefits;

namespace CbssSimulator.Services.ChildBenefits;

public static class ChildBenefitsNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/ChildBenefits/v1";
    public const string Path = "/SOA4520/ChildBenefits/v1";
    public const string Action = "http://kszbcss.fgov.be/ChildBenefits/consult";
}

/// <summary>ChildBenefits (modelled contract, contracts/soa/ChildBenefits).</summary>
[ServiceContract(Namespace = ChildBenefitsNamespaces.Interface, Name = "ChildBenefitsPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IChildBenefitsService
{
    [OperationContract(Name = "consult", Action = ChildBenefitsNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "childBenefitsFault", Namespace = ChildBenefitsNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultChildBenefitsResponse> ConsultAsync(ConsultChildBenefitsRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultChildBenefitsRequest { [MessageBodyMember(Name = "consultChildBenefitsRequest", Namespace = ChildBenefitsNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultChildBenefitsResponse { [MessageBodyMember(Name = "consultChildBenefitsResponse", Namespace = ChildBenefitsNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// Family-allowance files (SYSDATE; 001–009) of the child, or of the children the person receives allowances for, with
/// the household; no amounts. No file → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class ChildBenefitsService(PersonStore persons, ModelledConsult consult, SimulatorClock clock) : IChildBenefitsService
{
    public static readonly ControlRow Row = ControlTable.Get("ChildBenefits", "consult");

    public Task<ConsultChildBenefitsResponse> ConsultAsync(ConsultChildBenefitsRequest request) => Task.FromResult(new ConsultChildBenefitsResponse
    {
        Body = consult.Answer(XName.Get("consultChildBenefitsResponse", ChildBenefitsNamespaces.Interface), Row, (_, person) =>
        {
            var files = new FamilyAllowances(persons).Files(person, clock.Today);
            return (null, files.Count == 0 ? null : new XElement("files",
                files.Select(f => new XElement("file", new XElement("childSsin", f.ChildSsin), new XElement("beneficiarySsin", f.BeneficiarySsin),
                    new XElement("fund", new XElement("name", f.Fund), new XElement("region", f.Region)), new XElement("beginDate", f.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    f.End is { } e ? new XElement("endDate", e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)),
                (person.HouseholdId is { } household ? persons.Household(household) : []).Select(m => new XElement("householdMember", new XElement("ssin", m.Ssin), new XElement("familyRole", m.FamilyRole)))));
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "ChildBenefits", ChildBenefitsNamespaces.Path,
        ChildBenefitsNamespaces.Interface, "soa/ChildBenefits", "ChildBenefitsV1.wsdl", "ChildBenefitsV1.xsd", "childBenefitsFault",
        ("consult", ChildBenefitsNamespaces.Action, "consultChildBenefitsRequest"));
}
