using System.CommandLine;
using System.Globalization;
using CbssSimulator.Hosting;
using CbssSimulator.Registry;

namespace CbssSimulator.Cli;

/// <summary>
/// Command-line verbs: <c>serve</c> (default), <c>generate</c>, <c>scenario validate|run</c>, <c>health</c>, <c>bench</c>, <c>coverage</c>, <c>registry check|personas</c>, <c>certificates</c>.
/// <code>
/// dotnet run --project src/CbssSimulator                                   # serve on http://localhost:8080
/// dotnet run --project src/CbssSimulator -- generate --seed 42 --persons 10000 --out registry.db
/// dotnet run --project src/CbssSimulator -- serve --registry registry.db --urls http://0.0.0.0:8080
/// </code>
/// </summary>
public static class Verbs
{
    /// <summary>
    /// Parses <paramref name="args"/> (System.CommandLine) and runs the verb. <c>--help</c>/<c>-h</c> on any verb prints its
    /// help and does nothing else; an unknown verb or option, or a malformed value, prints what is wrong and exits 2
    /// (exit 1 stays "the check failed": an invalid scenario, an expectation not met, docs/decisions.md, "The command line".
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Commands(args);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }

            string verb = string.Join(' ', Path(parse.CommandResult));
            Console.Error.WriteLine($"Run '{(verb.Length > 0 ? verb + " " : "")}--help' for the usage.");
            return 2;
        }

        if (parse.Action is not System.CommandLine.Help.HelpAction && ConfigurationSwitchProblem(parse) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = Console.Out,
            Error = Console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // the web host handles Ctrl+C and SIGTERM itself
        });
    }

    private static IEnumerable<string> Path(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var r = result; r?.Parent is System.CommandLine.Parsing.CommandResult parent; r = parent)
        {
            names.Push(r.Command.Name);
        }

        return names;
    }

    /// <summary>
    /// serve and scenario run pass the tokens they do not declare to the web host, which reads configuration switches
    /// from them (<c>--Section:Key=value</c>, <c>--Section:Key value</c>, <c>--Key=value</c>); anything else is an
    /// unknown option.
    /// </summary>
    private static string? ConfigurationSwitchProblem(ParseResult parse)
    {
        var tokens = parse.UnmatchedTokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            bool isSwitch = (t.StartsWith("--", StringComparison.Ordinal) || t.StartsWith('/')) && t.Length > 2 && (t.Contains(':') || t.Contains('='));
            if (!isSwitch)
            {
                return t.StartsWith('-')
                    ? $"Unknown option '{t}'. Run '{parse.CommandResult.Command.Name} --help' for the options (configuration switches are written --Section:Key=value)."
                    : $"Unexpected argument or unknown verb '{t}'. Run '--help' for the verbs.";
            }

            if (!t.Contains('=') && i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                i++; // the switch's value
            }
        }

        return null;
    }

    private static RootCommand Commands(string[] args)
    {
        var root = new RootCommand("CBSS Simulator: a fake of the BCSS/KSZ SSDN connector and SOA services, with sandboxes, scenarios and an admin API. Without a verb: serve.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var hostOptions = HostOptions();
        foreach (var o in hostOptions)
        {
            root.Options.Add(o);
        }

        var rootTls = new TlsVerbs.ServeOptions();
        foreach (var o in rootTls.All)
        {
            root.Options.Add(o);
        }

        root.SetAction((p, _) => Serve(rootTls.HostArguments(args, p)));

        var serve = new Command("serve", "Serve the SOAP endpoints and the admin API (the default verb); generates the registry when missing; with --scenario, the root paths serve that scenario. Other --Section:Key=value switches set configuration.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var o in HostOptions())
        {
            serve.Options.Add(o);
        }

        var serveTls = new TlsVerbs.ServeOptions();
        foreach (var o in serveTls.All)
        {
            serve.Options.Add(o);
        }

        serve.SetAction((p, _) => Serve(serveTls.HostArguments(args[1..], p)));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(TlsVerbs.Command());

        root.Subcommands.Add(ScenarioVerbs.Command(HostOptions));

        root.Subcommands.Add(HealthVerb.Command());

        root.Subcommands.Add(Bench.Command());
        root.Subcommands.Add(RegistryVerbs.Command());

        var output = new Option<string>("--out") { Description = "The registry file to write (relative to the current folder).", DefaultValueFactory = _ => "registry.db", HelpName = "FILE" };
        var seed = new Option<int>("--seed") { Description = "The generator's seed: the same seed and size give the same content.", DefaultValueFactory = _ => 42 };
        var persons = new Option<int>("--persons") { Description = "How many persons (1 to 2,000,000).", DefaultValueFactory = _ => 10_000 };
        var reference = new Option<string?>("--reference-date") { Description = "Ages and dates are computed against this day (yyyy-MM-dd).", HelpName = "DATE" };
        var generate = new Command("generate", "Write a registry file.") { output, seed, persons, reference };
        generate.SetAction(p => Generate(p.GetValue(output)!, p.GetValue(seed), p.GetValue(persons), p.GetValue(reference)));
        root.Subcommands.Add(generate);

        var coverage = new Command("coverage", "Print the coverage table (docs/coverage.md) from the service catalogue.");
        coverage.SetAction(_ => Console.WriteLine(Catalogue.CoverageTable.Markdown()));
        root.Subcommands.Add(coverage);

        var help = new Command("help", "Print this help.");
        help.SetAction(_ => root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Out, Error = Console.Error }));
        root.Subcommands.Add(help);
        return root;
    }

    /// <summary>The options serve and scenario run declare; the web host reads them from the raw arguments.</summary>
    internal static Option[] HostOptions() =>
    [
        new Option<string>("--registry", "--db") { Description = "The registry file served (default data/registry.db under the current folder); generated when missing.", HelpName = "FILE" },
        new Option<int>("--seed") { Description = "Seed used when the registry must be generated (default 42)." },
        new Option<int>("--persons") { Description = "Size used when the registry must be generated (default 10,000)." },
        new Option<string>("--scenario") { Description = "Serve this scenario file on the root paths.", HelpName = "FILE" },
        new Option<string>("--urls") { Description = "Where to listen (default http://localhost:8080).", HelpName = "URLS" },
    ];

    private static async Task<int> Serve(string[] hostArgs)
    {
        if (PortInUse(hostArgs) is { } busy)
        {
            Console.Error.WriteLine(busy);
            return 2;
        }

        try
        {
            await SimulatorHost.Build(hostArgs).RunAsync();
        }
        catch (Exception e) when (StartProblem(e) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// A port of the listening URLs (--urls, else ASPNETCORE_URLS, else http://localhost:8080) that another process holds,
    /// found before the registry is generated (docs/decisions.md, "The console log"); null when each is free or cannot be told.
    /// </summary>
    internal static string? PortInUse(string[] hostArgs)
    {
        int at = Array.FindIndex(hostArgs, a => a.Equals("--urls", StringComparison.OrdinalIgnoreCase));
        string urls = at >= 0 && at + 1 < hostArgs.Length ? hostArgs[at + 1]
            : hostArgs.FirstOrDefault(a => a.StartsWith("--urls=", StringComparison.OrdinalIgnoreCase))?["--urls=".Length..]
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS")
            ?? (hostArgs.Contains("--Tls:Https=true", StringComparer.OrdinalIgnoreCase) ? Tls.TlsSetup.DefaultHttpsUrl : "http://localhost:8080");
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = System.Text.RegularExpressions.Regex.Match(url, @"^https?://(?<host>\[[^\]]+\]|[^:/]+):(?<port>\d+)");
            if (!m.Success || !int.TryParse(m.Groups["port"].Value, CultureInfo.InvariantCulture, out int port) || port == 0)
            {
                continue;
            }

            string host = m.Groups["host"].Value.Trim('[', ']');
            var address = host is "localhost" ? System.Net.IPAddress.Loopback
                : System.Net.IPAddress.TryParse(host, out var ip) ? ip : System.Net.IPAddress.Any;
            try
            {
                var probe = new System.Net.Sockets.TcpListener(address, port);
                probe.Start();
                probe.Stop();
            }
            catch (System.Net.Sockets.SocketException e) when (e.SocketErrorCode == System.Net.Sockets.SocketError.AddressAlreadyInUse)
            {
                return $"Cannot listen on {url}: port {port} is already in use. Choose another port with --urls http://localhost:PORT.";
            }
            catch (System.Net.Sockets.SocketException)
            {
                // not ours to judge (an address of another machine…): Kestrel will say
            }
        }

        return null;
    }

    /// <summary>
    /// Why the simulator could not start as asked, in lines a user can act on (no stack trace): settings that failed their
    /// validation, a scenario with errors (file:line: reason), a port already in use, a malformed number; null for any
    /// other exception (docs/decisions.md, "Paths are the user's").
    /// </summary>
    public static string? StartProblem(Exception e) => OptionsProblem(e) ?? e switch
    {
        Scenarios.ScenarioException s => "The scenario has errors:" + Environment.NewLine + string.Join(Environment.NewLine, s.Errors),
        Tls.TlsSetupException t => t.Message,
        IOException io when io.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
            || io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            $"Cannot listen: {io.Message} Choose another port with --urls http://localhost:PORT.",
        FormatException f => f.Message,
        _ => null,
    };

    /// <summary>The settings that failed their validation at start, one line each; null for any other exception.</summary>
    public static string? OptionsProblem(Exception e) => e switch
    {
        Microsoft.Extensions.Options.OptionsValidationException o => string.Join(Environment.NewLine, o.Failures),
        AggregateException a when a.InnerExceptions.All(i => i is Microsoft.Extensions.Options.OptionsValidationException) =>
            string.Join(Environment.NewLine, a.InnerExceptions.SelectMany(i => ((Microsoft.Extensions.Options.OptionsValidationException)i).Failures)),
        _ => null,
    };

    private static int Generate(string path, int seed, int persons, string? referenceDate)
    {
        try
        {
            var generation = new GenerationOptions(seed, persons,
                referenceDate is not null ? DateOnly.ParseExact(referenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
            if (generation.Persons is < 1 or > 2_000_000)
            {
                Console.Error.WriteLine("--persons must lie between 1 and 2,000,000.");
                return 2;
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var db = RegistryGenerator.Generate(generation, path, n => Console.WriteLine($"  … {n:N0} persons"),
                phase => Console.WriteLine($"  … {phase} ({started.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)"));
            long written = new PersonStore(db).Count();
            if (written != generation.Persons)
            {
                Console.WriteLine($"  ({written:N0}, not {generation.Persons:N0}: households are generated whole, so the last one may pass the size asked for.)");
            }

            Console.WriteLine($"Wrote {written} persons (seed {generation.Seed}, reference date {generation.Reference:yyyy-MM-dd}) to {System.IO.Path.GetFullPath(path)} in {started.ElapsedMilliseconds} ms.");
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"--reference-date: {e.Message} Write it yyyy-MM-dd.");
            return 2;
        }
    }
}
