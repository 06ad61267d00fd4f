using CbssSimulator.Cli;
using CbssSimulator.Hosting;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>Options are validated at start: a bad value stops the host with a message naming its key.</summary>
[Collection(ConsoleCollection.Name)]
public class OptionsValidationTests
{
    private static string[] Args(params string[] bad)
    {
        var registry = TestRegistry.Copy();
        return ["--db", registry, "--Sandboxes:Folder=" + registry + ".sandboxes", "--urls", "http://127.0.0.1:0", "--Log:MinimumLevel=Warning", .. bad];
    }

    [Theory]
    [InlineData("--Soap:MaxBodyBytes=-1", "Soap:MaxBodyBytes")]
    [InlineData("--Soap:FaultTimeoutCapSeconds=0", "Soap:FaultTimeoutCapSeconds")]
    [InlineData("--Sandboxes:JournalCapacity=0", "Sandboxes:JournalCapacity")]
    [InlineData("--persons=-5", "Registry:Persons")]
    public async Task AnInvalidValue_StopsTheStart_NamingTheKey(string setting, string key)
    {
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var app = SimulatorHost.Build(Args(setting));
            await app.StartAsync();
            await app.StopAsync();
        });
        Assert.NotNull(failure);
        Assert.Contains(key, Verbs.OptionsProblem(failure));
    }

    [Fact]
    public async Task Serve_WithAnInvalidValue_PrintsTheKey_AndExitsTwo()
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            var serve = Verbs.RunAsync(["serve", .. Args("--Soap:MaxBodyBytes=0")]);
            Assert.True(await Task.WhenAny(serve, Task.Delay(TimeSpan.FromMinutes(1), TimeProvider.System)) == serve, "serve did not stop");
            Assert.Equal(2, await serve);
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Contains("Soap:MaxBodyBytes must be a positive number of bytes.", error.ToString());
    }
}
