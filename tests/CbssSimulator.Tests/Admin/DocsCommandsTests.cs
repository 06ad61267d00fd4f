using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>
/// Every command the README and docs/ give in a shell block runs as written, from a folder laid out like the
/// repository root (its <c>scenarios/</c>), in the order the page gives it: <c>dotnet run --project src/CbssSimulator
/// [-c Release] [--no-build] --</c> becomes the built executable, the port 8080 a free one, and a command that serves
/// is started, seen answering <c>/health</c>, then stopped. The one exception (the full benchmark) says why.
/// </summary>
public partial class DocsCommandsTests
{
    /// <summary>Verbs not walked here, with the reason and the test that runs them instead.</summary>
    private static readonly Dictionary<string, string> VerbsNotWalked = new(StringComparer.Ordinal)
    {
        ["bench"] = "the full benchmark takes minutes; VerbTests.Bench_RunsAndPrintsFigures runs the verb with small numbers",
    };

    /// <summary>Files a command names that only the user has, with the reason.</summary>
    private static readonly Dictionary<string, string> UsersOwnFiles = new(StringComparer.Ordinal)
    {
        ["my/server.pfx"] = "the user's own certificate files; Tls/TlsTests serves with files made like them",
    };

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "CbssSimulator.dll");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var (page, _) in CommandsByPage())
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryCommandOfThePage_RunsAsWritten(string page)
    {
        var commands = CommandsByPage().Single(p => p.Page == page).Commands;
        var folder = RelativePathTests.TempFolder();
        foreach (var f in Directory.GetFiles(ScenarioTests.Folder))
        {
            File.Copy(f, Path.Combine(folder, "scenarios", Path.GetFileName(f)));
        }

        int port = FreePort();
        Process? background = null;
        try
        {
            foreach (var written in commands)
            {
                var args = Arguments(written);
                if ((args.Count > 0 && VerbsNotWalked.ContainsKey(args[0])) || UsersOwnFiles.Keys.Any(f => written.Contains(f, StringComparison.Ordinal)))
                {
                    continue;
                }

                bool https = args.Contains("--https");
                int other = FreePort();
                string line = Executable().Replace(written, "dotnet \"$CBSS_DLL\" ")
                    .Replace(https ? "8443" : "8080", port.ToString(CultureInfo.InvariantCulture))
                    .Replace(https ? "8080" : "8443", other.ToString(CultureInfo.InvariantCulture));
                if (https && !line.Contains("--urls", StringComparison.Ordinal))
                {
                    line += $" --urls https://127.0.0.1:{port}";
                }
                line = ForSeconds().Replace(line, "--for 1");
                if (Serves(args) && !args.Contains("run"))
                {
                    // a serving command stays up until the next one, so that the health check after it finds it
                    await Stop(background);
                    background = Start(folder, line.TrimEnd().TrimEnd('&'), port);
                    await UntilHealthy(port, background, written, https, https ? Path.Combine(folder, "certs", "cpas-0212344876.pfx") : null);
                    continue;
                }

                var (code, output) = await Shell(folder, line, Serves(args) ? FreePort() : port);
                if (Serves(args))
                {
                    // scenario run: it served, then printed the verification; exit 1 says expectations were not met (no client called)
                    Assert.True(code is 0 or 1 && output.Contains("Verification:", StringComparison.Ordinal), $"{page}: '{written}' exited {code}:\n{output}");
                    continue;
                }

                Assert.True(code == 0, $"{page}: '{written}' exited {code}:\n{output}");
            }
        }
        finally
        {
            await Stop(background);
            TestTemp.Remove(folder);
        }
    }

    private static async Task Stop(Process? server)
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
    }

    [Fact]
    public void TheReadme_GivesCommandsThatAreWalked() =>
        Assert.Contains(CommandsByPage(), p => p.Page == "README.md" && p.Commands.Count >= 8);

    /// <summary>The shell commands of each page that run the simulator, in the page's order.</summary>
    private static List<(string Page, List<string> Commands)> CommandsByPage()
    {
        var root = Path.GetDirectoryName(RepoFiles.Solution)!;
        var pages = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        var result = new List<(string, List<string>)>();
        foreach (var path in pages)
        {
            var commands = new List<string>();
            foreach (Match block in ShellBlock().Matches(File.ReadAllText(path)))
            {
                commands.AddRange(block.Groups[1].Value.Split('\n')
                    .Select(l => l.Split(" # ")[0].Trim())
                    .Where(l => l.Contains("dotnet run --project src/CbssSimulator", StringComparison.Ordinal)));
            }

            if (commands.Count > 0)
            {
                result.Add((Path.GetRelativePath(root, path).Replace('\\', '/'), commands));
            }
        }

        return result;
    }

    /// <summary>The verb and options after <c>--</c> (none: the default verb, serve).</summary>
    private static List<string> Arguments(string command)
    {
        var m = Executable().Match(command);
        var rest = command[(m.Index + m.Length)..].Split(';')[0].TrimEnd('&', ' ');
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static bool Serves(List<string> args) =>
        !args.Contains("--help") && (args.Count == 0 || args[0] == "serve" || args[0].StartsWith("--", StringComparison.Ordinal)
                                      || (args.Count > 1 && args[0] == "scenario" && args[1] == "run"));

    private static Process Start(string folder, string line, int port)
    {
        if (!line.Contains("--urls", StringComparison.Ordinal) && !line.Contains(" run ", StringComparison.Ordinal))
        {
            line += $" --urls http://127.0.0.1:{port}";
        }

        var start = ShellStart(folder, line, port);
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task UntilHealthy(int port, Process server, string written, bool https = false, string? clientCertificate = null)
    {
        // a test certificate made by the page's own `certificates` command: trusted here as the user's curl --cacert would;
        // CPAS Eupen's client certificate, made by the same command, presented as a CPAS's software would
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        if (clientCertificate is not null && File.Exists(clientCertificate))
        {
            handler.ClientCertificates.Add(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(clientCertificate, ""));
        }

        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(server.HasExited, $"'{written}' stopped (exit {(server.HasExited ? server.ExitCode : 0)}) before it answered /health.");
            try
            {
                if ((await http.GetAsync($"{(https ? "https" : "http")}://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet: the process is still generating its registry or starting
            }

            await server.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMilliseconds(200)).Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        Assert.Fail($"'{written}' did not answer /health within 2 minutes.");
    }

    private static async Task<(int Code, string Output)> Shell(string folder, string line, int port)
    {
        using var process = Process.Start(ShellStart(folder, line, port))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo ShellStart(string folder, string line, int port)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        start.Environment["CBSS_DLL"] = Dll;
        start.Environment["Log__MinimumLevel"] = "Warning";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"```(?:sh|bash|shell)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"dotnet run --project src/CbssSimulator(?: -c Release)?(?: --no-build)?(?: --(?= |$))?\s*")]
    private static partial Regex Executable();

    [GeneratedRegex(@"--for \d+")]
    private static partial Regex ForSeconds();
}
