using System.ServiceModel;
using System.Xml.Schema;
using System.Xml.Serialization;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.BisPerson;

public static class BisPersonNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/BisPersonService/v1";
    public const string Types = "http://kszbcss.fgov.be/types/BisPerson/v1";
    public const string Path = "/SOA4520/BisPersonService/v1";
    public const string RegisterAction = "http://kszbcss.fgov.be/BisPersonService/registerPerson";
    public const string ReplaceAction = "http://kszbcss.fgov.be/BisPersonService/replaceSSIN";
}

/// <summary>BisPersonService v1 (modelled contract, contracts/soa/BisPersonService): create and replace BIS numbers.</summary>
[ServiceContract(Namespace = BisPersonNamespaces.Interface, Name = "BisPersonServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IBisPersonService
{
    [OperationContract(Name = "registerPerson", Action = BisPersonNamespaces.RegisterAction, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "bisPersonFault", Namespace = BisPersonNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<RegisterPersonResponseMessage> RegisterPersonAsync(RegisterPersonRequestMessage request);

    [OperationContract(Name = "replaceSSIN", Action = BisPersonNamespaces.ReplaceAction, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "bisPersonFault", Namespace = BisPersonNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ReplaceSsinResponseMessage> ReplaceSsinAsync(ReplaceSsinRequestMessage request);
}

[MessageContract(IsWrapped = false)]
public sealed class RegisterPersonRequestMessage
{
    [MessageBodyMember(Name = "registerPersonRequest", Namespace = BisPersonNamespaces.Interface, Order = 0)]
    public RegisterPersonRequest? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class RegisterPersonResponseMessage
{
    [MessageBodyMember(Name = "registerPersonResponse", Namespace = BisPersonNamespaces.Interface, Order = 0)]
    public RegisterPersonResponse? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class ReplaceSsinRequestMessage
{
    [MessageBodyMember(Name = "replaceSSINRequest", Namespace = BisPersonNamespaces.Interface, Order = 0)]
    public ReplaceSsinRequest? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class ReplaceSsinResponseMessage
{
    [MessageBodyMember(Name = "replaceSSINResponse", Namespace = BisPersonNamespaces.Interface, Order = 0)]
    public ReplaceSsinResponse? Body;
}

[XmlType("RegisterPersonRequestType", Namespace = BisPersonNamespaces.Types)]
public sealed class RegisterPersonRequest
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)] public InformationCustomer? InformationCustomer { get; set; }
    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)] public InformationCbss? InformationCbss { get; set; }
    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? LegalContext { get; set; }
    [XmlElement("person", Form = XmlSchemaForm.Unqualified, Order = 3)] public BisPersonData? Person { get; set; }
    [XmlElement("forceRegistration", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? ForceRegistration { get; set; }
}

[XmlType("RegisterPersonResponseType", Namespace = BisPersonNamespaces.Types)]
public sealed class RegisterPersonResponse
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)] public InformationCustomer? InformationCustomer { get; set; }
    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)] public InformationCbss? InformationCbss { get; set; }
    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? LegalContext { get; set; }
    [XmlElement("status", Form = XmlSchemaForm.Unqualified, Order = 3)] public Status? Status { get; set; }
    [XmlElement("ssin", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? Ssin { get; set; }
    [XmlArray("candidates", Form = XmlSchemaForm.Unqualified, Order = 5)]
    [XmlArrayItem("candidate", Form = XmlSchemaForm.Unqualified)]
    public List<Candidate>? Candidates { get; set; }
}

[XmlType("PersonDataType", Namespace = BisPersonNamespaces.Types)]
public sealed class BisPersonData
{
    [XmlElement("lastName", Form = XmlSchemaForm.Unqualified, Order = 0)] public string? LastName { get; set; }
    [XmlElement("firstName", Form = XmlSchemaForm.Unqualified, Order = 1)] public string? FirstName { get; set; }
    [XmlElement("birthDate", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? BirthDate { get; set; }
    [XmlElement("gender", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? Gender { get; set; }
    [XmlElement("civilState", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? CivilState { get; set; }
    [XmlElement("nationality", Form = XmlSchemaForm.Unqualified, Order = 5)] public string? Nationality { get; set; }
    [XmlElement("birthPlace", Form = XmlSchemaForm.Unqualified, Order = 6)] public BisBirthPlace? BirthPlace { get; set; }
    [XmlElement("address", Form = XmlSchemaForm.Unqualified, Order = 7)] public BisAddress? Address { get; set; }
}

[XmlType("BirthPlaceType", Namespace = BisPersonNamespaces.Types)]
public sealed class BisBirthPlace
{
    [XmlElement("municipalityCode", Form = XmlSchemaForm.Unqualified, Order = 0)] public string? MunicipalityCode { get; set; }
    [XmlElement("countryCode", Form = XmlSchemaForm.Unqualified, Order = 1)] public string? CountryCode { get; set; }
    [XmlElement("description", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? Description { get; set; }
}

[XmlType("AddressType", Namespace = BisPersonNamespaces.Types)]
public sealed class BisAddress
{
    [XmlElement("countryCode", Form = XmlSchemaForm.Unqualified, Order = 0)] public string? CountryCode { get; set; }
    [XmlElement("postalCode", Form = XmlSchemaForm.Unqualified, Order = 1)] public string? PostalCode { get; set; }
    [XmlElement("municipality", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? Municipality { get; set; }
    [XmlElement("street", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? Street { get; set; }
    [XmlElement("houseNumber", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? HouseNumber { get; set; }
    [XmlElement("box", Form = XmlSchemaForm.Unqualified, Order = 5)] public string? Box { get; set; }
}

[XmlType("CandidateType", Namespace = BisPersonNamespaces.Types)]
public sealed class Candidate
{
    [XmlElement("ssin", Form = XmlSchemaForm.Unqualified, Order = 0)] public string Ssin { get; set; } = "";
    [XmlElement("lastName", Form = XmlSchemaForm.Unqualified, Order = 1)] public string LastName { get; set; } = "";
    [XmlElement("firstName", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? FirstName { get; set; }
    [XmlElement("birthDate", Form = XmlSchemaForm.Unqualified, Order = 3)] public string BirthDate { get; set; } = "";
}

[XmlType("ReplaceSsinRequestType", Namespace = BisPersonNamespaces.Types)]
public sealed class ReplaceSsinRequest
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)] public InformationCustomer? InformationCustomer { get; set; }
    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)] public InformationCbss? InformationCbss { get; set; }
    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? LegalContext { get; set; }
    [XmlElement("oldSsin", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? OldSsin { get; set; }
    [XmlElement("newSsin", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? NewSsin { get; set; }
}

[XmlType("ReplaceSsinResponseType", Namespace = BisPersonNamespaces.Types)]
public sealed class ReplaceSsinResponse
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)] public InformationCustomer? InformationCustomer { get; set; }
    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)] public InformationCbss? InformationCbss { get; set; }
    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)] public string? LegalContext { get; set; }
    [XmlElement("oldSsin", Form = XmlSchemaForm.Unqualified, Order = 3)] public string? OldSsin { get; set; }
    [XmlElement("newSsin", Form = XmlSchemaForm.Unqualified, Order = 4)] public string? NewSsin { get; set; }
    [XmlElement("status", Form = XmlSchemaForm.Unqualified, Order = 5)] public Status? Status { get; set; }
}
