using System.Diagnostics;
using System.Net.Http.Json;
using CbssSimulator.Scenarios;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Hostile;

/// <summary>Scenario texts built to exhaust the reader: each refused at once (400 problem+json naming the limit), the host serves on.</summary>
public class ScenarioTextHostileTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient http = factory.CreateClient();

    private static string AliasBomb(int levels, int width)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (int level = 1; level <= levels; level++)
        {
            lines.Add($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", width))}]");
        }

        return string.Join("\n", lines);
    }

    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "alias cycle", "a: &x [*x]", ["alias cycle", "*x"] },
        { "alias cycle in a mapping", "a: &m { b: *m }", ["alias cycle"] },
        { "50,000 [", new string('[', 50_000), ["Scenarios:MaxDepth", "64"] },
        { "50,000 { (each a mapping as a key)", new string('{', 50_000), ["mapping key"] },
        { "200 nested flow mappings", string.Concat(Enumerable.Repeat("{a: ", 200)) + "1" + new string('}', 200), ["Scenarios:MaxDepth"] },
        { "deep block nesting", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n")), ["Scenarios:MaxDepth"] },
        { "alias bomb 6 × 9", AliasBomb(6, 9), ["Scenarios:MaxNodes", "100000"] },
        { "sequence as a key", "? [a, b]\n: 1\n", ["mapping key", "plain value"] },
        { "mapping as a key", "{ {a: 1}: 2 }", ["mapping key"] },
        { "alias as a key", "x: &k a\n*k : 2\n", ["mapping key"] },
        { "too large", "name: " + new string('x', 1_000_001), ["Scenarios:MaxBytes", "1000000"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_RefusesAtOnce_NamingTheLimit(string why, string text, string[] words)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/admin/scenarios/validate", new { text });
        await HostileAssert.Problem400(response, ["The scenario is refused", .. words]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), why);
        await HostileAssert.StillServes(http);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SandboxScenarioText_RefusesAtOnce_NamingTheLimit(string why, string text, string[] words)
    {
        using var response = await http.PutAsJsonAsync("/admin/sandboxes/hostile-text", new { scenarioText = text });
        await HostileAssert.Problem400(response, words);
        using var missing = await http.GetAsync("/admin/sandboxes/hostile-text/clock");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        await HostileAssert.StillServes(http);
        Assert.NotEmpty(why);
    }

    [Theory]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}")]
    public async Task Json_DeeperThanTheLimit_IsRefused(string text)
    {
        using var response = await http.PostAsJsonAsync("/admin/scenarios/validate", new { text, format = "json" });
        await HostileAssert.Problem400(response, "Scenarios:MaxDepth");
        await HostileAssert.StillServes(http);
    }

    [Fact]
    public async Task Json_Brackets_InsideStrings_DoNotCount()
    {
        var text = "{\"name\": \"" + new string('[', 5_000) + "\"}";
        using var response = await http.PostAsJsonAsync("/admin/scenarios/validate", new { text, format = "json" });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Json_50000Brackets_IsRefused()
    {
        using var response = await http.PostAsJsonAsync("/admin/scenarios/validate", new { text = new string('[', 50_000), format = "json" });
        await HostileAssert.Problem400(response, "Scenarios:MaxDepth");
        await HostileAssert.StillServes(http);
    }

    [Fact]
    public void Aliases_WithinTheLimits_AreExpanded()
    {
        var file = ScenarioLoader.Parse("""
            name: anchors
            today: "2026-11-23"
            persons:
              - id: a
                lastName: Maes
                firstNames: Koen
                birthDate: "1979-08-19"
                sex: 1
                address: &home { postalCode: "3000", street: "Bondgenotenlaan", houseNumber: "14" }
              - id: b
                lastName: Maes
                firstNames: Anna
                birthDate: "1981-02-11"
                sex: 2
                address: *home
            """, "x.yaml");
        Assert.Equal(2, file.Persons.Count);
    }

    [Fact]
    public void TheLimits_AreConfigurable()
    {
        var e = Assert.Throws<ScenarioRefusedException>(() => ScenarioLoader.Parse("a: [[[1]]]", "x.yaml", new ScenarioLimits { MaxDepth = 3 }));
        Assert.Equal("x.yaml:1: The scenario nests deeper than 3 levels (Scenarios:MaxDepth).", e.Errors.Single().ToString());
        Assert.Throws<ScenarioRefusedException>(() => ScenarioLoader.Parse("a: &a [1, 2]\nb: [*a, *a]", "x.yaml", new ScenarioLimits { MaxNodes = 7 }));
        Assert.Throws<ScenarioRefusedException>(() => ScenarioLoader.Parse("name: abc", "x.yaml", new ScenarioLimits { MaxBytes = 8 }));
    }

    [Fact]
    public async Task Cli_Validate_NamesTheProblem_AndExits1()
    {
        var file = TestTemp.File("cycle.yaml");
        await File.WriteAllTextAsync(file, "a: &x [*x]");
        try
        {
            Assert.Equal(1, await CbssSimulator.Cli.Verbs.RunAsync(["scenario", "validate", file]));
            var e = Assert.Throws<ScenarioRefusedException>(() => ScenarioLoader.Load(file));
            Assert.Equal($"{file}:1: The alias *x refers to a node that contains it (an alias cycle).", e.Errors.Single().ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
