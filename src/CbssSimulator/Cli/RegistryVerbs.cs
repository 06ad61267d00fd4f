using System.CommandLine;
using CbssSimulator.Registry;
using CbssSimulator.Registry.Coherence;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>registry check FILE</c>: applies the coherence rules to a registry file; exit 1 when any rule is broken.
/// <c>registry personas</c>: prints docs/personas.md from the persona catalogue.
/// </summary>
public static class RegistryVerbs
{
    public static Command Command()
    {
        var file = new Argument<string>("FILE") { Description = "The registry file (relative to the current folder)." };
        var check = new Command("check", "Apply the coherence rules to a registry file (exit 1 when any rule is broken).") { file };
        check.SetAction(p => Check(p.GetValue(file)!));
        var personas = new Command("personas", "Print docs/personas.md from the persona catalogue.");
        personas.SetAction(_ =>
        {
            Console.Write(Registry.Personas.PersonaDocs.Markdown()); // docs/personas.md
            return 0;
        });
        return new Command("registry", "Check a registry file, or print the persona catalogue.") { check, personas };
    }

    private static int Check(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No registry file '{path}'.");
            return 2;
        }

        var results = CoherenceChecker.Run(new RegistryDatabase(path));
        foreach (var r in results)
        {
            Console.WriteLine(r.Violations == 0 ? $"ok    {r.Rule}" : $"FAIL  {r.Rule}: {r.Violations} — {r.Message} (e.g. {string.Join(", ", r.Examples)})");
        }

        int broken = results.Count(r => r.Violations > 0);
        Console.WriteLine($"{results.Count} rules, {broken} broken, {results.Sum(r => r.Violations)} violations.");
        return broken == 0 ? 0 : 1;
    }
}
