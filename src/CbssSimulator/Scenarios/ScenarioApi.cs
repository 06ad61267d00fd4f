using CbssSimulator.Sandboxes;

namespace CbssSimulator.Scenarios;

/// <summary>
/// <c>POST /admin/sandboxes/{name}/verify</c>: checks the sandbox's scenario expectations (or the ones posted) against its
/// journal and answers what was met and what was not. <c>POST /admin/scenarios/validate</c>: checks a scenario's text.
/// <c>GET /admin/scenarios</c>: the scenario files of the folder, by name.
/// </summary>
public static class ScenarioApi
{
    public sealed record VerifyRequest(List<ExpectationSpec>? Expectations);

    public sealed record ValidateRequest(string Text, string? Format);

    public static void Map(WebApplication app)
    {
        app.MapPost("/admin/sandboxes/{name}/verify", (string name, VerifyRequest? request, SandboxRegistry registry) =>
        {
            if (registry.Find(name) is not { } sandbox)
            {
                return SandboxApi.NotFound(name);
            }

            var expectations = request?.Expectations ?? sandbox.Scenario?.Expectations.ToList();
            if (expectations is null || expectations.Count == 0)
            {
                return Results.Problem("Nothing to verify: the sandbox has no scenario expectations and none were posted.", statusCode: 400);
            }

            return Results.Ok(Verification.Verify(expectations, sandbox.Journal, sandbox.Scenario?.Ids ?? new Dictionary<string, string>()));
        }).Produces<VerificationResult>();

        app.MapGet("/admin/scenarios", (IConfiguration configuration) => Results.Ok(List(Hosting.DefaultPaths.ScenarioFolder(configuration)))).Produces<IReadOnlyList<string>>();

        app.MapPost("/admin/scenarios/validate", (ValidateRequest request, Microsoft.Extensions.Options.IOptions<ScenarioLimits> limits) =>
        {
            try
            {
                var s = ScenarioLoader.Parse(request.Text, request.Format == "json" ? "scenario.json" : "scenario.yaml", limits.Value);
                return Results.Ok(new Admin.ScenarioValidation(true, s.Name, s.Persons.Count, s.Integrations.Count, s.Expectations.Count));
            }
            catch (ScenarioRefusedException e)
            {
                return Refused(e);
            }
            catch (ScenarioException e)
            {
                return Results.Ok(new Admin.ScenarioValidation(false, Errors: e.Errors.Select(x => x.ToString())));
            }
        }).Produces<Admin.ScenarioValidation>();
    }

    /// <summary>The scenario files of the folder a sandbox can be made from (its top level; what <see cref="ScenarioFolder.Resolve"/> accepts), by name.</summary>
    public static IReadOnlyList<string> List(string folder) => !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => !name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase) && ScenarioFolder.Resolve(folder, name) is not null)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A scenario refused for its size, depth, alias expansion, key form or file name: 400 problem+json naming why.</summary>
    public static IResult Refused(ScenarioRefusedException e) =>
        Results.Problem(e.Errors[0].ToString(), statusCode: 400, title: "The scenario is refused");
}
