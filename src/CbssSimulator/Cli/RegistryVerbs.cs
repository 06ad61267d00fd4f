using CbssSimulator.Registry;
using CbssSimulator.Registry.Coherence;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>registry check FILE</c>: applies the coherence rules to a registry file; exit 1 when any rule is broken.
/// <c>registry personas</c>: prints docs/personas.md from the persona catalogue.
/// </summary>
public static class RegistryVerbs
{
    public static int Run(string[] args)
    {
        if (args is ["personas"])
        {
            Console.Write(Registry.Personas.PersonaDocs.Markdown()); // docs/personas.md
            return 0;
        }

        if (args.Length != 2 || args[0] != "check")
        {
            Console.Error.WriteLine("Usage: registry check FILE | registry personas");
            return 2;
        }

        if (!File.Exists(args[1]))
        {
            Console.Error.WriteLine($"No registry file '{args[1]}'.");
            return 2;
        }

        var results = CoherenceChecker.Run(new RegistryDatabase(args[1]));
        foreach (var r in results)
        {
            Console.WriteLine(r.Violations == 0 ? $"ok    {r.Rule}" : $"FAIL  {r.Rule}: {r.Violations} — {r.Message} (e.g. {string.Join(", ", r.Examples)})");
        }

        int broken = results.Count(r => r.Violations > 0);
        Console.WriteLine($"{results.Count} rules, {broken} broken, {results.Sum(r => r.Violations)} violations.");
        return broken == 0 ? 0 : 1;
    }
}
