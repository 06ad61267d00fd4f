using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Notifications;
using CbssSimulator.Soap;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.Notifications;

public static class NotificationNamespaces
{
    public const string Interface = NotificationRows.Namespace;
    public const string Path = "/SOA4520/NotificationService/v1";
    public const string Pull = "http://kszbcss.fgov.be/NotificationService/pullNotifications";
}

/// <summary>The pull of the notifications (modelled contract, contracts/soa/Notifications).</summary>
[ServiceContract(Namespace = NotificationNamespaces.Interface, Name = "NotificationPullPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface INotificationService
{
    [OperationContract(Name = "pullNotifications", Action = NotificationNamespaces.Pull, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "notificationFault", Namespace = NotificationNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<PullNotificationsResponse> PullAsync(PullNotificationsRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class PullNotificationsRequest { [MessageBodyMember(Name = "pullNotificationsRequest", Namespace = NotificationNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class PullNotificationsResponse { [MessageBodyMember(Name = "pullNotificationsResponse", Namespace = NotificationNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// pullNotifications (modelled, no control on a NISS: the caller gets only the notifications addressed to it): the
/// caller's notifications not pulled yet, oldest first (at most <c>maximum</c>, default 100), each marked pulled so the
/// next pull gets the following ones. Pushed or not, every notification can be pulled once (docs/notifications.md).
/// </summary>
public sealed class NotificationService(NotificationStore store, ModelledConsult consult, Clock.SimulatorClock clock) : INotificationService
{
    private static readonly XNamespace Intf = NotificationNamespaces.Interface;

    public Task<PullNotificationsResponse> PullAsync(PullNotificationsRequest request) => Task.FromResult(new PullNotificationsResponse
    {
        Body = consult.AnswerCaller(Intf + "pullNotificationsResponse", (body, caller) =>
        {
            int max = int.TryParse(body.Element("maximum")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) ? m : 100;
            return (null, store.Pull(caller.Cbe, clock.Today, max).Select(n => new XElement("notification",
                new XElement("service", n.Service), new XElement("operation", n.Operation), XElement.Parse(n.Body))).ToList());
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "NotificationService", NotificationNamespaces.Path,
        NotificationNamespaces.Interface, "soa/Notifications", "NotificationsV1.wsdl", "NotificationsV1.xsd", "notificationFault",
        ("pullNotifications", NotificationNamespaces.Pull, "pullNotificationsRequest"));
}
