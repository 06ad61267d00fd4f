using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.PersonHistory;

public static class PersonHistoryNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/PersonHistory/v1";
    public const string Path = "/SOA4520/PersonHistory/v1";
    public const string Action = "http://kszbcss.fgov.be/PersonHistory/getHistory";
}

/// <summary>PersonHistory (modelled contract): histories of a person's legal data.</summary>
[ServiceContract(Namespace = PersonHistoryNamespaces.Interface, Name = "PersonHistoryPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IPersonHistoryService
{
    [OperationContract(Name = "getHistory", Action = PersonHistoryNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "personHistoryFault", Namespace = PersonHistoryNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetHistoryResponse> GetHistoryAsync(GetHistoryRequest request);
}

[MessageContract(IsWrapped = false)]
public sealed class GetHistoryRequest
{
    [MessageBodyMember(Name = "getHistoryRequest", Namespace = PersonHistoryNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class GetHistoryResponse
{
    [MessageBodyMember(Name = "getHistoryResponse", Namespace = PersonHistoryNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

/// <summary>
/// Histories of name, sex, birth date, civil state, death, addresses, nationality and household, behind the row
/// PersonHistory.getHistory (WINDOW; 001–009, 030, 031). Names and nationalities come with their former values (name
/// changes, naturalisations); the civil state with its one change; households are derived from the address history
/// (each former address a household of one's own, modelled).
/// </summary>
public sealed class PersonHistoryService(PersonStore persons, RegistryDatabase db, ModelledConsult consult) : IPersonHistoryService
{
    public static readonly ControlRow Row = ControlTable.Get("PersonHistory", "getHistory");

    public Task<GetHistoryResponse> GetHistoryAsync(GetHistoryRequest request) => Task.FromResult(new GetHistoryResponse
    {
        Body = consult.Answer(XName.Get("getHistoryResponse", PersonHistoryNamespaces.Interface), Row, (_, person) => (null, History(person))),
    });

    private XElement History(PersonRow p)
    {
        string birth = p.BirthDate;
        var civil = p.CivilState != 10 && p.CivilStateSince is { } since
            ? new[]
            {
                new XElement("civilState", new XElement("code", 10), new XElement("from", birth),
                    new XElement("to", IsoDate.Parse(since).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                new XElement("civilState", new XElement("code", p.CivilState), new XElement("from", since),
                    p.PartnerSsin is null ? null : new XElement("partner", p.PartnerSsin)),
            }
            : [new XElement("civilState", new XElement("code", p.CivilState), new XElement("from", birth))];
        var head = p.HouseholdId is { } h && p.FamilyRole != "01" ? persons.Household(h).FirstOrDefault(m => m.FamilyRole == "01") : null;
        var pastNames = LegalHistory.PastNames(db, p.Ssin);
        var pastNationalities = LegalHistory.PastNationalities(db, p.Ssin);
        var addresses = persons.Addresses(p.Ssin);
        static XElement Name(string last, string first, string from) =>
            new("name", new XElement("lastName", last), first.Length == 0 ? null : new XElement("firstName", first), new XElement("from", from));
        return new XElement("history",
            new XElement("names", pastNames.Select(n => Name(n.LastName, n.FirstNames, n.FromDate)),
                Name(p.LastName, p.FirstNames, pastNames.Count == 0 ? birth : Next(pastNames[^1].ToDate))),
            new XElement("genders", new XElement("gender", new XElement("code", p.Sex), new XElement("from", birth))),
            new XElement("birthDates", new XElement("birthDate", new XElement("date", birth), new XElement("from", p.RegisteredSince))),
            new XElement("civilStates", civil),
            p.DeathDate is null ? null : new XElement("decease", new XElement("date", p.DeathDate)),
            new XElement("addresses", addresses.Select(a => new XElement("address",
                new XElement("from", a.FromDate), a.ToDate is null ? null : new XElement("to", a.ToDate),
                new XElement("postalCode", a.PostalCode), new XElement("municipalityCode", a.NisCode), new XElement("municipality", a.Municipality),
                new XElement("street", a.Street), new XElement("houseNumber", a.HouseNumber), a.Box is null ? null : new XElement("box", a.Box)))),
            new XElement("nationalities", pastNationalities.Select(n => new XElement("nationality", new XElement("code", n.Code), new XElement("from", n.FromDate))),
                new XElement("nationality", new XElement("code", p.Nationality),
                    new XElement("from", pastNationalities.Count == 0 ? p.RegisteredSince : Next(pastNationalities[^1].ToDate)))),
            new XElement("households",
                addresses.Where(a => a.ToDate is not null && p.FamilyRole != "03").Select(a => new XElement("household",
                    new XElement("relationship", "01"), new XElement("from", a.FromDate))),
                p.HouseholdSince is null ? null : new XElement("household", new XElement("relationship", p.FamilyRole ?? "12"),
                    head is null ? null : new XElement("head", head.Ssin), new XElement("from", p.HouseholdSince))));
    }

    private static string Next(string isoDate) => IsoDate.Parse(isoDate).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "PersonHistory", PersonHistoryNamespaces.Path,
        PersonHistoryNamespaces.Interface, "soa/PersonHistory", "PersonHistoryV1.wsdl", "PersonHistoryServiceV1.xsd",
        "personHistoryFault", ("getHistory", PersonHistoryNamespaces.Action, "getHistoryRequest"));
}
