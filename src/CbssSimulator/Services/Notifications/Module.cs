using System.Xml.Linq;
using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;
using CbssSimulator.Notifications;

namespace CbssSimulator.Services.Notifications;

/// <summary>
/// The notification services of seeds 003/004 (docs/notifications.md): each is pushed by the shared delivery
/// (src/CbssSimulator/Notifications) to the endpoint a CPAS declares — its catalogue row names the message's SOAPAction and
/// the WSDL a vendor implements — and every one can be pulled through NotificationService.pullNotifications.
/// </summary>
public sealed class NotificationsModule : ServiceModule
{
    private const string Pushed = "modelled; pushed to the CPAS's endpoint (or pulled)";

    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<INotificationService, NotificationService>(NotificationNamespaces.Path, NotificationService.Endpoint)];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("notifications", (sp, person) => sp.GetRequiredService<NotificationStore>().Notifications(null, person.Ssin)
            .Select(n => new { notificationId = n.NotificationId, service = n.Service, operation = n.Operation, cbeNumber = n.Cbe, eventDate = n.EventDate, pulledOn = n.PulledOn })),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]>
    {
        ["MutationsSender"] = ["Personnoti"],
        ["SelfEmployedCareerNotifications"] = ["IndependentActivity"],
    };

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<INotificationService>("NotificationService", "pullNotifications", ModelledContract,
            x => x.Modelled(NotificationNamespaces.Interface, "pullNotificationsRequest", "<maximum>100</maximum>")),
        .. NotificationRows.All.Select(row => new ServedOperation(row.Service, row.Operation,
            new Transport(TransportStyle.Push, NotificationNamespaces.Path, row.Action, NotificationNamespaces.Path + "?wsdl"), Pushed, x => Example(row, x))),
    ];

    /// <summary>What the CPAS's endpoint receives for this row: the first trigger's message about the example person.</summary>
    private static string Example(NotificationRow row, ExampleContext x)
    {
        var (kind, tis) = row.Triggers.First();
        var produced = new Produced(row, x.Ssin, tis, [("example", EventKinds.Name(kind))]);
        return EventEngine.Body(produced, 1, x.Cbe, x.Date, row.Control.Uncontrolled ? [] : [2]).ToString(SaveOptions.DisableFormatting);
    }
}
