using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.CpasOnline;
using CbssSimulator.Integrations;
using CbssSimulator.Soap;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.CpasOnline;

public static class CpasOnlineNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/CpasOnline/v1";
    public const string Path = "/SOA4520/CpasOnline/v1";
    public const string List = "http://kszbcss.fgov.be/CpasOnline/listRequests";
    public const string Details = "http://kszbcss.fgov.be/CpasOnline/getRequestDetails";
    public const string MarkRead = "http://kszbcss.fgov.be/CpasOnline/markAsRead";
    public const string OpenFile = "http://kszbcss.fgov.be/CpasOnline/openFile";
}

/// <summary>CPAS Online, the CPAS's side (modelled contract, contracts/soa/CpasOnline).</summary>
[ServiceContract(Namespace = CpasOnlineNamespaces.Interface, Name = "CpasOnlinePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ICpasOnlineService
{
    [OperationContract(Name = "listRequests", Action = CpasOnlineNamespaces.List, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "cpasOnlineFault", Namespace = CpasOnlineNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ListRequestsResponse> ListAsync(ListRequestsRequest request);

    [OperationContract(Name = "getRequestDetails", Action = CpasOnlineNamespaces.Details, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "cpasOnlineFault", Namespace = CpasOnlineNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetRequestDetailsResponse> DetailsAsync(GetRequestDetailsRequest request);

    [OperationContract(Name = "markAsRead", Action = CpasOnlineNamespaces.MarkRead, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "cpasOnlineFault", Namespace = CpasOnlineNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<MarkAsReadResponse> MarkReadAsync(MarkAsReadRequest request);

    [OperationContract(Name = "openFile", Action = CpasOnlineNamespaces.OpenFile, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "cpasOnlineFault", Namespace = CpasOnlineNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<OpenFileResponse> OpenFileAsync(OpenFileRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ListRequestsRequest { [MessageBodyMember(Name = "listRequestsRequest", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ListRequestsResponse { [MessageBodyMember(Name = "listRequestsResponse", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetRequestDetailsRequest { [MessageBodyMember(Name = "getRequestDetailsRequest", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetRequestDetailsResponse { [MessageBodyMember(Name = "getRequestDetailsResponse", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class MarkAsReadRequest { [MessageBodyMember(Name = "markAsReadRequest", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class MarkAsReadResponse { [MessageBodyMember(Name = "markAsReadResponse", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class OpenFileRequest { [MessageBodyMember(Name = "openFileRequest", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class OpenFileResponse { [MessageBodyMember(Name = "openFileResponse", Namespace = CpasOnlineNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The CPAS reads the requests addressed to it (docs/decisions.md, "Notifications and CPAS Online"): list, details and
/// mark-read need no integration (only the caller's own requests are seen; another CPAS's reference is answered as
/// unknown, MSG00008); openFile needs an integration of the identified person by the caller at D (any CPAS code,
/// SYSDATE): the file is opened once the citizen is identified and integrated, as seed 001 shows.
/// </summary>
public sealed class CpasOnlineService(CpasOnlineStore store, ModelledConsult consult, Clock.SimulatorClock clock) : ICpasOnlineService
{
    private static readonly XNamespace Intf = CpasOnlineNamespaces.Interface;

    public Task<ListRequestsResponse> ListAsync(ListRequestsRequest request) => Task.FromResult(new ListRequestsResponse
    {
        Body = consult.AnswerCaller(Intf + "listRequestsResponse", (body, caller) =>
        {
            if (body.Element("reference")?.Value.Trim() is { } reference)
            {
                return (null, store.Find(reference) is { } r && r.Cbe == caller.Cbe ? [Summary(r)] : []);
            }

            bool? read = body.Element("read") is { } x ? x.Value.Trim() is "true" or "1" : null;
            var list = store.List(caller.Cbe, Date(body, "submittedFrom"), Date(body, "submittedTo"), read);
            return (null, list.Select(Summary).ToList());
        }),
    });

    public Task<GetRequestDetailsResponse> DetailsAsync(GetRequestDetailsRequest request) => Task.FromResult(new GetRequestDetailsResponse
    {
        Body = consult.AnswerCaller(Intf + "getRequestDetailsResponse", (body, caller) =>
            Own(body, caller.Cbe) is { } r ? (null, [Details(r)]) : (Unknown(body), null)),
    });

    public Task<MarkAsReadResponse> MarkReadAsync(MarkAsReadRequest request) => Task.FromResult(new MarkAsReadResponse
    {
        Body = consult.AnswerCaller(Intf + "markAsReadResponse", (body, caller) =>
        {
            if (Own(body, caller.Cbe) is not { } r)
            {
                return (Unknown(body), null);
            }

            store.MarkRead(r.Reference, clock.Today);
            return (null, [Summary(store.Find(r.Reference)!)]);
        }),
    });

    public Task<OpenFileResponse> OpenFileAsync(OpenFileRequest request) => Task.FromResult(new OpenFileResponse
    {
        Body = consult.Answer(Intf + "openFileResponse", ControlTable.Get("CpasOnline", "openFile"), (body, person) =>
        {
            string caller = body.Element("informationCustomer")!.Element("customerIdentification")!.Element("cbeNumber")!.Value.Trim();
            if (Own(body, caller) is not { } r)
            {
                return (Unknown(body), null);
            }

            store.OpenFile(r.Reference, person.Ssin, clock.Today);
            return (null, Details(store.Find(r.Reference)!));
        }),
    });

    private OnlineRequest? Own(XElement body, string cbe) =>
        store.Find(body.Element("reference")!.Value.Trim()) is { } r && r.Cbe == cbe ? r : null;

    private static Status Unknown(XElement body) =>
        StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("reference", body.Element("reference")!.Value.Trim() + ": no CPAS Online request of your CPAS"));

    private static DateOnly? Date(XElement body, string name) => body.Element(name) is { } e ? IsoDate.Parse(e.Value.Trim()) : null;

    private static XElement Summary(OnlineRequest r) => new("onlineRequest",
        new XElement("reference", r.Reference), new XElement("submissionDate", r.SubmittedOn), new XElement("firstName", r.FirstName),
        new XElement("lastName", r.LastName), r.ReadOn is null ? null : new XElement("readDate", r.ReadOn),
        r.FileOpenedOn is null ? null : new XElement("fileOpeningDate", r.FileOpenedOn));

    private static XElement Details(OnlineRequest r) => new("onlineRequest",
        new XElement("reference", r.Reference), new XElement("submissionDate", r.SubmittedOn),
        new XElement("identification",
            new XElement("firstName", r.FirstName), new XElement("lastName", r.LastName), Optional("birthDate", r.BirthDate), Optional("ssin", r.Ssin),
            Optional("register", r.Register), new XElement("residenceAddress", r.Residence), Optional("referenceAddress", r.ReferenceAddress),
            Optional("email", r.Email), Optional("phone", r.Phone)),
        new XElement("request", new XElement("nature", r.Nature), Optional("description", r.Description)),
        new XElement("situation", Flag("livesAtResidenceAddress", r.LivesAtAddress), Flag("isStudent", r.IsStudent), Flag("staysInCareFacility", r.InCareFacility)),
        Optional("readDate", r.ReadOn),
        r.FileOpenedOn is null ? null : new XElement("file", new XElement("openingDate", r.FileOpenedOn), new XElement("ssin", r.FileSsin)));

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    private static XElement? Flag(string name, long? value) => value is null ? null : new XElement(name, value != 0 ? "true" : "false");

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "CpasOnline", CpasOnlineNamespaces.Path,
        CpasOnlineNamespaces.Interface, "soa/CpasOnline", "CpasOnlineV1.wsdl", "CpasOnlineV1.xsd", "cpasOnlineFault",
        ("listRequests", CpasOnlineNamespaces.List, "listRequestsRequest"),
        ("getRequestDetails", CpasOnlineNamespaces.Details, "getRequestDetailsRequest"),
        ("markAsRead", CpasOnlineNamespaces.MarkRead, "markAsReadRequest"),
        ("openFile", CpasOnlineNamespaces.OpenFile, "openFileRequest"));
}
