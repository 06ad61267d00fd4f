using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// The simulator in-process on its own copy of the test registry, with a fake wall clock fixed at
/// 2026-11-23 10:00 UTC (tests move the simulator date through the admin API, as vendors do).
/// </summary>
public class SimulatorFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public string RegistryPath { get; } = TestRegistry.Copy();

    /// <summary>Extra configuration for a test class (e.g. Soap:MaxBodyBytes, Soap:StrictCallers).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Registry:Path", RegistryPath);
        builder.UseSetting("Sandboxes:Folder", RegistryPath + ".sandboxes");
        builder.UseSetting("Log:MinimumLevel", "Warning");
        // The in-memory server binds no port, but serve checks its listening port before starting: port 0 keeps a
        // simulator or any program holding localhost:8080 on this machine from failing the test host's start.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    public SoapClient Soap() => new(CreateClient());

    /// <summary>The host stopped, its registry copy and sandbox files go (the run's temp folder goes at exit anyway).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        RemoveFiles();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        RemoveFiles();
    }

    private void RemoveFiles()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal", ".initial", ".sandboxes" })
        {
            TestTemp.Remove(RegistryPath + suffix);
        }
    }
}

/// <summary>A factory whose host listens on a real Kestrel port, for the WCF client.</summary>
public sealed class KestrelSimulatorFactory : SimulatorFactory
{
    public KestrelSimulatorFactory()
    {
        // UseKestrel() without a port and the port from "urls": UseKestrel(0) rewrites the server's addresses after
        // the app has started binding, a known race that fails a start now and then (dotnet/aspnetcore#67714).
        UseKestrel();
        StartServer();
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["urls"] = "http://127.0.0.1:0" };

    public Uri BaseAddress => ClientOptions.BaseAddress;
}
