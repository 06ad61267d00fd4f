using CbssSimulator.Cli;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>The command line (System.CommandLine): help does no work, unknown options are errors (docs/decisions.md, "The command line").</summary>
[Collection(ConsoleCollection.Name)]
public class CommandLineTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => VerbRunner.Run(args);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("serve", "--help")]
    [InlineData("serve", "-h")]
    [InlineData("bench", "--help")]
    [InlineData("generate", "--help")]
    [InlineData("health", "--help")]
    [InlineData("scenario", "--help")]
    [InlineData("scenario", "validate", "--help")]
    [InlineData("scenario", "run", "--help")]
    public async Task Help_PrintsTheUsage_AndDoesNoWork(params string[] args)
    {
        var (code, output, _) = await Run(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.DoesNotContain("req/s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("bench", "--persons", "60", "--frobnicate", "1")]
    [InlineData("generate", "--size", "10")]
    [InlineData("scenario", "validate", "--strict", "x.yaml")]
    [InlineData("scenario", "run", "x.yaml", "--frobnicate")]
    [InlineData("health", "--port", "8080")]
    [InlineData("frobnicate")]
    [InlineData("bench", "--requests", "many")]
    public async Task UnknownOptionsAndMalformedValues_AreErrors_ExitTwo(params string[] args)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--help", error);
        Assert.DoesNotContain("req/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PassesConfigurationSwitchesToTheHost()
    {
        // A configuration switch is not an unknown option: it reaches the host, whose validation then refuses the value.
        var (code, _, error) = await Run("serve", "--persons", "20", "--db", Path.Combine(TestTemp.Folder("cl"), "r.db"),
            "--urls", "http://127.0.0.1:0", "--Soap:MaxBodyBytes=0", "--Log:MinimumLevel", "Warning");
        Assert.Equal(2, code);
        Assert.Contains("Soap:MaxBodyBytes", error);
    }
}
