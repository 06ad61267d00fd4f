using CbssSimulator.Catalogue;
using CbssSimulator.Clock;
using CbssSimulator.Registry;

namespace CbssSimulator.Admin;

/// <summary>
/// The admin API (JSON):
/// <code>
/// GET  /health
/// GET  /admin/persons?skip=&amp;take=&amp;q=
/// GET  /admin/cpas
/// GET  /admin/clock                 PUT /admin/clock {"today":"YYYY-MM-DD"}     POST /admin/clock/advance {"days":N}
/// GET  /admin/services              GET /admin/services/{service}/{operation}/example?ssin=&amp;cbe=
/// GET  /admin/sppis/{ssin}          (SppisStateApi)
/// </code>
/// </summary>
public static class AdminApi
{
    /// <summary>The simulated dates a clock may show: the local time of the last day but one never passes the calendar's end (docs/decisions.md, "Calendar edges").</summary>
    public static readonly DateOnly EarliestToday = new(1900, 1, 1), LatestToday = new(9999, 12, 30);

    public sealed record ClockChange(string? Today);

    public sealed record ClockAdvance(int Days);

    public static void Map(WebApplication app)
    {
        app.MapGet("/health", (RegistryDatabase db, SimulatorClock clock, PersonStore persons) =>
        {
            var meta = db.ReadMeta();
            return Results.Ok(new HealthView("ok", clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), int.TryParse(meta.GetValueOrDefault("Seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : null, persons.Count()));
        }).Produces<HealthView>();

        app.MapGet("/admin/persons", (PersonStore persons, string? q, int? skip, int? take) =>
        {
            int size = Math.Clamp(take ?? 50, 1, 1000);
            return Results.Ok(persons.Search(q, Math.Max(0, skip ?? 0), size).Select(p => PersonView.Of(p, persons.CurrentAddress(p.Ssin))));
        }).Produces<IEnumerable<PersonView>>();

        app.MapGet("/admin/personas", (PersonStore persons) => Results.Ok(Registry.Personas.PersonaDocs.Views(persons))).Produces<IEnumerable<Registry.Personas.PersonaView>>(); // docs/decisions.md, "Personas"

        app.MapGet("/admin/cpas", (CpasStore cpas) => Results.Ok(cpas.All().Select(CpasView.Of))).Produces<IEnumerable<CpasView>>();

        app.MapGet("/admin/clock", (SimulatorClock clock) => Results.Ok(ClockView.Of(clock))).Produces<ClockView>();
        app.MapPut("/admin/clock", (ClockChange change, SimulatorClock clock) =>
        {
            if (!DateOnly.TryParseExact(change.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                return Results.Problem($"'today' must be a date written YYYY-MM-DD, not '{change.Today}'.", statusCode: 400);
            }

            if (today < EarliestToday || today > LatestToday)
            {
                return Results.Problem($"'today' must lie between {IsoDate.Text(EarliestToday)} and {IsoDate.Text(LatestToday)}, not '{change.Today}'.", statusCode: 400);
            }

            clock.SetToday(today);
            return Results.Ok(ClockView.Of(clock));
        }).Produces<ClockView>();
        app.MapPost("/admin/clock/advance", (ClockAdvance advance, SimulatorClock clock) =>
        {
            if (advance.Days is < -36_500 or > 36_500)
            {
                return Results.Problem("'days' must lie within ±36,500.", statusCode: 400);
            }

            if (clock.Today.DayNumber + advance.Days is var target && (target < EarliestToday.DayNumber || target > LatestToday.DayNumber))
            {
                return Results.Problem($"'days' would move the date to {IsoDate.Text(DateOnly.FromDayNumber(Math.Clamp(target, 0, DateOnly.MaxValue.DayNumber)))}, "
                    + $"outside {IsoDate.Text(EarliestToday)}..{IsoDate.Text(LatestToday)}.", statusCode: 400);
            }

            clock.Advance(TimeSpan.FromDays(advance.Days));
            return Results.Ok(ClockView.Of(clock));
        }).Produces<ClockView>();

        app.MapGet("/admin/services", () => Results.Ok(ServiceCatalogue.Entries.Select(ServiceView.Of))).Produces<IEnumerable<ServiceView>>();

        app.MapGet("/admin/services/{service}/{operation}/example", (string service, string operation, string? ssin, string? cbe, string? format, PersonStore persons, SimulatorClock clock,
            CpasStore cpasStore, Sandboxes.Sandbox sandbox, HttpContext context) =>
        {
            var entry = ServiceCatalogue.Find(service, operation);
            if (entry is null)
            {
                return Results.Problem($"No service operation {service}/{operation} (GET /admin/services lists them).", statusCode: 404);
            }

            if (format is not (null or "json" or "xml"))
            {
                return Results.Problem($"'format' is json (the default: path, SOAPAction, envelope) or xml (the envelope alone), not '{format}'.", statusCode: 400);
            }

            var example = new ExampleRequests(persons, clock, cpasStore).Build(entry, ssin, cbe);
            return example is null
                ? Results.Problem($"{service}/{operation} is not served yet, so it has no example.", statusCode: 404)
                : format == "xml" ? Results.Text(example.Envelope, "text/xml; charset=utf-8")
                : Results.Ok(ExampleRequests.ForSandbox(example, sandbox, context.Request));
        }).Produces<ExampleRequest>().Produces<string>(200, "text/xml");
    }
}
