using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>One error shape (problem+json) for the admin API's 4xx; the OpenAPI document lists every mapped route (docs/decisions.md, "One error shape; the OpenAPI document lists every route").</summary>
public class ProblemShapeTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task UnbindableBodies_AnswerProblemJson_SayingWhatWasWrong()
    {
        using var http = factory.CreateClient();
        using var kind = await http.PutAsJsonAsync("/admin/sandboxes/default/faults", new { rules = new[] { new { service = "*", kind = "explode" } } });
        Assert.Contains("kind", (await Problem(kind, HttpStatusCode.BadRequest)).GetProperty("detail").GetString());

        using var many = await http.PutAsync("/admin/sandboxes/probs", new StringContent("{\"persons\":\"many\"}", Encoding.UTF8, "application/json"));
        Assert.Contains("persons", (await Problem(many, HttpStatusCode.BadRequest)).GetProperty("detail").GetString());

        using var scenario = await http.PutAsJsonAsync("/admin/sandboxes/probs", new { scenarioText = "name: x\nunknown: 1\n" });
        Assert.True((await Problem(scenario, HttpStatusCode.BadRequest)).GetProperty("errors").GetArrayLength() > 0);

        using var noSandbox = await http.GetAsync("/admin/sandboxes/nosuch/clock");
        await Problem(noSandbox, HttpStatusCode.NotFound);

        using var noRoute = await http.GetAsync("/admin/nothing-here");
        await Problem(noRoute, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryMappedRoute()
    {
        using var http = factory.CreateClient();
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var documented = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.Contains("**", StringComparison.Ordinal) && !raw.StartsWith("/openapi", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();
        Assert.NotEmpty(mapped);
        var missing = mapped.Where(m => !documented.Contains(m)).ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing));
        Assert.Contains("GET /admin/sandboxes/{name}/clock", documented); // per-sandbox routes, reached through the prefix
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/admin/sandboxes/{name}").GetProperty("put").GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(paths.GetProperty("/admin/sandboxes/{name}").GetProperty("delete").GetProperty("responses").TryGetProperty("204", out _));
        Assert.True(paths.GetProperty("/admin/sandboxes/{name}/faults").GetProperty("put").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task EverySuccessfulAnswer_HasItsSchemaInTheOpenApiDocument()
    {
        using var http = factory.CreateClient();
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var missing = new List<string>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                foreach (var response in op.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2') && r.Name != "204"))
                {
                    bool typed = response.Value.TryGetProperty("content", out var content)
                        && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));
                    if (!typed)
                    {
                        missing.Add($"{op.Name.ToUpperInvariant()} {path.Name} {response.Name}");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, "answers without a schema: " + string.Join(", ", missing));
        var components = doc.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(components.TryGetProperty("SandboxDetail", out _));
        Assert.True(components.TryGetProperty("ServiceView", out _));
        Assert.False(components.GetProperty("SandboxRequest").TryGetProperty("required", out _)); // {"seed":42} alone is a request
        Assert.Equal(["service", "kind"], components.GetProperty("FaultRule").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var text = doc.RootElement.GetRawText();
        Assert.DoesNotContain("\"integer\", \"string\"", text.Replace("\",\"", "\", \"", StringComparison.Ordinal), StringComparison.Ordinal); // numbers are numbers
    }

    private static string Normalize(string route) => "/" + route.TrimStart('/');
}
