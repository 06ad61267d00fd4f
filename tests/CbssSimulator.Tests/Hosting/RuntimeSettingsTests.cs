using System.Text.Json;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>The runtime settings the simulator ships with (docs/decisions.md, "Workstation GC").</summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void TheSimulator_RunsWithTheWorkstationCollector()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "CbssSimulator.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(file));

        var server = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Server");

        Assert.False(server.GetBoolean());
    }
}
