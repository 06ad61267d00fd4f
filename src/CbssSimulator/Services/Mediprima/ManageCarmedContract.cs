using System.ServiceModel;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.Mediprima;

public static class ManageCarmedNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/ManageCarmed/v1";
    public const string Path = "/SOA4520/ManageCarmed/v1";

    public static string Action(string operation) => $"http://kszbcss.fgov.be/ManageCarmed/{operation}";

    public static readonly string[] Operations =
    [
        "evaluateCarmed", "openCarmed", "modifyCarmed", "evaluateModifiedCarmed", "stopCarmed", "consultCarmed", "consultCarmedHistory",
        "consultCarmedByVersion", "queryCarmedManager", "searchUrgentMedicalAidAttestation", "removeCarmed",
    ];
}

/// <summary>ManageCarmed (modelled contract, contracts/soa/ManageCarmed): the CPAS side of Mediprima.</summary>
[ServiceContract(Namespace = ManageCarmedNamespaces.Interface, Name = "ManageCarmedPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IManageCarmedService
{
    [OperationContract(Name = "evaluateCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/evaluateCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.EvaluateResponse> EvaluateAsync(CarmedMessages.EvaluateRequest request);

    [OperationContract(Name = "openCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/openCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.OpenResponse> OpenAsync(CarmedMessages.OpenRequest request);

    [OperationContract(Name = "modifyCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/modifyCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.ModifyResponse> ModifyAsync(CarmedMessages.ModifyRequest request);

    [OperationContract(Name = "evaluateModifiedCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/evaluateModifiedCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.EvaluateModifiedResponse> EvaluateModifiedAsync(CarmedMessages.EvaluateModifiedRequest request);

    [OperationContract(Name = "stopCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/stopCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.StopResponse> StopAsync(CarmedMessages.StopRequest request);

    [OperationContract(Name = "consultCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/consultCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.ConsultResponse> ConsultAsync(CarmedMessages.ConsultRequest request);

    [OperationContract(Name = "consultCarmedHistory", Action = "http://kszbcss.fgov.be/ManageCarmed/consultCarmedHistory", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.HistoryResponse> HistoryAsync(CarmedMessages.HistoryRequest request);

    [OperationContract(Name = "consultCarmedByVersion", Action = "http://kszbcss.fgov.be/ManageCarmed/consultCarmedByVersion", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.ByVersionResponse> ByVersionAsync(CarmedMessages.ByVersionRequest request);

    [OperationContract(Name = "queryCarmedManager", Action = "http://kszbcss.fgov.be/ManageCarmed/queryCarmedManager", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.QueryResponse> QueryAsync(CarmedMessages.QueryRequest request);

    [OperationContract(Name = "searchUrgentMedicalAidAttestation", Action = "http://kszbcss.fgov.be/ManageCarmed/searchUrgentMedicalAidAttestation", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.SearchUmaResponse> SearchUmaAsync(CarmedMessages.SearchUmaRequest request);

    [OperationContract(Name = "removeCarmed", Action = "http://kszbcss.fgov.be/ManageCarmed/removeCarmed", ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "manageCarmedFault", Namespace = ManageCarmedNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<CarmedMessages.RemoveResponse> RemoveAsync(CarmedMessages.RemoveRequest request);
}

/// <summary>The message contracts of ManageCarmed: each body kept as XML (AnyBody), checked by the gate against the contract.</summary>
public static class CarmedMessages
{
    private const string Ns = ManageCarmedNamespaces.Interface;

    [MessageContract(IsWrapped = false)] public sealed class EvaluateRequest { [MessageBodyMember(Name = "evaluateCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class EvaluateResponse { [MessageBodyMember(Name = "evaluateCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class OpenRequest { [MessageBodyMember(Name = "openCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class OpenResponse { [MessageBodyMember(Name = "openCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ModifyRequest { [MessageBodyMember(Name = "modifyCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ModifyResponse { [MessageBodyMember(Name = "modifyCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class EvaluateModifiedRequest { [MessageBodyMember(Name = "evaluateModifiedCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class EvaluateModifiedResponse { [MessageBodyMember(Name = "evaluateModifiedCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class StopRequest { [MessageBodyMember(Name = "stopCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class StopResponse { [MessageBodyMember(Name = "stopCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ConsultRequest { [MessageBodyMember(Name = "consultCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ConsultResponse { [MessageBodyMember(Name = "consultCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class HistoryRequest { [MessageBodyMember(Name = "consultCarmedHistoryRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class HistoryResponse { [MessageBodyMember(Name = "consultCarmedHistoryResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ByVersionRequest { [MessageBodyMember(Name = "consultCarmedByVersionRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class ByVersionResponse { [MessageBodyMember(Name = "consultCarmedByVersionResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class QueryRequest { [MessageBodyMember(Name = "queryCarmedManagerRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class QueryResponse { [MessageBodyMember(Name = "queryCarmedManagerResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class SearchUmaRequest { [MessageBodyMember(Name = "searchUrgentMedicalAidAttestationRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class SearchUmaResponse { [MessageBodyMember(Name = "searchUrgentMedicalAidAttestationResponse", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class RemoveRequest { [MessageBodyMember(Name = "removeCarmedRequest", Namespace = Ns)] public AnyBody? Body; }
    [MessageContract(IsWrapped = false)] public sealed class RemoveResponse { [MessageBodyMember(Name = "removeCarmedResponse", Namespace = Ns)] public AnyBody? Body; }
}
