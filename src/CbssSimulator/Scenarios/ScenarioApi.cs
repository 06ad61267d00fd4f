using CbssSimulator.Sandboxes;

namespace CbssSimulator.Scenarios;

/// <summary>
/// <c>POST /admin/sandboxes/{name}/verify</c>: checks the sandbox's scenario expectations (or the ones posted) against its
/// journal and answers what was met and what was not. <c>POST /admin/scenarios/validate</c>: checks a scenario's text.
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

    /// <summary>A scenario refused for its size, depth, alias expansion, key form or file name: 400 problem+json naming why.</summary>
    public static IResult Refused(ScenarioRefusedException e) =>
        Results.Problem(e.Errors[0].ToString(), statusCode: 400, title: "The scenario is refused");
}
