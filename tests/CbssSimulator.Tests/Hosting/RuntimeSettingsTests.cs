using System.Text.Json;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>The runtime settings the simulator ships with (docs/decisions.md, "Workstation GC", "The first seconds").</summary>
public class RuntimeSettingsTests
{
    private static JsonElement Property(string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "CbssSimulator.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(name).Clone();
    }

    [Fact]
    public void TheSimulator_RunsWithTheWorkstationCollector() => Assert.False(Property("System.GC.Server").GetBoolean());

    [Fact]
    public void HotCode_IsOptimisedWithoutWaiting() =>
        Assert.Equal("10", Property("System.Runtime.TieredCompilation.CallCountingDelayMs").ToString());
}
