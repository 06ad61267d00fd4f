using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.FamilyComposition;

public static class FamilyCompositionNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/FamilyCompositionService/v1";
    public const string Path = "/SOA4520/FamilyCompositionService/v1";
    public const string Action = "http://kszbcss.fgov.be/FamilyCompositionService/getFamilyComposition";
}

/// <summary>FamilyCompositionService (modelled contract): the household composition only.</summary>
[ServiceContract(Namespace = FamilyCompositionNamespaces.Interface, Name = "FamilyCompositionServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IFamilyCompositionService
{
    [OperationContract(Name = "getFamilyComposition", Action = FamilyCompositionNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "familyCompositionFault", Namespace = FamilyCompositionNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetFamilyCompositionResponse> GetFamilyCompositionAsync(GetFamilyCompositionRequest request);
}

[MessageContract(IsWrapped = false)]
public sealed class GetFamilyCompositionRequest
{
    [MessageBodyMember(Name = "getFamilyCompositionRequest", Namespace = FamilyCompositionNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class GetFamilyCompositionResponse
{
    [MessageBodyMember(Name = "getFamilyCompositionResponse", Namespace = FamilyCompositionNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

/// <summary>The household of an SSIN behind the row FamilyCompositionService (WINDOW; 001–009, 030, as Tx25).</summary>
public sealed class FamilyCompositionService(PersonStore persons, ModelledConsult consult) : IFamilyCompositionService
{
    public static readonly ControlRow Row = ControlTable.Get("FamilyCompositionService", "getFamilyComposition");

    public Task<GetFamilyCompositionResponse> GetFamilyCompositionAsync(GetFamilyCompositionRequest request) => Task.FromResult(new GetFamilyCompositionResponse
    {
        Body = consult.Answer(XName.Get("getFamilyCompositionResponse", FamilyCompositionNamespaces.Interface), Row, (_, person) =>
        {
            var household = person.HouseholdId is { } h ? persons.Household(h) : [person];
            return (null, new XElement("familyComposition", household.Select(m => new XElement("member",
                new XElement("ssin", m.Ssin), new XElement("lastName", m.LastName), m.FirstNames.Length == 0 ? null : new XElement("firstName", m.FirstNames),
                new XElement("birthDate", m.BirthDate), new XElement("gender", m.Sex), new XElement("relationship", m.FamilyRole ?? "12"),
                m.HouseholdSince is null ? null : new XElement("since", m.HouseholdSince)))));
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "FamilyCompositionService", FamilyCompositionNamespaces.Path,
        FamilyCompositionNamespaces.Interface, "soa/FamilyComposition", "FamilyCompositionServiceV1.wsdl", "FamilyCompositionServiceServiceV1.xsd",
        "familyCompositionFault", ("getFamilyComposition", FamilyCompositionNamespaces.Action, "getFamilyCompositionRequest"));
}
