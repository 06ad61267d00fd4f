using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.Notifications;

/// <summary>
/// The admin routes of life events and notifications (root = the default sandbox; per sandbox under
/// <c>/admin/sandboxes/{name}/…</c>):
/// <code>
/// GET  /admin/events                     POST /admin/events {kind, person, date?, …}   (no date or a past one: applied now)
/// GET  /admin/notifications?cpas=&amp;ssin=   GET /admin/notifications/deliveries?cpas=
/// POST /admin/notifications/pull {"cpas":"…","max":100}
/// GET  /admin/cpas/endpoints             PUT /admin/cpas/{cbe}/endpoint {"url":"…"}    DELETE /admin/cpas/{cbe}/endpoint
/// </code>
/// </summary>
public static class NotificationApi
{
    public sealed record EndpointChange(string? Url);

    public sealed record PullRequest(string? Cpas, int? Max);

    public static void Map(WebApplication app)
    {
        app.MapGet("/admin/events", (Sandbox sandbox, NotificationStore store) => Results.Ok(new EventList(
            IsoDate.Text(sandbox.Clock.Today),
            store.Events().Select(e => View(e.Event, e.Outcome)).ToList()))).Produces<EventList>();

        app.MapPost("/admin/events", (EventSpec spec, Sandbox sandbox, NotificationStore store, NotificationDelivery delivery) =>
        {
            var (problem, ssin, date) = Resolve(spec, sandbox);
            if (problem is not null)
            {
                return Results.Problem(problem, statusCode: 400);
            }

            long id = store.Schedule(spec, ssin!, date, "admin");
            sandbox.Notifications.Invalidate();
            var made = EventEngine.ApplyDue(sandbox);
            delivery.Deliver(sandbox, made);
            var (e, outcome) = store.Events().Single(x => x.Event.Id == id);
            return Results.Created($"/admin/events/{id}", new EventMade(View(e, outcome), made.Where(n => n.EventId == id).Select(NotificationView).ToList()));
        }).Produces<EventMade>(StatusCodes.Status201Created);

        app.MapGet("/admin/notifications", (string? cpas, string? ssin, NotificationStore store) =>
            Results.Ok(store.Notifications(cpas, ssin).Select(NotificationView))).Produces<IEnumerable<NotificationView>>();

        app.MapGet("/admin/notifications/deliveries", (string? cpas, Sandbox sandbox) => Results.Ok(new DeliveryLog(
            SandboxNotifications.LogCapacity,
            sandbox.Notifications.Dropped,
            sandbox.Notifications.Log.Where(a => cpas is null || a.Cbe == cpas).ToList()))).Produces<DeliveryLog>();

        app.MapPost("/admin/notifications/pull", (PullRequest request, Sandbox sandbox, NotificationStore store) =>
            request.Cpas is null || !Kbo.IsValid(request.Cpas)
                ? Results.Problem($"'cpas' must be a valid KBO number, not '{request.Cpas}'.", statusCode: 400)
                : Results.Ok(store.Pull(request.Cpas, sandbox.Clock.Today, Math.Clamp(request.Max ?? 100, 1, 1000)).Select(NotificationView)))
            .Produces<IEnumerable<NotificationView>>();

        app.MapGet("/admin/cpas/endpoints", (NotificationStore store) => Results.Ok(store.Endpoints())).Produces<IReadOnlyDictionary<string, string>>();

        app.MapPut("/admin/cpas/{cbe}/endpoint", (string cbe, EndpointChange change, NotificationStore store, CpasStore cpas) =>
        {
            if (cpas.Find(cbe) is null)
            {
                return Results.Problem($"There is no CPAS {cbe} (GET /admin/cpas lists them).", statusCode: 404);
            }

            if (NotificationStore.UrlProblem(change.Url) is { } problem)
            {
                return Results.Problem(problem, statusCode: 400);
            }

            store.SetEndpoint(cbe, change.Url);
            return Results.Ok(new CpasEndpoint(cbe, change.Url));
        }).Produces<CpasEndpoint>();

        app.MapDelete("/admin/cpas/{cbe}/endpoint", (string cbe, NotificationStore store) =>
        {
            store.SetEndpoint(cbe, null);
            return Results.NoContent();
        });
    }

    /// <summary>Checks a spec against the registry: its kind and fields, its person (and partner) resolved; no date = today.</summary>
    public static (string? Problem, string? Ssin, DateOnly Date) Resolve(EventSpec spec, Sandbox sandbox)
    {
        if (EventKinds.Problem(spec) is { } problem)
        {
            return (problem, null, default);
        }

        var ids = sandbox.Scenario?.Ids ?? new Dictionary<string, string>();
        string ssin = Scenarios.ScenarioBuilder.Resolve(spec.Person!, ids);
        if (sandbox.Persons.Find(ssin) is null)
        {
            return ($"There is no person '{spec.Person}' in this sandbox.", null, default);
        }

        if (spec.Partner is not null)
        {
            spec.Partner = Scenarios.ScenarioBuilder.Resolve(spec.Partner, ids);
            if (sandbox.Persons.Find(spec.Partner) is null)
            {
                return ($"There is no person '{spec.Partner}' (partner) in this sandbox.", null, default);
            }
        }

        var date = spec.Date is null ? sandbox.Clock.Today : IsoDate.Parse(spec.Date);
        spec.Date = IsoDate.Text(date);
        return (null, ssin, date);
    }

    private static EventView View(LifeEvent e, string? outcome) => new(
        e.Id, EventKinds.Name(e.Kind), e.Ssin, IsoDate.Text(e.Date), e.AppliedOn is null ? "scheduled" : "applied", e.AppliedOn, outcome, e.Origin, e.Spec);

    public static NotificationView NotificationView(NotificationRecord n) => new(
        n.Id, n.NotificationId, n.EventId, n.Service, n.Operation, n.Cbe, n.Ssin, n.EventDate, n.Tis.Length == 0 ? [] : n.Tis.Split(' '), n.PulledOn, n.Body);
}

/// <summary>A life event as the admin API shows it: scheduled or applied, with what it did.</summary>
public sealed record EventView(long Id, string Kind, string Ssin, string Date, string State, string? AppliedOn, string? Outcome, string Origin, EventSpec Spec);

public sealed record EventList(string Today, IReadOnlyList<EventView> Events);

public sealed record EventMade(EventView Event, IReadOnlyList<NotificationView> Notifications);

/// <summary>A notification produced for one CPAS: its service row, the TIs that triggered it, its SOAP body.</summary>
public sealed record NotificationView(
    long Id, string NotificationId, long EventId, string Service, string Operation, string CbeNumber, string Ssin, string EventDate,
    IReadOnlyList<string> Tis, string? PulledOn, string Body);

public sealed record DeliveryLog(int Capacity, long Dropped, IReadOnlyList<DeliveryAttempt> Attempts);

public sealed record CpasEndpoint(string CbeNumber, string? Url);
