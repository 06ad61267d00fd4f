using CbssSimulator.Tests.Support;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CbssSimulator.Hosting;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>
/// The verbs as a user runs them: a separate process standing in a folder of its own, paths typed relative to it
/// (docs/decisions.md, "Paths are the user's").
/// </summary>
public class RelativePathTests
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "CbssSimulator.dll");

    /// <summary>Runs the simulator's executable with <paramref name="args"/> in <paramref name="folder"/>.</summary>
    internal static (int Code, string Out, string Err) Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish in 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    internal static string TempFolder()
    {
        var folder = TestTemp.Folder("cwd");
        Directory.CreateDirectory(Path.Combine(folder, "scenarios"));
        return folder;
    }

    [Fact]
    public void ValidateAndGenerate_ResolvePathsAgainstTheFolderTheUserStandsIn()
    {
        var folder = TempFolder();
        try
        {
            File.Copy(Path.Combine(ScenarioTests.Folder, "ris-couple.yaml"), Path.Combine(folder, "scenarios", "ris-couple.yaml"));
            var validate = Run(folder, "scenario", "validate", "scenarios/ris-couple.yaml");
            Assert.True(validate.Code == 0, validate.Out + validate.Err);
            Assert.Contains("scenarios/ris-couple.yaml: ok", validate.Out);

            var generate = Run(folder, "generate", "--seed", "5", "--persons", "20", "--out", "registry.db");
            Assert.True(generate.Code == 0, generate.Out + generate.Err);
            Assert.True(File.Exists(Path.Combine(folder, "registry.db")));

            var run = Run(folder, "scenario", "run", "scenarios/ris-couple.yaml", "--for", "1", "--urls", "http://127.0.0.1:0", "--Log:MinimumLevel=Warning");
            Assert.Contains("Verification:", run.Out);
            Assert.True(File.Exists(Path.Combine(folder, "data", "scenario-ris-couple.db")), "the scenario's registry lands in the working folder");
            Directory.Delete(Path.Combine(folder, "data"), recursive: true);

            var help = Run(folder, "serve", "--help");
            Assert.Equal(0, help.Code);
            Assert.False(Directory.Exists(Path.Combine(folder, "data")), "serve --help generates nothing");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Serve_WithABrokenScenario_SaysWhereAndExitsTwo_WithoutAStackTrace()
    {
        var folder = TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "scenarios", "bad.yaml"), "name: bad\nunknown: 1\n");
            var serve = Run(folder, "serve", "--scenario", "scenarios/bad.yaml", "--urls", "http://127.0.0.1:0");
            Assert.Equal(2, serve.Code);
            Assert.Contains("bad.yaml:", serve.Err);
            Assert.DoesNotContain("   at ", serve.Err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Serve_OnAPortInUse_SaysSoInOneLine_BeforeGeneratingTheRegistry_AndExitsTwo()
    {
        var folder = TempFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var serve = Run(folder, "serve", "--persons", "20", "--urls", $"http://127.0.0.1:{port}");
            Assert.Equal(2, serve.Code);
            Assert.Contains("Cannot listen", serve.Err);
            Assert.DoesNotContain("   at ", serve.Err, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "data", "registry.db")), "the port is checked before the registry is generated");
        }
        finally
        {
            taken.Stop();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheScenarioFolder_IsFoundUnderTheWorkingFolder_ElseBesideTheExecutable()
    {
        var folder = TempFolder();
        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(empty);
        try
        {
            Assert.Equal(Path.Combine(folder, "scenarios"), DefaultPaths.FindScenarioFolder(folder, empty));
            Assert.Equal(Path.Combine(folder, "scenarios"), DefaultPaths.FindScenarioFolder(empty, folder));
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "scenarios", "ris-couple.yaml")), "the scenarios are copied beside the executable");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
