using CbssSimulator.Hosting;
using CbssSimulator.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>What the host does at start (docs/decisions.md, "Cold start").</summary>
public class ColdStartTests
{
    [Fact]
    public async Task TheConfigurationFiles_AreReadOnce_NotWatched()
    {
        var registry = TestRegistry.Copy();
        await using var app = SimulatorHost.Build(["--db", registry, "--Sandboxes:Folder=" + registry + ".sandboxes", "--urls", "http://127.0.0.1:0"]);
        var files = ((IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>()).Providers
            .OfType<FileConfigurationProvider>().Select(p => p.Source).ToList();

        Assert.Contains(files, s => s.Path == "appsettings.json"); // still read from the current folder
        Assert.All(files, s => Assert.False(s.ReloadOnChange, $"{s.Path} is watched"));
    }
}
