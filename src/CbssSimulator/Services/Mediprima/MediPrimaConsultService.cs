using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.Mediprima;

public static class MediPrimaConsultNamespaces
{
    public const string Protocol = "urn:be:fgov:ehealth:mediprima:protocol:v2";
    public const string Core = "urn:be:fgov:ehealth:commons:core:v2";
    public const string Path = "/MediPrima/Consult/v2";
    public const string Action = "urn:be:fgov:ehealth:mediprima:protocol:v2:consultCarmedIntervention";
    public const string Success = "urn:be:fgov:ehealth:2.0:status:Success";
    public const string DataNotFound = "urn:be:fgov:ehealth:2.0:status:DataNotFound";
    public const string Requester = "urn:be:fgov:ehealth:2.0:status:Requester";
}

/// <summary>MediPrima consult v2 (eHealth, public schema): what a care provider reads of the cards CPAS opened.</summary>
[ServiceContract(Namespace = MediPrimaConsultNamespaces.Protocol, Name = "MediPrimaConsultPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
public interface IMediPrimaConsultService
{
    [OperationContract(Name = "consultCarmedIntervention", Action = MediPrimaConsultNamespaces.Action, ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
    Task<ConsultCarmedInterventionResponse> ConsultAsync(ConsultCarmedInterventionRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultCarmedInterventionRequest { [MessageBodyMember(Name = "ConsultCarmedInterventionRequest", Namespace = MediPrimaConsultNamespaces.Protocol)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultCarmedInterventionResponse { [MessageBodyMember(Name = "ConsultCarmedInterventionResponse", Namespace = MediPrimaConsultNamespaces.Protocol)] public AnyBody? Body; }

/// <summary>
/// consultCarmedIntervention: the current versions of the person's cards (every CPAS) whose validity overlaps the period
/// or holds the reference date, with their covers and the SPP IS refund, in the eHealth v2 shape. No CPAS integration
/// control (eHealth checks the provider, services.md §4.15b). None → DataNotFound; an SSIN that is not one → Requester.
/// </summary>
public sealed class MediPrimaConsultService(CarmedStore store, PersonStore persons, CpasStore cpas, CallContext call, Clock.SimulatorClock clock) : IMediPrimaConsultService
{
    private static readonly XNamespace P = MediPrimaConsultNamespaces.Protocol, Core = MediPrimaConsultNamespaces.Core, Xml = XNamespace.Xml;

    public Task<ConsultCarmedInterventionResponse> ConsultAsync(ConsultCarmedInterventionRequest request)
    {
        var body = call.RequestBody!;
        var criteria = body.Element("SelectionCriteria")!;
        var bySsin = criteria.Element("BySsin")!;
        string ssin = bySsin.Element("Ssin")!.Value.Trim();
        call.Ssin = ssin;
        var asked = bySsin.Element("ReferenceDate") is { } d ? new Integrations.Period(IsoDate.Parse(d.Value), IsoDate.Parse(d.Value))
            : new Integrations.Period(IsoDate.Parse(bySsin.Element("Period")!.Element("StartDate")!.Value), IsoDate.Parse(bySsin.Element("Period")!.Element("EndDate")!.Value));
        string status = MediPrimaConsultNamespaces.Success;
        string? message = null;
        List<XElement> cards = [];
        if (Registry.Ssin.Check(ssin) != SsinCheck.Valid || persons.Find(ssin) is not { } person)
        {
            (status, message) = (MediPrimaConsultNamespaces.Requester, $"The SSIN {ssin} is not a valid, known SSIN.");
        }
        else
        {
            cards = store.ForSsin(ssin).Where(c => c.Current == 1 && c.Validity.Overlaps(asked)).Select(c => Carmed(c, person)).ToList();
            status = cards.Count == 0 ? MediPrimaConsultNamespaces.DataNotFound : status;
        }

        (call.Outcome, call.Code) = (status[(status.LastIndexOf(':') + 1)..], null);
        var response = new XElement(P + "ConsultCarmedInterventionResponse",
            new XAttribute("Id", "_" + Guid.NewGuid().ToString("N")), body.Attribute("Id") is { } id ? new XAttribute("InResponseTo", id.Value) : null,
            new XAttribute("IssueInstant", clock.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new XElement(Core + "Status", new XElement(Core + "StatusCode", new XAttribute("Value", status)), message is null ? null : new XElement(Core + "StatusMessage", message)),
            new XElement(criteria), cards.Count == 0 ? null : new XElement("Result", cards));
        return Task.FromResult(new ConsultCarmedInterventionResponse { Body = AnyBody.From(response) });
    }

    private XElement Carmed(CarmedCard c, PersonRow p)
    {
        var pswc = cpas.Find(c.Cbe);
        var covers = XElement.Parse(c.Covers);
        var refund = CarmedRules.Refunds.First(r => r.Code == c.RefundCode);
        string part = CarmedRules.Part(c.Part);
        XElement Part(string name) => new(name, new XElement("ZivAmiPart", part), new XElement("PatientPart", part));
        return new XElement("Carmed",
            new XElement("CarmedIdentifier", new XElement("CarmedNumber", c.Number), new XElement("VersionNumber", c.Version),
                new XElement("Beneficiary", new XElement("Ssin", p.Ssin), new XElement("LastName", p.LastName), new XElement("FirstName", p.FirstNames.Split(' ')[0]),
                    new XElement("Gender", p.Sex == 1 ? "M" : "F"), new XElement("BirthDate", p.BirthDate), p.DeathDate is { } dd ? new XElement("DeathDate", dd) : null),
                new XElement("ValidityPeriod", new XElement("StartDate", c.StartDate), new XElement("EndDate", c.EndDate)),
                new XElement("Pswc", new XElement("CbeNumber", c.Cbe), new XElement("MunicipalityIns", pswc?.NisCode?.ToString() ?? ""),
                    new XElement("Name", new XAttribute(Xml + "lang", "fr"), pswc?.Name ?? c.Cbe), new XElement("Name", new XAttribute(Xml + "lang", "nl"), pswc?.Name ?? c.Cbe))),
            new XElement("CarmedContent",
                new XElement("MedicalCover", CarmedRules.CareTypes.Where(t => covers.Element(t.Ours) is not null).Select(t => Cover(t.EHealth, covers.Element(t.Ours)!))),
                new XElement("RefundPodmiSppis", new XElement("RefundCode", c.RefundCode), new XElement("AffiliedMutualityInd", c.Insured == 1 ? "true" : "false"),
                    new XElement("BeneficiaryStatus", c.BeneficiaryStatus),
                    new XElement("Justification", new XAttribute(Xml + "lang", "fr"), refund.Fr), new XElement("Justification", new XAttribute(Xml + "lang", "nl"), refund.Nl),
                    new XElement("PodmiSppisPart", Part("HospitalizationPart"), Part("AmbulatoryCarePart"), Part("OtherPart")),
                    new XElement("MedicalUrgencyInd", c.MedicalUrgency == 1 ? "true" : "false"))));
    }

    private static XElement Cover(string name, XElement ours) => new(name,
        new XElement("ValidityPeriod", new XElement("StartDate", ours.Element("validityPeriod")!.Element("startDate")!.Value),
            new XElement("EndDate", ours.Element("validityPeriod")!.Element("endDate")!.Value)),
        ours.Element("pswcSupport") is { } s ? new XElement("PswcSupport", new XElement("ZivAmiPart", s.Element("zivAmiPart")!.Value),
            new XElement("PatientPart", s.Element("patientPart")!.Value), new XElement("Supplement", s.Element("supplement")!.Value)) : null);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => new()
    {
        Path = MediPrimaConsultNamespaces.Path,
        Service = "MediPrimaConsult",
        ContractFolder = "ehealth",
        WsdlFile = "MediPrima/MediPrimaConsultV2.wsdl",
        Operations = [new SoapOperation("consultCarmedIntervention", MediPrimaConsultNamespaces.Action, XName.Get("ConsultCarmedInterventionRequest", MediPrimaConsultNamespaces.Protocol))],
        Schemas = schemas.Load("ehealth/MediPrima/MediPrimaProtocolV2.xsd"),
    };
}
