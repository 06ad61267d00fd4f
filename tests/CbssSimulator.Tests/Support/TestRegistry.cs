using CbssSimulator.Registry;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// One small registry generated once per test run and shared (docs/decisions.md, "Tests share small registries"); each host gets its own copy so
/// integrations written by one test class never reach another. All of it lives in the run's <see cref="TestTemp"/> folder.
/// </summary>
public static class TestRegistry
{
    public const int Seed = 42;
    public const int Persons = 1500;

    private static readonly Lazy<string> Template = new(() =>
    {
        var path = Path.Combine(TestTemp.Root, "template.db");
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

/// <summary>Persons of the shared registry picked by what a test needs.</summary>
public static class People
{
    public const string Stefaan = "85073003328";

    public static CbssSimulator.Registry.PersonRow Where(string condition, int skip = 0)
    {
        using var c = new CbssSimulator.Registry.RegistryDatabase(TestRegistry.TemplatePath).Open();
        return Dapper.SqlMapper.QueryFirst<CbssSimulator.Registry.PersonRow>(c, $"SELECT * FROM Person WHERE {condition} ORDER BY Ssin LIMIT 1 OFFSET {skip}");
    }

    public static CbssSimulator.Registry.PersonRow Find(string ssin) => TestRegistry.People.Find(ssin)!;

    /// <summary>A living adult RN person with an identity card, the n-th such (tests use different ones so they do not share integrations).</summary>
    public static CbssSimulator.Registry.PersonRow Adult(int n) =>
        Where("Register = 'RN' AND DeathDate IS NULL AND EidCard IS NOT NULL AND BirthDate < '2000' AND BirthDate NOT LIKE '%-00%' AND Ssin <> '85073003328'", n);
}
