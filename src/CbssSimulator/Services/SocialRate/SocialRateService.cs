using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.DisabilityAllowances;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Pensions;

namespace CbssSimulator.Services.SocialRate;

public static class SocialRateNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/SocialRateInvestigation/v1";
    public const string Path = "/SOA4520/SocialRateInvestigation/v1";
    public const string Action = "http://kszbcss.fgov.be/SocialRateInvestigation/consult";
}

/// <summary>SocialRateInvestigation (modelled contract, contracts/soa/SocialRate).</summary>
[ServiceContract(Namespace = SocialRateNamespaces.Interface, Name = "SocialRateInvestigationPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ISocialRateService
{
    [OperationContract(Name = "consult", Action = SocialRateNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "socialRateFault", Namespace = SocialRateNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultSocialRateResponse> ConsultAsync(ConsultSocialRateRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultSocialRateRequest { [MessageBodyMember(Name = "consultSocialRateRequest", Namespace = SocialRateNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultSocialRateResponse { [MessageBodyMember(Name = "consultSocialRateResponse", Namespace = SocialRateNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The social tariff for gas and electricity (SYSDATE; 001–009), decided from the other sources so they agree: the
/// household has it when one of its members receives the income guarantee (GRAPA), ARR/AI, APA or the supplement for a
/// child with a disability; the first such member holds it. None → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class SocialRateService(PersonStore persons, RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : ISocialRateService
{
    public static readonly ControlRow Row = ControlTable.Get("SocialRateInvestigation", "consult");

    public Task<ConsultSocialRateResponse> ConsultAsync(ConsultSocialRateRequest request) => Task.FromResult(new ConsultSocialRateResponse
    {
        Body = consult.Answer(XName.Get("consultSocialRateResponse", SocialRateNamespaces.Interface), Row, (_, person) =>
            (null, Entitlement(person) is { } e
                ? new XElement("socialRate", new XElement("category", e.Category), new XElement("holderSsin", e.Holder),
                    new XElement("beginDate", e.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("energy", "ELECTRICITY"), new XElement("energy", "GAS"))
                : null)),
    });

    /// <summary>Why the person's household has the social tariff, if it has it.</summary>
    public (string Category, string Holder, DateOnly Begin)? Entitlement(PersonRow person)
    {
        var today = clock.Today;
        var members = person.HouseholdId is { } h ? persons.Household(h) : [person];
        foreach (var m in members.Where(m => m.DeathDate is null))
        {
            if (PensionRights.Right(m, new CareerStore(db).Employments(m.Ssin).Count > 0, today) is { Nature: "GRAPA" } grapa)
            {
                return ("GRAPA", m.Ssin, grapa.Start);
            }

            if (Disability.Right(m, today) is { } d)
            {
                return (d.Kind == "CHILD_SUPPLEMENT" ? "CHILD_DISABILITY" : d.Kind, m.Ssin, d.Begin);
            }
        }

        return null;
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "SocialRateInvestigation", SocialRateNamespaces.Path,
        SocialRateNamespaces.Interface, "soa/SocialRate", "SocialRateInvestigationV1.wsdl", "SocialRateInvestigationV1.xsd", "socialRateFault",
        ("consult", SocialRateNamespaces.Action, "consultSocialRateRequest"));
}
