using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Soap;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.SocialInquiry;

public static class SocialInquiryNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/PCSASocialInquiry/v1";
    public const string Path = "/SOA4520/PCSASocialInquiry/v1";
    public const string Action = "http://kszbcss.fgov.be/PCSASocialInquiry/consult";
}

/// <summary>PCSASocialInquiry (modelled contract, contracts/soa/PCSASocialInquiry).</summary>
[ServiceContract(Namespace = SocialInquiryNamespaces.Interface, Name = "PCSASocialInquiryPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ISocialInquiryService
{
    [OperationContract(Name = "consult", Action = SocialInquiryNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "socialInquiryFault", Namespace = SocialInquiryNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultSocialInquiryResponse> ConsultAsync(ConsultSocialInquiryRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultSocialInquiryRequest { [MessageBodyMember(Name = "consultSocialInquiryRequest", Namespace = SocialInquiryNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultSocialInquiryResponse { [MessageBodyMember(Name = "consultSocialInquiryResponse", Namespace = SocialInquiryNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// PCSASocialInquiry (Nova+, seed 004; modelled): what a social inquiry starts from — the applicant's legal data,
/// current address and living household members, from the National Register. Control 001–009 SYSDATE
/// (docs/decisions.md, "Fidelity round two: consultations"); a BIS number has no household here, only its own data.
/// </summary>
public sealed class SocialInquiryService(PersonStore persons, ModelledConsult consult) : ISocialInquiryService
{
    public static readonly ControlRow Row = ControlTable.Get("PCSASocialInquiry", "consult");

    public Task<ConsultSocialInquiryResponse> ConsultAsync(ConsultSocialInquiryRequest request) => Task.FromResult(new ConsultSocialInquiryResponse
    {
        Body = consult.Answer(XName.Get("consultSocialInquiryResponse", SocialInquiryNamespaces.Interface), Row, (_, person) =>
        {
            var address = persons.CurrentAddress(person.Ssin);
            var members = person.HouseholdId is { } h ? persons.Household(h).Where(m => m.Ssin != person.Ssin && m.DeathDate is null) : [];
            return (null, new XElement("inquiry", Person("person", person),
                address is null ? null : new XElement("address", new XElement("postalCode", address.PostalCode), new XElement("municipality", address.Municipality),
                    new XElement("street", address.Street), new XElement("houseNumber", address.HouseNumber),
                    address.Box is null ? null : new XElement("box", address.Box), new XElement("since", address.FromDate)),
                members.Select(m => Person("householdMember", m, new XElement("familyRole", m.FamilyRole ?? "12")))));
        }),
    });

    private static XElement Person(string name, PersonRow p, params object[] more) => new(name,
        new XElement("ssin", p.Ssin), new XElement("lastName", p.LastName), p.FirstNames.Length == 0 ? null : new XElement("firstName", p.FirstNames),
        new XElement("birthDate", p.BirthDate), new XElement("gender", p.Sex), new XElement("nationality", p.Nationality),
        new XElement("civilState", p.CivilState), more);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "PCSASocialInquiry", SocialInquiryNamespaces.Path,
        SocialInquiryNamespaces.Interface, "soa/PCSASocialInquiry", "PCSASocialInquiryV1.wsdl", "PCSASocialInquiryV1.xsd", "socialInquiryFault",
        ("consult", SocialInquiryNamespaces.Action, "consultSocialInquiryRequest"));
}
