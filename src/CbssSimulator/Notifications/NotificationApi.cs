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
        app.MapGet("/admin/events", (Sandbox sandbox, NotificationStore store) => Results.Ok(new
        {
            today = IsoDate.Text(sandbox.Clock.Today),
            events = store.Events().Select(e => View(e.Event, e.Outcome)),
        }));

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
            return Results.Created($"/admin/events/{id}", new { @event = View(e, outcome), notifications = made.Where(n => n.EventId == id).Select(NotificationView) });
        });

        app.MapGet("/admin/notifications", (string? cpas, string? ssin, NotificationStore store) =>
            Results.Ok(store.Notifications(cpas, ssin).Select(NotificationView)));

        app.MapGet("/admin/notifications/deliveries", (string? cpas, Sandbox sandbox) => Results.Ok(new
        {
            capacity = SandboxNotifications.LogCapacity,
            dropped = sandbox.Notifications.Dropped,
            attempts = sandbox.Notifications.Log.Where(a => cpas is null || a.Cbe == cpas),
        }));

        app.MapPost("/admin/notifications/pull", (PullRequest request, Sandbox sandbox, NotificationStore store) =>
            request.Cpas is null || !Kbo.IsValid(request.Cpas)
                ? Results.Problem($"'cpas' must be a valid KBO number, not '{request.Cpas}'.", statusCode: 400)
                : Results.Ok(store.Pull(request.Cpas, sandbox.Clock.Today, Math.Clamp(request.Max ?? 100, 1, 1000)).Select(NotificationView)));

        app.MapGet("/admin/cpas/endpoints", (NotificationStore store) => Results.Ok(store.Endpoints()));

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
            return Results.Ok(new { cbeNumber = cbe, url = change.Url });
        });

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

    private static object View(LifeEvent e, string? outcome) => new
    {
        id = e.Id,
        kind = EventKinds.Name(e.Kind),
        ssin = e.Ssin,
        date = IsoDate.Text(e.Date),
        state = e.AppliedOn is null ? "scheduled" : "applied",
        appliedOn = e.AppliedOn,
        outcome,
        origin = e.Origin,
        spec = e.Spec,
    };

    public static object NotificationView(NotificationRecord n) => new
    {
        id = n.Id,
        notificationId = n.NotificationId,
        eventId = n.EventId,
        service = n.Service,
        operation = n.Operation,
        cbeNumber = n.Cbe,
        ssin = n.Ssin,
        eventDate = n.EventDate,
        tis = n.Tis.Length == 0 ? [] : n.Tis.Split(' '),
        pulledOn = n.PulledOn,
        body = n.Body,
    };
}
