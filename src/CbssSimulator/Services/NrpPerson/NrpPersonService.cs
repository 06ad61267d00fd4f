using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.NrpPerson;

public static class NrpPersonNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/NRPPersonService/v1";
    public const string Path = "/SOA4520/NRPPersonService/v1";
    public const string Action = "http://kszbcss.fgov.be/NRPPersonService/findByAddress";
}

/// <summary>NRPPersonService (modelled contract): who lives at an address.</summary>
[ServiceContract(Namespace = NrpPersonNamespaces.Interface, Name = "NRPPersonServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface INrpPersonService
{
    [OperationContract(Name = "findByAddress", Action = NrpPersonNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "nrpPersonFault", Namespace = NrpPersonNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<FindByAddressResponse> FindByAddressAsync(FindByAddressRequest request);
}

[MessageContract(IsWrapped = false)]
public sealed class FindByAddressRequest
{
    [MessageBodyMember(Name = "findByAddressRequest", Namespace = NrpPersonNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class FindByAddressResponse
{
    [MessageBodyMember(Name = "findByAddressResponse", Namespace = NrpPersonNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

/// <summary>
/// The living National Register persons (RN and waiting register, no BIS numbers) whose current address is the one
/// asked: postal code, street (case and accents ignored), house number and, when given, box. No control; nobody there
/// → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class NrpPersonService(PersonStore persons, RegistryDatabase db, ModelledConsult consult) : INrpPersonService
{
    public Task<FindByAddressResponse> FindByAddressAsync(FindByAddressRequest request) => Task.FromResult(new FindByAddressResponse
    {
        Body = consult.AnswerCaller(XName.Get("findByAddressResponse", NrpPersonNamespaces.Interface), (body, _) =>
        {
            var a = body.Element("address")!;
            string box = a.Element("box")?.Value.Trim() ?? "";
            var hits = AddressSearch.LivingAt(db, persons, a.Element("postalCode")!.Value, a.Element("street")!.Value, a.Element("houseNumber")!.Value, box)
                .Select(h => (h.Person, FromDate: h.Since)).ToList();
            return (null, hits.Count == 0 ? null : [new XElement("persons", hits.Select(h => new XElement("person",
                new XElement("ssin", h.Person.Ssin), new XElement("lastName", h.Person.LastName),
                h.Person.FirstNames.Length == 0 ? null : new XElement("firstName", h.Person.FirstNames),
                new XElement("birthDate", h.Person.BirthDate), new XElement("gender", h.Person.Sex), new XElement("since", h.FromDate))))]);
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "NRPPersonService", NrpPersonNamespaces.Path,
        NrpPersonNamespaces.Interface, "soa/NRPPerson", "NRPPersonServiceV1.wsdl", "NRPPersonServiceServiceV1.xsd",
        "nrpPersonFault", ("findByAddress", NrpPersonNamespaces.Action, "findByAddressRequest"));
}
