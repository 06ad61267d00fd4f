using CbssSimulator.Hosting;

namespace CbssSimulator.Services.PcsaAlerts;

/// <summary>PCSAAlertReaction: the CPAS answers the SPP IS's alerts (modelled SOA); it owns the alerts' table.</summary>
public sealed class PcsaAlertsModule : ServiceModule
{
    public override void Register(IServiceCollection services) => services.AddScoped<AlertStore>();

    public override IReadOnlyList<string> Tables => [AlertStore.Schema];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("alerts", (sp, person) => sp.GetRequiredService<AlertStore>().ForSsin(person.Ssin)
            .Select(a => new { alertId = a.AlertId, cbeNumber = a.Cbe, a.Kind, a.Detail, a.RaisedOn, a.Reaction, a.ReactedOn })),
    ];

    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<IPcsaAlertReactionService, PcsaAlertReactionService>(PcsaAlertNamespaces.Path, PcsaAlertReactionService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IPcsaAlertReactionService>("PCSAAlertReaction", "react", ModelledContract, x => x.Modelled(PcsaAlertNamespaces.Interface, "reactRequest",
            "<alertId>ALR0000000001</alertId><reaction>JUSTIFIED</reaction><motivation>Le travail a pris fin avant l'octroi.</motivation>")),
        SoaOperation<IPcsaAlertReactionService>("PCSAAlertReaction", "listPendingAlerts", ModelledContract,
            x => x.Modelled(PcsaAlertNamespaces.Interface, "listPendingAlertsRequest", "")),
    ];
}
