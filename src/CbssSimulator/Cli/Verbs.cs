using System.Globalization;
using CbssSimulator.Hosting;
using CbssSimulator.Registry;

namespace CbssSimulator.Cli;

/// <summary>
/// Command-line verbs: <c>serve</c> (default) and <c>generate</c>.
/// <code>
/// dotnet run --project src/CbssSimulator                                   # serve on http://localhost:8080
/// dotnet run --project src/CbssSimulator -- generate --seed 42 --persons 10000 --out registry.db
/// dotnet run --project src/CbssSimulator -- serve --registry registry.db --urls http://0.0.0.0:8080
/// </code>
/// </summary>
public static class Verbs
{
    public static async Task<int> RunAsync(string[] args)
    {
        string verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        switch (verb)
        {
            case "serve":
                try
                {
                    await SimulatorHost.Build(rest).RunAsync();
                }
                catch (Exception e) when (StartProblem(e) is { } problem)
                {
                    Console.Error.WriteLine(problem);
                    return 2;
                }

                return 0;
            case "generate":
                return Generate(rest);
            case "scenario":
                return await ScenarioVerbs.RunAsync(rest);
            case "bench":
                return await Bench.RunAsync(rest);
            case "health":
                return await Health(rest);
            case "coverage":
                Console.WriteLine(Catalogue.CoverageTable.Markdown());
                return 0;
            case "help" or "--help" or "-h":
                Console.WriteLine(Usage);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown verb '{verb}'.\n{Usage}");
                return 2;
        }
    }

    public const string Usage = """
        CBSS Simulator
          serve     [--registry|--db data/registry.db] [--seed 42] [--persons 10000] [--scenario FILE] [--urls http://localhost:8080]
                    serve the SOAP endpoints and the admin API (the default verb); generates the registry when missing;
                    with --scenario, the root paths serve that scenario
          scenario validate FILE…               check scenario files (exit 1 on any error, each with file:line: reason)
          scenario run FILE [--for SECONDS]     serve a scenario, then print the journal and the verification (exit 1 if not met)
          health    [--url http://localhost:8080]   exit 0 when the simulator answers /health (for container health checks)
          bench     [--persons 10000] [--requests 2000] [--concurrency 8]   print sandbox reset times and requests per second
          generate  --out registry.db [--seed 42] [--persons 10000] [--reference-date 2026-01-01]
                    write a registry file: the same seed and size give the same content
          coverage  print the README's coverage table from the service catalogue
        """;

    /// <summary>
    /// Why the simulator could not start as asked, in lines a user can act on (no stack trace): settings that failed their
    /// validation, a scenario with errors (file:line: reason), a port already in use, a malformed number; null for any
    /// other exception (docs/decisions.md §V1).
    /// </summary>
    public static string? StartProblem(Exception e) => OptionsProblem(e) ?? e switch
    {
        Scenarios.ScenarioException s => "The scenario has errors:" + Environment.NewLine + string.Join(Environment.NewLine, s.Errors),
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

    private static async Task<int> Health(string[] args)
    {
        string url = args.Length >= 2 && args[0] == "--url" ? args[1] : "http://localhost:8080";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url.TrimEnd('/') + "/health");
            Console.WriteLine($"{url}/health: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{url}/health: {e.Message}");
            return 1;
        }
    }

    private static int Generate(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"Unexpected argument '{args[i]}'.\n{Usage}");
                return 2;
            }

            options[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 != 0)
        {
            Console.Error.WriteLine($"Option '{args[^1]}' has no value.\n{Usage}");
            return 2;
        }

        try
        {
            var generation = new GenerationOptions(
                int.Parse(options.GetValueOrDefault("seed", "42"), CultureInfo.InvariantCulture),
                int.Parse(options.GetValueOrDefault("persons", "10000"), CultureInfo.InvariantCulture),
                options.TryGetValue("reference-date", out var r) ? DateOnly.ParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
            if (generation.Persons is < 1 or > 2_000_000)
            {
                Console.Error.WriteLine("--persons must lie between 1 and 2,000,000.");
                return 2;
            }

            string path = options.GetValueOrDefault("out", "registry.db");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var db = RegistryGenerator.Generate(generation, path, n => Console.WriteLine($"  … {n:N0} persons"));
            Console.WriteLine($"Wrote {new PersonStore(db).Count()} persons (seed {generation.Seed}, reference date {generation.Reference:yyyy-MM-dd}) to {Path.GetFullPath(path)} in {started.ElapsedMilliseconds} ms.");
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return 2;
        }
    }
}
