using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.Mediprima;

public static class UmaNamespaces
{
    public const string Protocol = "urn:be:fgov:ehealth:mediprima:uma:protocol:v1";
    public const string Core = "urn:be:fgov:ehealth:mediprima:uma:core:v1";
    public const string CommonsProtocol = "urn:be:fgov:ehealth:commons:protocol:v2";
    public const string Path = "/MediPrima/UMA/v1";

    public static string Action(string operation) => $"urn:be:fgov:ehealth:mediprima:uma:protocol:v1:{operation}";
}

/// <summary>MediPrima UMA v1 (eHealth, public schema): a doctor's urgent-medical-aid attestations.</summary>
[ServiceContract(Namespace = UmaNamespaces.Protocol, Name = "MediPrimaUmaPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
public interface IMediPrimaUmaService
{
    [OperationContract(Name = "sendMedicalEmergencyAttestion", Action = "urn:be:fgov:ehealth:mediprima:uma:protocol:v1:sendMedicalEmergencyAttestion", ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
    Task<UmaMessages.SendResponse> SendAsync(UmaMessages.SendRequest request);

    [OperationContract(Name = "searchMedicalEmergencyAttestion", Action = "urn:be:fgov:ehealth:mediprima:uma:protocol:v1:searchMedicalEmergencyAttestion", ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
    Task<UmaMessages.SearchResponse> SearchAsync(UmaMessages.SearchRequest request);

    [OperationContract(Name = "deleteMedicalEmergencyAttestion", Action = "urn:be:fgov:ehealth:mediprima:uma:protocol:v1:deleteMedicalEmergencyAttestion", ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal)]
    Task<UmaMessages.DeleteResponse> DeleteAsync(UmaMessages.DeleteRequest request);
}

public static class UmaMessages
{
    private const string Ns = UmaNamespaces.Protocol;

    [MessageContract(IsWrapped = false)] public sealed class SendRequest { [MessageBodyMember(Name = "SendUrgentMedicalAidAttestationRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class SendResponse { [MessageBodyMember(Name = "SendUrgentMedicalAidAttestationResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class SearchRequest { [MessageBodyMember(Name = "SearchUrgentMedicalAidAttestationRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class SearchResponse { [MessageBodyMember(Name = "SearchUrgentMedicalAidAttestationResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class DeleteRequest { [MessageBodyMember(Name = "DeleteUrgentMedicalAidAttestationRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class DeleteResponse { [MessageBodyMember(Name = "DeleteUrgentMedicalAidAttestationResponse", Namespace = Ns)] public AnyBody? Body; }
}

/// <summary>
/// Urgent-medical-aid attestations (modelled behaviour on the public schema). send records one for a known SSIN;
/// search finds them by number or by a period they overlap (and the cover, when given); delete removes one of the
/// same author. The responses require an attestation, so a business error is a client fault carrying RegistryStatus
/// (our codes: UMA001 none found, UMA002 SSIN not valid or unknown, UMA003 end before start, UMA004 another author's).
/// The CPAS reads them with ManageCarmed.searchUrgentMedicalAidAttestation.
/// </summary>
public sealed class MediPrimaUmaService(UmaStore store, PersonStore persons, CallContext call, Clock.SimulatorClock clock) : IMediPrimaUmaService
{
    private static readonly XNamespace P = UmaNamespaces.Protocol, Cc = UmaNamespaces.Core, Cp = UmaNamespaces.CommonsProtocol;
    private static readonly XNamespace Core = MediPrimaConsultNamespaces.Core;

    public Task<UmaMessages.SendResponse> SendAsync(UmaMessages.SendRequest request)
    {
        var body = call.RequestBody!;
        string ssin = Known(body.Element("BeneficiarySsin")!.Value.Trim());
        var period = body.Element("ValidityPeriod")!;
        string start = period.Element("StartDate")!.Value, end = period.Element("EndDate")?.Value!;
        if (end is not null && string.CompareOrdinal(end, start) < 0)
        {
            throw Fault(UmaErrors.EndBeforeStart, "La date de fin précède la date de début.", "De einddatum ligt vóór de begindatum.");
        }

        var (id, type, name) = Author(body);
        var saved = store.Save(new UmaAttestation(0, ssin, id, type, name, start, end, body.Element("MedicalCover")!.Value, clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null));
        return Task.FromResult(new UmaMessages.SendResponse { Body = Response("SendUrgentMedicalAidAttestationResponse", body, Attestation("Attestion", saved)) });
    }

    public Task<UmaMessages.SearchResponse> SearchAsync(UmaMessages.SearchRequest request)
    {
        var body = call.RequestBody!;
        var criteria = body.Element("Criteria")!;
        string ssin = Known(criteria.Element("BeneficiarySsin")!.Value.Trim());
        var found = store.ForSsin(ssin).Where(a => criteria.Element("AttestationNumber") is { } n ? a.Number == n.Value.Trim()
            : a.Validity.Overlaps(new(IsoDate.Parse(criteria.Element("Period")!.Element("StartDate")!.Value),
                criteria.Element("Period")!.Element("EndDate") is { } e ? IsoDate.Parse(e.Value) : null))
              && (criteria.Element("MedicalCover") is not { } c || c.Value == a.MedicalCover)).ToList();
        if (found.Count == 0)
        {
            throw Fault(UmaErrors.NotFound, "Aucune attestation d'aide médicale urgente ne répond aux critères.", "Geen attest dringende medische hulp voldoet aan de criteria.");
        }

        return Task.FromResult(new UmaMessages.SearchResponse
        {
            Body = Response("SearchUrgentMedicalAidAttestationResponse", body, [.. found.Select(a => Attestation("Attestation", a))]),
        });
    }

    public Task<UmaMessages.DeleteResponse> DeleteAsync(UmaMessages.DeleteRequest request)
    {
        var body = call.RequestBody!;
        string ssin = Known(body.Element("BeneficiarySsin")!.Value.Trim());
        string number = body.Element("AttestationNumber")!.Value.Trim();
        var attestation = store.ForSsin(ssin).FirstOrDefault(a => a.Number == number)
            ?? throw Fault(UmaErrors.NotFound, "Aucune attestation avec ce numéro pour ce bénéficiaire.", "Geen attest met dit nummer voor deze begunstigde.");
        if (attestation.AuthorId != Author(body).Id)
        {
            throw Fault(UmaErrors.NotTheAuthor, "Seul l'auteur de l'attestation peut la supprimer.", "Enkel de auteur van het attest kan het schrappen.");
        }

        store.Delete(attestation.Id, clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Task.FromResult(new UmaMessages.DeleteResponse { Body = Response("DeleteUrgentMedicalAidAttestationResponse", body, new XElement("AttestionNumber", number)) });
    }

    private string Known(string ssin)
    {
        call.Ssin = ssin;
        return Registry.Ssin.Check(ssin) == SsinCheck.Valid && persons.Find(ssin) is not null ? ssin
            : throw Fault(UmaErrors.SsinInvalid, $"Le NISS {ssin} n'est pas valide ou inconnu.", $"Het INSZ {ssin} is ongeldig of onbekend.");
    }

    private static (string Id, string Type, string Name) Author(XElement body)
    {
        var party = body.Element(Cp + "Author")!.Element(Core + "HcParty")!;
        var id = party.Element(Core + "Id")!;
        return (id.Value.Trim(), id.Attribute("Type")!.Value, party.Element(Core + "Name")!.Value);
    }

    private AnyBody Response(string root, XElement request, params XElement[] content) => AnyBody.From(new XElement(P + root,
        new XAttribute("Id", "_" + Guid.NewGuid().ToString("N")), request.Attribute("Id") is { } id ? new XAttribute("InResponseTo", id.Value) : null,
        new XAttribute("IssueInstant", clock.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new XElement(Core + "Status", new XElement(Core + "StatusCode", new XAttribute("Value", MediPrimaConsultNamespaces.Success))), content));

    private static XElement Attestation(string name, UmaAttestation a) => new(name,
        new XElement("Author", new XElement(Core + "HcParty", new XElement(Core + "Id", new XAttribute("Type", a.AuthorIdType), a.AuthorId), new XElement(Core + "Name", a.AuthorName))),
        new XElement("BeneficiarySsin", a.Ssin),
        new XElement("ValidityPeriod", new XElement("StartDate", a.StartDate), a.EndDate is null ? null : new XElement("EndDate", a.EndDate)),
        new XElement("MedicalCover", a.MedicalCover), new XElement("AttestationNumber", a.Number));

    private SoapFaultException Fault(UmaError error, string fr, string nl)
    {
        string code = error.Code;
        (call.Outcome, call.Code) = ("fault", code);
        return new SoapFaultException(SoapFault.Client($"{code}: {nl}", 500, new XElement(Cc + "RegistryStatus",
            new XElement("ErrorDetail", new XElement("Origin", "MEDIPRIMA-UMA"), new XElement("Code", code),
                new XElement("Message", new XAttribute(XNamespace.Xml + "lang", "fr"), fr), new XElement("Message", new XAttribute(XNamespace.Xml + "lang", "nl"), nl)))));
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => new()
    {
        Path = UmaNamespaces.Path,
        Service = "MediPrimaUma",
        ContractFolder = "ehealth",
        WsdlFile = "MediPrimaUma/MediPrimaUmaV1.wsdl",
        Operations =
        [
            new SoapOperation("sendMedicalEmergencyAttestion", UmaNamespaces.Action("sendMedicalEmergencyAttestion"), XName.Get("SendUrgentMedicalAidAttestationRequest", UmaNamespaces.Protocol)),
            new SoapOperation("searchMedicalEmergencyAttestion", UmaNamespaces.Action("searchMedicalEmergencyAttestion"), XName.Get("SearchUrgentMedicalAidAttestationRequest", UmaNamespaces.Protocol)),
            new SoapOperation("deleteMedicalEmergencyAttestion", UmaNamespaces.Action("deleteMedicalEmergencyAttestion"), XName.Get("DeleteUrgentMedicalAidAttestationRequest", UmaNamespaces.Protocol)),
        ],
        Schemas = schemas.Load("ehealth/MediPrimaUma/UmaProtocolV1.xsd"),
    };
}
