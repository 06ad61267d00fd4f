using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Soap;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.CbssPerson;

public static class CbssPersonNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/CBSSPersonService/v1";
    public const string Path = "/SOA4520/CBSSPersonService/v1";
    public const string Action = "http://kszbcss.fgov.be/CBSSPersonService/updatePerson";
}

/// <summary>CBSSPersonService (modelled contract, contracts/soa/CBSSPersonService).</summary>
[ServiceContract(Namespace = CbssPersonNamespaces.Interface, Name = "CBSSPersonServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ICbssPersonService
{
    [OperationContract(Name = "updatePerson", Action = CbssPersonNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "cbssPersonFault", Namespace = CbssPersonNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<UpdatePersonResponse> UpdatePersonAsync(UpdatePersonRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class UpdatePersonRequest { [MessageBodyMember(Name = "updatePersonRequest", Namespace = CbssPersonNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class UpdatePersonResponse { [MessageBodyMember(Name = "updatePersonResponse", Namespace = CbssPersonNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// CBSSPersonService.updatePerson (modelled): a BIS person's new address, from D. Only a BIS number (the National
/// Register's data are the municipalities'): another → MSG00008 naming the ssin; a postal code that is no Belgian one →
/// MSG00008 naming it. Control: the calling CPAS integrates the number at D under any code, as for replaceSSIN
/// (docs/decisions.md, "Fidelity round two: consultations").
/// </summary>
public sealed class CbssPersonService(RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : ICbssPersonService
{
    public static readonly ControlRow Row = ControlTable.Get("CBSSPersonService", "updatePerson");

    public Task<UpdatePersonResponse> UpdatePersonAsync(UpdatePersonRequest request) => Task.FromResult(new UpdatePersonResponse
    {
        Body = consult.Answer(XName.Get("updatePersonResponse", CbssPersonNamespaces.Interface), Row, (body, person) =>
        {
            if (person.Register != Registers.Bis)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("ssin", "only a BIS number can be updated here: " + person.Ssin)), null);
            }

            var a = body.Element("address")!;
            string zip = a.Element("postalCode")!.Value.Trim();
            var moved = BisRegistration.Move(db, person.Ssin, zip, a.Element("street")!.Value.Trim(), a.Element("houseNumber")!.Value.Trim(),
                a.Element("box")?.Value.Trim(), clock.Today);
            if (moved is null)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("postalCode", zip)), null);
            }

            return (null, new XElement("registeredAddress", new XElement("postalCode", moved.PostalCode), new XElement("street", moved.Street),
                new XElement("houseNumber", moved.HouseNumber), moved.Box is null ? null : new XElement("box", moved.Box),
                new XElement("municipalityCode", moved.NisCode), new XElement("municipality", moved.Municipality), new XElement("since", moved.FromDate)));
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "CBSSPersonService", CbssPersonNamespaces.Path,
        CbssPersonNamespaces.Interface, "soa/CBSSPersonService", "CBSSPersonServiceV1.wsdl", "CBSSPersonServiceV1.xsd", "cbssPersonFault",
        ("updatePerson", CbssPersonNamespaces.Action, "updatePersonRequest"));
}
