namespace CbssSimulator.Sandboxes;

/// <summary>
/// The sandbox admin routes:
/// <code>
/// GET    /admin/sandboxes                      PUT /admin/sandboxes/{name} {"seed":42,"persons":500}    DELETE /admin/sandboxes/{name}
/// POST   /admin/sandboxes/{name}/reset         GET /admin/sandboxes/{name}/journal?service=&amp;operation=&amp;ssin=&amp;cpas=&amp;code=&amp;skip=&amp;take=
/// and, through the prefix, /admin/sandboxes/{name}/clock, /persons, /cpas, /services (as the root ones, for that sandbox)
/// </code>
/// </summary>
public static class SandboxApi
{
    /// <summary>From seed + size, or from a scenario: a file (relative to Scenarios:Folder, see DefaultPaths) or its text.</summary>
    public sealed record SandboxRequest(int? Seed, int? Persons, string? Scenario, string? ScenarioText, string? ScenarioFormat);

    public static void Map(WebApplication app)
    {
        app.MapGet("/admin/sandboxes", (SandboxRegistry registry) => Results.Ok(registry.All.Select(View))).Produces<IEnumerable<SandboxView>>();

        app.MapPut("/admin/sandboxes/{name}", (string name, SandboxRequest? request, SandboxRegistry registry, IConfiguration configuration,
            Microsoft.Extensions.Options.IOptions<Scenarios.ScenarioLimits> limits) =>
        {
            if (!SandboxRegistry.IsValidName(name) || name == SandboxRegistry.DefaultName)
            {
                return Results.Problem($"'{name}' is not a sandbox name: letters, digits, '-' and '_', at most 64, not '{SandboxRegistry.DefaultName}'.", statusCode: 400);
            }

            if (request?.Scenario is not null || request?.ScenarioText is not null)
            {
                try
                {
                    var file = request.ScenarioText is { } text
                        ? Scenarios.ScenarioLoader.Parse(text, request.ScenarioFormat == "json" ? "request.json" : "request.yaml", limits.Value)
                        : Scenarios.ScenarioFolder.Load(Hosting.DefaultPaths.ScenarioFolder(configuration), request.Scenario!, limits.Value);
                    return Results.Created($"/admin/sandboxes/{name}", View(registry.CreateFromScenario(name, file)));
                }
                catch (Scenarios.ScenarioRefusedException e)
                {
                    return Scenarios.ScenarioApi.Refused(e);
                }
                catch (Scenarios.ScenarioException e)
                {
                    return Results.Problem("The scenario cannot be loaded.", statusCode: 400, extensions: new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => x.ToString()) });
                }
            }

            int seed = request?.Seed ?? 42, persons = request?.Persons ?? 1000;
            if (persons is < 0 or > 200_000)
            {
                return Results.Problem("'persons' must lie between 0 and 200,000 for a sandbox.", statusCode: 400);
            }

            var sandbox = registry.Create(name, seed, persons);
            return Results.Created($"/admin/sandboxes/{name}", View(sandbox));
        }).Produces<SandboxView>(StatusCodes.Status201Created);

        app.MapDelete("/admin/sandboxes/{name}", async (string name, SandboxRegistry registry) =>
            await registry.DeleteAsync(name) ? Results.NoContent() : Results.Problem($"There is no sandbox '{name}' to delete (the default one cannot be).", statusCode: 404));

        app.MapPost("/admin/sandboxes/{name}/reset", async (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox && await registry.ResetAsync(sandbox) is var ms and >= 0
                ? Results.Ok(new SandboxReset(name, Math.Round(ms, 2), sandbox.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                : NotFound(name)).Produces<SandboxReset>();

        app.MapGet("/admin/sandboxes/{name}", (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox ? Results.Ok(Detail(sandbox)) : NotFound(name)).Produces<SandboxDetail>();

        app.MapGet("/admin/sandboxes/{name}/journal", (string name, string? service, string? operation, string? ssin, string? cpas, string? code,
            int? skip, int? take, DateTimeOffset? since, DateTimeOffset? until, SandboxRegistry registry) =>
        {
            if (registry.Find(name) is not { } sandbox)
            {
                return NotFound(name);
            }

            var entries = sandbox.Journal.Entries.Where(e =>
                (service is null || string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase))
                && (operation is null || string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase))
                && (ssin is null || e.Ssins.Contains(ssin))
                && (cpas is null || e.Cpas == cpas)
                && (code is null || (e.Code?.Contains(code, StringComparison.OrdinalIgnoreCase) ?? false))
                && (since is null || e.Wall >= since) && (until is null || e.Wall <= until)).ToList();
            return Results.Ok(new JournalPage(name, entries.Count, sandbox.Journal.Dropped, sandbox.Journal.Capacity,
                entries.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 500, 1, 10_000))));
        }).Produces<JournalPage>();
    }

    /// <summary>
    /// One sandbox for a tester (docs/decisions.md, "The journal keeps what a failing test needs"): its scenario's person ids and their SSINs, its clock, its fault
    /// rules, its journal counts per service and code.
    /// </summary>
    private static SandboxDetail Detail(Sandbox s)
    {
        var entries = s.Journal.Entries;
        return new SandboxDetail(
            s.Name,
            s.Origin,
            s.Name == SandboxRegistry.DefaultName ? "/" : $"/sandboxes/{s.Name}/",
            new SandboxClock(s.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            s.Scenario?.Name,
            s.Scenario?.Ids ?? new Dictionary<string, string>(),
            s.Scenario?.Expectations.Count ?? 0,
            FaultApi.View(s),
            new JournalCounts(
                entries.Count,
                s.Journal.Dropped,
                s.Journal.Capacity,
                entries.GroupBy(e => e.Service).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                entries.GroupBy(e => e.Code ?? e.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())));
    }

    public static IResult NotFound(string name) => Results.Problem($"There is no sandbox named '{name}'.", statusCode: 404);

    private static SandboxView View(Sandbox s) => new(
        s.Name,
        s.Origin,
        s.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Name == SandboxRegistry.DefaultName ? "/" : $"/sandboxes/{s.Name}/",
        s.Journal.Entries.Count,
        s.Journal.Dropped,
        s.Scenario?.Name,
        s.Scenario?.Expectations.Count ?? 0);
}

