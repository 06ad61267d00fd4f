using System.CommandLine;
using CbssSimulator.Hosting;
using CbssSimulator.Sandboxes;
using CbssSimulator.Scenarios;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>scenario validate FILE…</c> (exit 1 on any error) and <c>scenario run FILE [--for SECONDS] [--urls …]</c>: serve the
/// scenario on the root paths until Ctrl+C or the time is up, then print the journal and the verification (exit 1 when
/// an expectation is not met).
/// </summary>
public static class ScenarioVerbs
{
    /// <summary>The <c>scenario</c> verb and its two sub-verbs; <paramref name="hostOptions"/> are the options serve declares.</summary>
    internal static Command Command(Func<Option[]> hostOptions)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files (YAML, or JSON ending in .json), relative to the current folder.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(NoOptions);
        var validate = new Command("validate", "Check scenario files: exit 1 on any error, each with file:line: reason.") { files };
        validate.SetAction(p => Validate(p.GetValue(files)!));

        var file = new Argument<string>("FILE") { Description = "The scenario file, relative to the current folder." };
        file.Validators.Add(NoOptions);
        var seconds = new Option<int>("--for") { Description = "Stop after this many seconds (default: at Ctrl+C).", HelpName = "SECONDS" };
        var run = new Command("run", "Serve a scenario on the root paths, then print the journal and the verification (exit 1 if an expectation is not met). Other --Section:Key=value switches set configuration.")
        {
            file,
            seconds,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        foreach (var o in hostOptions().Where(o => o.Name != "--scenario"))
        {
            run.Options.Add(o);
        }

        run.SetAction((p, _) => Run(p.GetValue(file)!, p.GetValue(seconds), HostArguments(p, p.GetValue(file)!)));
        return new Command("scenario", "Check or run scenario files.") { validate, run };
    }

    /// <summary>A token that looks like an option is an unknown option, not a file name.</summary>
    private static void NoOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
        {
            result.AddError($"Unknown option '{token.Value}'.");
        }
    }

    /// <summary>The tokens after <c>scenario run</c>, without the file and <c>--for</c>: for the web host.</summary>
    private static string[] HostArguments(ParseResult parse, string file)
    {
        var tokens = parse.Tokens.Select(t => t.Value).SkipWhile(t => t != "run").Skip(1).ToList();
        tokens.Remove(file);
        int at = tokens.FindIndex(t => t == "--for" || t.StartsWith("--for=", StringComparison.Ordinal));
        if (at >= 0)
        {
            tokens.RemoveRange(at, tokens[at] == "--for" && at + 1 < tokens.Count ? 2 : 1);
        }

        return [.. tokens];
    }

    private static int Validate(string[] files)
    {
        int failures = 0;
        foreach (var file in files)
        {
            try
            {
                var s = ScenarioLoader.Load(file);
                Console.WriteLine($"{file}: ok ({s.Name}: {s.Persons.Count} persons, {s.Integrations.Count} integrations, {s.Expectations.Count} expectations)");
            }
            catch (ScenarioException e)
            {
                failures++;
                foreach (var error in e.Errors)
                {
                    Console.Error.WriteLine(error);
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> Run(string file, int seconds, string[] rest)
    {
        var hostArgs = new List<string> { "--scenario", file };
        hostArgs.AddRange(rest);

        WebApplication app;
        try
        {
            app = SimulatorHost.Build([.. hostArgs]);
            await app.StartAsync();
        }
        catch (Exception e) when (Verbs.StartProblem(e) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        Console.WriteLine($"Serving scenario {file} on {string.Join(", ", app.Urls)}; " + (seconds > 0 ? $"stopping in {seconds} s." : "Ctrl+C to stop and verify."));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var wall = app.Services.GetRequiredService<TimeProvider>();
        try
        {
            await Task.Delay(seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan, wall, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            // stopped by Ctrl+C or SIGTERM
        }

        var sandbox = app.Services.GetRequiredService<SandboxRegistry>().Default;
        Console.WriteLine("Journal:");
        foreach (var e in sandbox.Journal.Entries)
        {
            Console.WriteLine($"  #{e.Sequence} {e.SimulatedTime} {e.Service}/{e.Operation} ssin={string.Join(",", e.Ssins)} cpas={e.Cpas} → {e.Outcome} {e.Code} ({e.DurationMs} ms)");
        }

        var verdict = Verification.Verify(sandbox.Scenario?.Expectations ?? [], sandbox.Journal, sandbox.Scenario?.Ids ?? new Dictionary<string, string>());
        Console.WriteLine("Verification:");
        foreach (var r in verdict.Results)
        {
            Console.WriteLine($"  {(r.Met ? "met    " : "NOT MET")} {r.Message}");
        }

        Console.WriteLine(verdict.Passed ? "PASSED" : "FAILED");
        await app.StopAsync();
        return verdict.Passed ? 0 : 1;
    }
}
