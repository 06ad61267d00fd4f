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
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || args[0] is not ("validate" or "run"))
        {
            Console.Error.WriteLine(Verbs.Usage);
            return 2;
        }

        return args[0] == "validate" ? Validate(args[1..]) : await Run(args[1], args[2..]);
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

    private static async Task<int> Run(string file, string[] rest)
    {
        int seconds = 0;
        var hostArgs = new List<string> { "--scenario", file };
        for (int i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--for" && i + 1 < rest.Length && int.TryParse(rest[i + 1], out seconds))
            {
                i++;
            }
            else
            {
                hostArgs.Add(rest[i]);
            }
        }

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
