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
            Results.Ok(store.All().Where(r => cpas is null || r.Cbe == cpas).Select(View)));

        app.MapGet("/admin/cpas-online/requests/{reference}", (string reference, CpasOnlineStore store) =>
            store.Find(reference) is { } r ? Results.Ok(View(r)) : Results.Problem($"There is no CPAS Online request '{reference}'.", statusCode: 404));

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
        });
    }

    public static object View(OnlineRequest r) => new
    {
        reference = r.Reference,
        cbeNumber = r.Cbe,
        submittedOn = r.SubmittedOn,
        firstName = r.FirstName,
        lastName = r.LastName,
        birthDate = r.BirthDate,
        ssin = r.Ssin,
        register = r.Register,
        email = r.Email,
        phone = r.Phone,
        residence = r.Residence,
        referenceAddress = r.ReferenceAddress,
        nature = r.Nature,
        description = r.Description,
        livesAtAddress = r.LivesAtAddress is null ? (bool?)null : r.LivesAtAddress != 0,
        isStudent = r.IsStudent is null ? (bool?)null : r.IsStudent != 0,
        inCareFacility = r.InCareFacility is null ? (bool?)null : r.InCareFacility != 0,
        readOn = r.ReadOn,
        fileOpenedOn = r.FileOpenedOn,
        fileSsin = r.FileSsin,
    };
}
