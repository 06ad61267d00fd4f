using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.CpasOnline;

/// <summary>
/// The admin routes of CPAS Online (root = the default sandbox; per sandbox under <c>/admin/sandboxes/{name}/…</c>):
/// <code>
/// GET  /admin/cpas-online/requests?cpas=     POST /admin/cpas-online/requests {firstName, lastName, postalCode, nature, cpas?, ssin?, submittedOn?, …}
/// GET  /admin/cpas-online/requests/{reference}
/// </code>
/// </summary>
public static class CpasOnlineApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/admin/cpas-online/requests", (string? cpas, CpasOnlineStore store) =>
            Results.Ok(store.All().Where(r => cpas is null || r.Cbe == cpas).Select(View))).Produces<IEnumerable<OnlineRequestView>>();

        app.MapGet("/admin/cpas-online/requests/{reference}", (string reference, CpasOnlineStore store) =>
            store.Find(reference) is { } r ? Results.Ok(View(r)) : Results.Problem($"There is no CPAS Online request '{reference}'.", statusCode: 404))
            .Produces<OnlineRequestView>();

        app.MapPost("/admin/cpas-online/requests", (OnlineRequestSpec spec, Sandbox sandbox, CpasOnlineStore store, CpasStore cpas, PersonStore persons) =>
        {
            if (spec.Ssin is not null)
            {
                spec.Ssin = Scenarios.ScenarioBuilder.Resolve(spec.Ssin, sandbox.Scenario?.Ids ?? new Dictionary<string, string>());
            }

            if (spec.SubmittedOn is not null && !IsoDate.TryParse(spec.SubmittedOn, out _))
            {
                return Results.Problem($"'submittedOn' must be a date written YYYY-MM-DD, not '{spec.SubmittedOn}'.", statusCode: 400);
            }

            if (CpasOnlineStore.Problem(spec, cpas, out var cbe) is { } problem)
            {
                return Results.Problem(problem, statusCode: 400);
            }

            var stored = store.Submit(spec, cbe!, sandbox.Clock.Today, persons);
            return Results.Created($"/admin/cpas-online/requests/{stored.Reference}", View(stored));
        }).Produces<OnlineRequestView>(StatusCodes.Status201Created);
    }

    public static OnlineRequestView View(OnlineRequest r) => new(
        r.Reference, r.Cbe, r.SubmittedOn, r.FirstName, r.LastName, r.BirthDate, r.Ssin, r.Register, r.Email, r.Phone, r.Residence,
        r.ReferenceAddress, r.Nature, r.Description,
        r.LivesAtAddress is null ? null : r.LivesAtAddress != 0, r.IsStudent is null ? null : r.IsStudent != 0, r.InCareFacility is null ? null : r.InCareFacility != 0,
        r.ReadOn, r.FileOpenedOn, r.FileSsin);
}

/// <summary>A citizen's CPAS Online request as the admin API shows it.</summary>
public sealed record OnlineRequestView(
    string Reference, string CbeNumber, string SubmittedOn, string FirstName, string LastName, string? BirthDate, string? Ssin, string? Register,
    string? Email, string? Phone, string Residence, string? ReferenceAddress, string Nature, string? Description, bool? LivesAtAddress,
    bool? IsStudent, bool? InCareFacility, string? ReadOn, string? FileOpenedOn, string? FileSsin);
