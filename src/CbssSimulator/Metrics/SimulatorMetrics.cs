using CbssSimulator.Sandboxes;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;
using Prometheus;

namespace CbssSimulator.Metrics;

/// <summary>Options of the metrics (section "Metrics").</summary>
public sealed class MetricsOptions
{
    /// <summary>
    /// Sandboxes that get their own <c>sandbox</c> label value, in the order of their first call; later ones are counted
    /// under <c>sandbox="_other"</c>, so a CI run making thousands of sandboxes keeps the series bounded. Default 100.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000, ErrorMessage = "Metrics:MaxSandboxLabels must lie between {1} and {2}.")]
    public int MaxSandboxLabels { get; set; } = 100;
}

/// <summary>
/// The simulator's Prometheus metrics (prometheus-net, served at <c>GET /metrics</c>; docs/metrics.md), one registry per
/// host. Calls are recorded once, where the gate journals them (<see cref="RecordCall"/>); sandbox count and registry
/// size are read when scraped. Label values are bounded (docs/decisions.md, "TLS and metrics"): sandboxes past
/// <see cref="MetricsOptions.MaxSandboxLabels"/> are <c>_other</c>, services and operations outside the catalogue and
/// codes beyond 200 distinct ones are <c>_other</c>.
/// </summary>
public sealed class SimulatorMetrics
{
    public const string Other = "_other";

    private static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter calls;
    private readonly Histogram duration;
    private readonly Counter refusals;
    private readonly Counter faults;
    private readonly Counter notifications;
    private readonly Counter resets;
    private readonly Gauge sandboxes;
    private readonly Gauge persons;
    private readonly BoundedLabel sandboxLabels;
    private readonly BoundedLabel codes = new(200);
    private readonly BoundedLabel notificationKinds = new(50);
    private readonly HashSet<string> personsLabelled = [];

    public SimulatorMetrics(IOptions<MetricsOptions> options)
    {
        sandboxLabels = new BoundedLabel(options.Value.MaxSandboxLabels, SandboxRegistry.DefaultName);
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        calls = factory.CreateCounter("cbss_calls_total", "SOAP calls answered, one per SSDN service request or SOA call, by outcome (ok, warning, refused, error, fault, injected) and status/reason code.",
            ["sandbox", "service", "operation", "outcome", "code"]);
        duration = factory.CreateHistogram("cbss_call_duration_seconds", "Time from the gate's first read to the answer's first byte, per HTTP call (an SSDN call counts once, as service SSDN).",
            ["sandbox", "service"], new HistogramConfiguration { Buckets = Buckets });
        refusals = factory.CreateCounter("cbss_control_refusals_total", "Calls an integration control refused, by the control-table row (service and operation of the row).",
            ["sandbox", "service", "operation"]);
        faults = factory.CreateCounter("cbss_injected_faults_total", "Faults a sandbox's fault plan (or a fail-on-purpose persona) injected, by kind (delay, http500, technical, timeout, drop, garbled).",
            ["sandbox", "kind"]);
        notifications = factory.CreateCounter("cbss_notification_deliveries_total", "Notifications the simulator delivered or tried to deliver, by kind and outcome.",
            ["sandbox", "kind", "outcome"]);
        resets = factory.CreateCounter("cbss_sandbox_resets_total", "Sandbox resets through the admin API.", ["sandbox"]);
        sandboxes = factory.CreateGauge("cbss_sandboxes", "Sandboxes that exist, the default one included.");
        persons = factory.CreateGauge("cbss_registry_persons", "Persons in each sandbox's registry (sandboxes with their own label).", ["sandbox"]);
    }

    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    /// <summary>Reads the sandbox count and registry sizes when scraped, and counts the resets of <paramref name="registry"/>.</summary>
    public void Observe(SandboxRegistry registry)
    {
        registry.SandboxReset += sandbox => resets.WithLabels(sandboxLabels.Of(sandbox.Name)).Inc();
        Registry.AddBeforeCollectCallback(async cancel =>
        {
            var all = registry.All;
            sandboxes.Set(all.Count);
            var seen = new HashSet<string>();
            foreach (var sandbox in all)
            {
                string label = sandboxLabels.Of(sandbox.Name);
                if (label == Other || !await sandbox.Gate.EnterAsync(cancel))
                {
                    continue;
                }

                try
                {
                    persons.WithLabels(label).Set(sandbox.Persons.Count());
                    seen.Add(label);
                }
                finally
                {
                    sandbox.Gate.Exit();
                }
            }

            lock (personsLabelled)
            {
                foreach (var gone in personsLabelled.Where(l => !seen.Contains(l)).ToList())
                {
                    persons.RemoveLabelled(gone); // a deleted sandbox's size is no longer reported
                    personsLabelled.Remove(gone);
                }

                personsLabelled.UnionWith(seen);
            }
        });
    }

    /// <summary>Records one call as the gate journals it: its records, its duration, a control refusal, an injected fault.</summary>
    public void RecordCall(Sandbox sandbox, CallContext call, double seconds)
    {
        string box = sandboxLabels.Of(sandbox.Name);
        if (call.Records.Count > 0)
        {
            foreach (var r in call.Records)
            {
                Count(box, r.Service, r.Operation, r.Outcome, r.Code);
            }
        }
        else
        {
            Count(box, call.Service, call.Operation, call.Outcome, call.Code);
        }

        duration.WithLabels((ReadOnlySpan<string>)[box, Service(call.Service)]).Observe(seconds); // a span: no array per call
        if (call.RefusedRow is { } row)
        {
            refusals.WithLabels(box, row.Service, row.Operation).Inc();
        }

        if (call.InjectedFault is { } kind)
        {
            faults.WithLabels(box, kind.ToString().ToLowerInvariant()).Inc();
        }
    }

    /// <summary>
    /// Counts a notification delivery (for the notification senders): <paramref name="kind"/> what was notified,
    /// <paramref name="outcome"/> e.g. "delivered" or "failed". At most 50 distinct kinds and outcomes, then <c>_other</c>.
    /// </summary>
    public void NotificationDelivered(string sandbox, string kind, string outcome) =>
        notifications.WithLabels(sandboxLabels.Of(sandbox), notificationKinds.Of(kind), notificationKinds.Of(outcome)).Inc();

    private void Count(string box, string service, string operation, string outcome, string? code)
    {
        string s = Service(service);
        string o = operation is "" or "-" ? "-" : s != Other && Catalogue.CatalogueNames.Knows(s, operation) ? operation : Other;
        calls.WithLabels((ReadOnlySpan<string>)[box, s, o, OutcomeClass.Of(outcome, code), code is null ? "-" : codes.Of(code)]).Inc();
    }

    private static string Service(string service) => Catalogue.CatalogueNames.Knows(service) ? service : Other;
}