/// <summary>Fault rules of a sandbox: <c>PUT/GET/DELETE /admin/sandboxes/{name}/faults</c> (the root one is named "default").</summary>
public static class FaultApi
{
    public sealed record FaultsRequest(int? Seed, IReadOnlyList<FaultRule>? Rules);

    public static void Map(WebApplication app)
    {
        app.MapPut("/admin/sandboxes/{name}/faults", (string name, FaultsRequest request, SandboxRegistry registry) =>
        {
            if (registry.Find(name) is not { } sandbox)
            {
                return SandboxApi.NotFound(name);
            }

            var rules = request.Rules ?? [];
            var problem = rules.Select((r, i) => r.Problem() is { } p ? $"rules[{i}]: {p}" : null).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                return Results.Problem(problem, statusCode: 400);
            }

            sandbox.Faults.Set(rules, request.Seed ?? 0);
            return Results.Ok(View(sandbox));
        }).Produces<FaultsView>();
        app.MapGet("/admin/sandboxes/{name}/faults", (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox ? Results.Ok(View(sandbox)) : SandboxApi.NotFound(name)).Produces<FaultsView>();
        app.MapDelete("/admin/sandboxes/{name}/faults", (string name, SandboxRegistry registry) =>
        {
            if (registry.Find(name) is not { } sandbox)
            {
                return SandboxApi.NotFound(name);
            }

            sandbox.Faults.Set([], 0);
            return Results.NoContent();
        });
    }

    internal static FaultsView View(Sandbox sandbox) =>
        new(sandbox.Faults.Seed, sandbox.Faults.Rules.Select(r => new FaultRuleState(r.Rule, r.Remaining)));
}

/// <summary>A sandbox in the list and as made (<c>GET /admin/sandboxes</c>, <c>PUT /admin/sandboxes/{name}</c>).</summary>
public sealed record SandboxView(string Name, string Origin, string Today, string SoapBase, int JournalEntries, long JournalDropped, string? Scenario, int Expectations);

/// <summary>A reset: how long the copy back took.</summary>
public sealed record SandboxReset(string Name, double ResetMilliseconds, string Today);

public sealed record SandboxClock(string Today, string Now);

public sealed record JournalCounts(int Entries, long Dropped, int Capacity, Dictionary<string, int> ByService, Dictionary<string, int> ByCode);

/// <summary>One sandbox for a tester: scenario ids → SSINs, clock, faults, journal counts.</summary>
public sealed record SandboxDetail(
    string Name, string Origin, string SoapBase, SandboxClock Clock, string? Scenario, IReadOnlyDictionary<string, string> Persons, int Expectations,
    FaultsView Faults, JournalCounts Journal);

/// <summary>A page of the journal, filtered.</summary>
public sealed record JournalPage(string Sandbox, int Total, long Dropped, int Capacity, IEnumerable<JournalEntry> Entries);

public sealed record FaultRuleState(FaultRule Rule, int? Remaining);

public sealed record FaultsView(int Seed, IEnumerable<FaultRuleState> Rules);
