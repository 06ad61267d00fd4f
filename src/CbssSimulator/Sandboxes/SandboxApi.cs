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
        app.MapGet("/admin/sandboxes", (SandboxRegistry registry) => Results.Ok(registry.All.Select(View)));

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
        });

        app.MapDelete("/admin/sandboxes/{name}", async (string name, SandboxRegistry registry) =>
            await registry.DeleteAsync(name) ? Results.NoContent() : Results.Problem($"There is no sandbox '{name}' to delete (the default one cannot be).", statusCode: 404));

        app.MapPost("/admin/sandboxes/{name}/reset", async (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox && await registry.ResetAsync(sandbox) is var ms and >= 0
                ? Results.Ok(new { name, resetMilliseconds = Math.Round(ms, 2), today = sandbox.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
                : NotFound(name));

        app.MapGet("/admin/sandboxes/{name}", (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox ? Results.Ok(Detail(sandbox)) : NotFound(name));

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
            return Results.Ok(new
            {
                sandbox = name,
                total = entries.Count,
                dropped = sandbox.Journal.Dropped,
                capacity = sandbox.Journal.Capacity,
                entries = entries.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 500, 1, 10_000)),
            });
        });
    }

    /// <summary>
    /// One sandbox for a tester (docs/decisions.md, "The journal keeps what a failing test needs"): its scenario's person ids and their SSINs, its clock, its fault
    /// rules, its journal counts per service and code.
    /// </summary>
    private static object Detail(Sandbox s)
    {
        var entries = s.Journal.Entries;
        return new
        {
            name = s.Name,
            origin = s.Origin,
            soapBase = s.Name == SandboxRegistry.DefaultName ? "/" : $"/sandboxes/{s.Name}/",
            clock = new { today = s.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now = s.Clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) },
            scenario = s.Scenario?.Name,
            persons = s.Scenario?.Ids ?? new Dictionary<string, string>(),
            expectations = s.Scenario?.Expectations.Count ?? 0,
            faults = new { seed = s.Faults.Seed, rules = s.Faults.Rules.Select(r => new { rule = r.Rule, remaining = r.Remaining }) },
            journal = new
            {
                entries = entries.Count,
                dropped = s.Journal.Dropped,
                capacity = s.Journal.Capacity,
                byService = entries.GroupBy(e => e.Service).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                byCode = entries.GroupBy(e => e.Code ?? e.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            },
        };
    }

    public static IResult NotFound(string name) => Results.Problem($"There is no sandbox named '{name}'.", statusCode: 404);

    private static object View(Sandbox s) => new
    {
        name = s.Name,
        origin = s.Origin,
        today = s.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        soapBase = s.Name == SandboxRegistry.DefaultName ? "/" : $"/sandboxes/{s.Name}/",
        journalEntries = s.Journal.Entries.Count,
        journalDropped = s.Journal.Dropped,
        scenario = s.Scenario?.Name,
        expectations = s.Scenario?.Expectations.Count ?? 0,
    };
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
        });
        app.MapGet("/admin/sandboxes/{name}/faults", (string name, SandboxRegistry registry) =>
            registry.Find(name) is { } sandbox ? Results.Ok(View(sandbox)) : SandboxApi.NotFound(name));
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

    private static object View(Sandbox sandbox) => new
    {
        seed = sandbox.Faults.Seed,
        rules = sandbox.Faults.Rules.Select(r => new { rule = r.Rule, remaining = r.Remaining }),
    };
}
