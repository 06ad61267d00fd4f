using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.SocialReport;

public static class SocialReportNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/ElectronicSocialReport/v1";
    public const string Path = "/SOA4520/ElectronicSocialReport/v1";
    public const string Ask = "http://kszbcss.fgov.be/ElectronicSocialReport/askSocialAssistanceData";
    public const string Send = "http://kszbcss.fgov.be/ElectronicSocialReport/sendSocialAssistanceData";
    public const string List = "http://kszbcss.fgov.be/ElectronicSocialReport/listSocialAssistanceRequests";
}

/// <summary>ElectronicSocialReport (modelled contract, contracts/soa/ElectronicSocialReport).</summary>
[ServiceContract(Namespace = SocialReportNamespaces.Interface, Name = "ElectronicSocialReportPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IElectronicSocialReportService
{
    [OperationContract(Name = "askSocialAssistanceData", Action = SocialReportNamespaces.Ask, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "electronicSocialReportFault", Namespace = SocialReportNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<AskSocialAssistanceDataResponse> AskAsync(AskSocialAssistanceDataRequest request);

    [OperationContract(Name = "sendSocialAssistanceData", Action = SocialReportNamespaces.Send, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "electronicSocialReportFault", Namespace = SocialReportNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<SendSocialAssistanceDataResponse> SendAsync(SendSocialAssistanceDataRequest request);

    [OperationContract(Name = "listSocialAssistanceRequests", Action = SocialReportNamespaces.List, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "electronicSocialReportFault", Namespace = SocialReportNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ListSocialAssistanceRequestsResponse> ListAsync(ListSocialAssistanceRequestsRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class AskSocialAssistanceDataRequest { [MessageBodyMember(Name = "askSocialAssistanceDataRequest", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class AskSocialAssistanceDataResponse { [MessageBodyMember(Name = "askSocialAssistanceDataResponse", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class SendSocialAssistanceDataRequest { [MessageBodyMember(Name = "sendSocialAssistanceDataRequest", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class SendSocialAssistanceDataResponse { [MessageBodyMember(Name = "sendSocialAssistanceDataResponse", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ListSocialAssistanceRequestsRequest { [MessageBodyMember(Name = "listSocialAssistanceRequestsRequest", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ListSocialAssistanceRequestsResponse { [MessageBodyMember(Name = "listSocialAssistanceRequestsResponse", Namespace = SocialReportNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The electronic social report (modelled). askSocialAssistanceData (001–009 SYSDATE): the CPAS a person came to asks
/// the previous CPAS — the one named, else the other CPAS whose integration of the person ended last — for the social
/// file; asking again returns the request, with the report once answered. The previous CPAS sees the request through
/// the pull operation listSocialAssistanceRequests (no control, docs/decisions.md, "Pull operations for alerts and requests") and answers with
/// sendSocialAssistanceData (001–009 SYSDATE: it must hold a current integration, services.md).
/// </summary>
public sealed class ElectronicSocialReportService(SocialReportStore store, IntegrationStore integrations, ModelledConsult consult, Clock.SimulatorClock clock)
    : IElectronicSocialReportService
{
    private static readonly XNamespace Intf = SocialReportNamespaces.Interface;

    public Task<AskSocialAssistanceDataResponse> AskAsync(AskSocialAssistanceDataRequest request) => Task.FromResult(new AskSocialAssistanceDataResponse
    {
        Body = consult.Answer(Intf + "askSocialAssistanceDataResponse", ControlTable.Get("ElectronicSocialReport", "askSocialAssistanceData"), (body, person) =>
        {
            string asker = SoaAnswer.Customer(body)!.CustomerIdentification!.CbeNumber!;
            string? named = body.Element("previousCpas")?.Value;
            var mine = store.ForSsin(person.Ssin).Where(r => r.AskingCbe == asker && (named is null || r.PreviousCbe == named)).ToList();
            if (mine.LastOrDefault() is { } existing)
            {
                return (null, Request(existing));
            }

            string? previous = named ?? integrations.ForSsin(person.Ssin).Where(i => i.Cbe != asker)
                .OrderBy(i => i.Period.End ?? DateOnly.MaxValue).LastOrDefault()?.Cbe;
            if (previous is null || previous == asker)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier, Information.Of("previousCpas", previous is null ? "no other CPAS ever integrated this person" : "the caller itself")), null);
            }

            return (null, Request(store.Ask(person.Ssin, asker, previous, Today)));
        }),
    });

    public Task<SendSocialAssistanceDataResponse> SendAsync(SendSocialAssistanceDataRequest request) => Task.FromResult(new SendSocialAssistanceDataResponse
    {
        Body = consult.Answer(Intf + "sendSocialAssistanceDataResponse", ControlTable.Get("ElectronicSocialReport", "sendSocialAssistanceData"), (body, person) =>
        {
            string sender = SoaAnswer.Customer(body)!.CustomerIdentification!.CbeNumber!;
            string requestId = body.Element("requestId")!.Value.Trim();
            var asked = store.ForSsin(person.Ssin).FirstOrDefault(r => r.Id == SocialReportRequest.IdOf(requestId) && r.PreviousCbe == sender);
            if (asked is null || asked.AnsweredOn is not null)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("requestId",
                    asked is null ? $"{requestId}: no request for this person addressed to your CPAS" : $"{requestId}: already answered")), null);
            }

            store.Answer(asked.Id, Today, body.Element("socialReport")!.ToString(SaveOptions.DisableFormatting));
            return (null, Request(asked with { AnsweredOn = Today, Report = body.Element("socialReport")!.ToString() }));
        }),
    });

    public Task<ListSocialAssistanceRequestsResponse> ListAsync(ListSocialAssistanceRequestsRequest request) => Task.FromResult(new ListSocialAssistanceRequestsResponse
    {
        Body = consult.AnswerCaller(Intf + "listSocialAssistanceRequestsResponse", (_, caller) => (null, store.PendingFor(caller.Cbe).Select(Request).ToList())),
    });

    private string Today => clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static XElement Request(SocialReportRequest r) => new("request",
        new XElement("requestId", r.RequestId), new XElement("ssin", r.Ssin), new XElement("askingCpas", r.AskingCbe), new XElement("previousCpas", r.PreviousCbe),
        new XElement("askedOn", r.AskedOn), new XElement("state", r.AnsweredOn is null ? "PENDING" : "ANSWERED"),
        r.AnsweredOn is null ? null : new XElement("answeredOn", r.AnsweredOn), r.Report is null ? null : XElement.Parse(r.Report));

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "ElectronicSocialReport", SocialReportNamespaces.Path,
        SocialReportNamespaces.Interface, "soa/ElectronicSocialReport", "ElectronicSocialReportV1.wsdl", "ElectronicSocialReportV1.xsd", "electronicSocialReportFault",
        ("askSocialAssistanceData", SocialReportNamespaces.Ask, "askSocialAssistanceDataRequest"),
        ("sendSocialAssistanceData", SocialReportNamespaces.Send, "sendSocialAssistanceDataRequest"),
        ("listSocialAssistanceRequests", SocialReportNamespaces.List, "listSocialAssistanceRequestsRequest"));
}
