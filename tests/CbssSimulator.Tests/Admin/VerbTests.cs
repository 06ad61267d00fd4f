using CbssSimulator.Cli;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>Tests that capture Console.Out run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "Console output";
}

/// <summary>The command-line verbs, in-process.</summary>
[Collection(ConsoleCollection.Name)]
public class VerbTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    [Fact]
    public async Task ScenarioValidate_ExitsZeroForTheShippedOnes_AndOneForABrokenOne()
    {
        Assert.Equal(0, await Verbs.RunAsync(["scenario", "validate", .. Directory.GetFiles(ScenarioTests.Folder, "*.yaml")]));
        var broken = TestTemp.File("broken.yaml");
        await File.WriteAllTextAsync(broken, "name: broken\nunknown: 1\n");
        Assert.Equal(1, await Verbs.RunAsync(["scenario", "validate", broken]));
    }

    [Fact]
    public async Task Health_ExitsZeroWhenTheSimulatorAnswers_AndOneWhenNot()
    {
        Assert.Equal(0, await Verbs.RunAsync(["health", "--url", factory.BaseAddress.ToString()]));
        Assert.Equal(1, await Verbs.RunAsync(["health", "--url", "http://127.0.0.1:1"]));
    }

    [Fact]
    public async Task Bench_RunsAndPrintsFigures()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await Verbs.RunAsync(["bench", "--persons", "60", "--requests", "20", "--concurrency", "2"]));
        }
        finally
        {
            Console.SetOut(previous);
            TestTemp.Remove(Path.Combine(Path.GetTempPath(), "cbss-sim-bench-" + Environment.ProcessId)); // the bench's own folder
        }

        Assert.Matches(@"sandbox reset: median [\d.]+ ms", output.ToString());
        Assert.Matches(@"RetrieveTIGroups\.retrieveTI \(DATA_FOUND\)\s+\d+ req/s", output.ToString());
    }

    [Fact]
    public async Task Generate_SaysEachPhase_SoALongRunIsNeverSilent()
    {
        var path = Path.Combine(TestTemp.Folder("verb-phases"), "r.db");
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await Verbs.RunAsync(["generate", "--seed", "3", "--persons", "40", "--out", path]));
        }
        finally
        {
            Console.SetOut(previous);
        }

        var text = output.ToString();
        Assert.Contains("… writing persons and addresses (", text, StringComparison.Ordinal);
        Assert.Contains("… careers (Dimona, DmfA), self-employment, unemployment (", text, StringComparison.Ordinal);
        Assert.Contains("… committing (", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WritesARegistryFile_AndUnknownVerbsAreRefused()
    {
        var path = Path.Combine(TestTemp.Folder("verb"), "r.db");
        Assert.Equal(0, await Verbs.RunAsync(["generate", "--seed", "3", "--persons", "50", "--out", path]));
        Assert.True(File.Exists(path));
        Assert.Equal(2, await Verbs.RunAsync(["generate", "--persons", "lots"]));
        Assert.Equal(2, await Verbs.RunAsync(["frobnicate"]));
    }
}
