using CbssSimulator.Registry;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// One small registry generated once per test run and shared (decisions §27); each host gets its own copy so
/// integrations written by one test class never reach another.
/// </summary>
public static class TestRegistry
{
    public const int Seed = 42;
    public const int Persons = 1500;

    private static readonly Lazy<string> Template = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "cbss-sim-tests", Environment.ProcessId.ToString());
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "template.db");
        RegistryGenerator.Generate(new GenerationOptions(Seed, Persons), path);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    });

    public static string TemplatePath => Template.Value;

    /// <summary>A fresh copy of the shared registry.</summary>
    public static string Copy()
    {
        var path = Path.Combine(Path.GetDirectoryName(TemplatePath)!, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(TemplatePath, path);
        return path;
    }

    /// <summary>Read access to the template, for picking test persons.</summary>
    public static PersonStore People { get; } = new(new RegistryDatabase(TemplatePath));
}
