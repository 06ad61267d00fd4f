using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Services.PersonService;

public static class PersonServiceNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/PersonService/v4";
    public const string Path = "/SOA4520/PersonService/v4";
    public const string BySsinAction = "http://kszbcss.fgov.be/PersonService/searchPersonBySsin";
    public const string PhoneticAction = "http://kszbcss.fgov.be/PersonService/searchPersonPhonetically";
}

/// <summary>PersonServiceV4 (modelled contract, contracts/soa/PersonService): the successor of IdentifyPerson.</summary>
[ServiceContract(Namespace = PersonServiceNamespaces.Interface, Name = "PersonServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IPersonService
{
    [OperationContract(Name = "searchPersonBySsin", Action = PersonServiceNamespaces.BySsinAction, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "personServiceFault", Namespace = PersonServiceNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<SearchPersonBySsinResponse> SearchPersonBySsinAsync(SearchPersonBySsinRequest request);

    [OperationContract(Name = "searchPersonPhonetically", Action = PersonServiceNamespaces.PhoneticAction, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "personServiceFault", Namespace = PersonServiceNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<SearchPersonPhoneticallyResponse> SearchPersonPhoneticallyAsync(SearchPersonPhoneticallyRequest request);
}

[MessageContract(IsWrapped = false)]
public sealed class SearchPersonBySsinRequest
{
    [MessageBodyMember(Name = "searchPersonBySsinRequest", Namespace = PersonServiceNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class SearchPersonBySsinResponse
{
    [MessageBodyMember(Name = "searchPersonBySsinResponse", Namespace = PersonServiceNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class SearchPersonPhoneticallyRequest
{
    [MessageBodyMember(Name = "searchPersonPhoneticallyRequest", Namespace = PersonServiceNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class SearchPersonPhoneticallyResponse
{
    [MessageBodyMember(Name = "searchPersonPhoneticallyResponse", Namespace = PersonServiceNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

/// <summary>
/// Search by SSIN (MSG00011/05/06 as everywhere) or phonetically (the seeds' tolerance rules; no match → NO_DATA_FOUND
/// MSG00100). No integration control (services.md §4.2).
/// </summary>
public sealed class PersonService(PersonStore persons, CpasStore cpas, SimulatorClock clock, CallContext call, IOptions<SoapHostOptions> options) : IPersonService
{
    private static readonly XNamespace Intf = PersonServiceNamespaces.Interface;

    public Task<SearchPersonBySsinResponse> SearchPersonBySsinAsync(SearchPersonBySsinRequest request)
    {
        var received = clock.UtcNow;
        var body = call.RequestBody!;
        string ssin = body.Element("criteria")!.Element("ssin")!.Value.Trim();
        call.Ssin = ssin;
        var status = SoaCall.CheckCaller(SoaAnswer.Customer(body), cpas, options.Value.StrictCallers, out var caller)
            ?? SoaCall.CheckSsin(ssin, persons, out _);
        call.Cpas = caller?.Cbe;
        var found = status is null ? persons.Find(ssin) : null;
        var answer = Answer(body, Intf + "searchPersonBySsinResponse", status ?? StatusCatalog.DataFound(), found is null ? [] : [found], received);
        return Task.FromResult(new SearchPersonBySsinResponse { Body = AnyBody.From(answer) });
    }

    public Task<SearchPersonPhoneticallyResponse> SearchPersonPhoneticallyAsync(SearchPersonPhoneticallyRequest request)
    {
        var received = clock.UtcNow;
        var body = call.RequestBody!;
        var c = body.Element("criteria")!;
        var status = SoaCall.CheckCaller(SoaAnswer.Customer(body), cpas, options.Value.StrictCallers, out var caller);
        call.Cpas = caller?.Cbe;
        IReadOnlyList<PersonRow> hits = [];
        if (status is null && !IncompleteDate.TryParse(c.Element("birthDate")!.Value, out var birth))
        {
            status = StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("birthDate", c.Element("birthDate")!.Value));
        }
        else if (status is null && c.Element("tolerance") is { } tolerance
            && !int.TryParse(tolerance.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            // Too large for a number (99999999999999999999): the field's error, never taken as no tolerance.
            status = StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("tolerance", tolerance.Value));
        }
        else if (status is null)
        {
            int max = int.TryParse(c.Element("maximumResultCount")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) ? m : 100;
            var ranked = PhoneticSearch.Find(persons, c.Element("lastName")!.Value, c.Element("firstName")?.Value,
                IncompleteDate.Parse(c.Element("birthDate")!.Value), int.TryParse(c.Element("tolerance")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int t) ? t : 0,
                int.TryParse(c.Element("gender")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int g) ? g : null).Take(max);
            hits = PhoneticSearch.Rows(persons, ranked);
            status = hits.Count == 0 ? StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier) : StatusCatalog.DataFound();
        }

        var answer = Answer(body, Intf + "searchPersonPhoneticallyResponse", status!, hits, received);
        return Task.FromResult(new SearchPersonPhoneticallyResponse { Body = AnyBody.From(answer) });
    }

    private XElement Answer(XElement request, XName root, Status status, IReadOnlyList<PersonRow> people, DateTimeOffset received)
    {
        (call.Outcome, call.Code) = (status.Value, status.Code);
        var result = people.Count == 0 ? null : new XElement("result", people.Select(Person));
        return SoaAnswer.Build(root, request, status, received, clock.UtcNow, null, result);
    }

    private XElement Person(PersonRow p)
    {
        var a = persons.CurrentAddress(p.Ssin);
        return new XElement("person",
            new XElement("ssin", p.Ssin), new XElement("register", p.Register), new XElement("lastName", p.LastName),
            p.FirstNames.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => new XElement("givenName", f)),
            new XElement("birthDate", p.BirthDate), new XElement("gender", p.Sex), new XElement("nationality", p.Nationality),
            new XElement("civilState", p.CivilState), p.DeathDate is null ? null : new XElement("deceaseDate", p.DeathDate),
            a is null ? null : new XElement("address", new XElement("postalCode", a.PostalCode), new XElement("municipalityCode", a.NisCode),
                new XElement("municipality", a.Municipality), new XElement("street", a.Street), new XElement("houseNumber", a.HouseNumber),
                a.Box is null ? null : new XElement("box", a.Box)));
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "PersonServiceV4", PersonServiceNamespaces.Path,
        PersonServiceNamespaces.Interface, "soa/PersonService", "PersonServiceV4.wsdl", "PersonServiceServiceV4.xsd", "personServiceFault",
        ("searchPersonBySsin", PersonServiceNamespaces.BySsinAction, "searchPersonBySsinRequest"),
        ("searchPersonPhonetically", PersonServiceNamespaces.PhoneticAction, "searchPersonPhoneticallyRequest"));
}
