using CbssSimulator.Cli;
using CbssSimulator.Registry;
using CbssSimulator.Registry.Coherence;
using CbssSimulator.Scenarios;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>
/// The coherence rules (docs/decisions.md, "Coherence rules as data") hold on every registry CI builds: two seeds at 10,000 persons, and every shipped
/// scenario's registry. 100,000 persons take about a minute to generate and check on a shared runner: that test runs
/// only with CBSS_LONG_TESTS=1.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class CoherenceTests
{
    private static string TempPath(string name) =>
        Path.Combine(TestTemp.Folder("coherence"), name);

    private static void AssertCoherent(RegistryDatabase db)
    {
        var broken = CoherenceChecker.Run(db).Where(r => r.Violations > 0).ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken.Select(r => $"{r.Rule}: {r.Violations} ({string.Join(", ", r.Examples)})")));
    }

    [Fact]
    public void Rules_AreAtLeastForty_WithUniqueNames_AndEachAMessage()
    {
        Assert.True(CoherenceRules.All.Count >= 40, $"{CoherenceRules.All.Count} rules");
        Assert.Equal(CoherenceRules.All.Count, CoherenceRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(CoherenceRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
        Assert.All(CoherenceRules.All, r => Assert.True(r.Sql is null != (r.Check is null), r.Name));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(42)]
    public void GeneratedRegistry_Of10000Persons_BreaksNoRule(int seed) =>
        AssertCoherent(RegistryGenerator.Generate(new GenerationOptions(seed, 10_000), TempPath("r.db")));

    [SkippableTheory]
    [InlineData(7)]
    [InlineData(11)]
    public void GeneratedRegistry_Of100000Persons_BreaksNoRule(int seed)
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("CBSS_LONG_TESTS") == "1", "set CBSS_LONG_TESTS=1 (about a minute each)");
        AssertCoherent(RegistryGenerator.Generate(new GenerationOptions(seed, 100_000), TempPath("r.db")));
    }

    public static TheoryData<string> Scenarios() => ScenarioTests.Shipped();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ShippedScenario_Registry_BreaksNoRule(string file)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(ScenarioTests.Folder, file));
        var db = RegistryGenerator.Generate(new GenerationOptions(scenario.Population?.Seed ?? 42, scenario.Population?.Persons ?? 0), TempPath("s.db"));
        ScenarioBuilder.Apply(scenario, db);
        AssertCoherent(db);
    }

    [Fact]
    public void Checker_FindsWhatTheIssueFound_OnABrokenRegistry()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        var head = People.Where("FamilyRole = '01' AND DeathDate IS NULL AND BirthDate < '1980' AND BirthDate NOT LIKE '%-00%' AND Ssin <> '85073003328'");
        var child = People.Where("FamilyRole = '03' AND BirthDate > '2012' AND BirthDate NOT LIKE '%-00%'");
        using (var c = db.Open())
        {
            c.Execute("UPDATE Person SET DeathDate = '2020-01-01', CivilState = 40, CivilStateSince = @since WHERE Ssin = @Ssin",
                new { head.Ssin, since = IncompleteDate.Parse(head.BirthDate).Earliest.AddYears(16).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            c.Execute("UPDATE Address SET FromDate = '2021-01-01' WHERE Ssin = @Ssin AND ToDate IS NULL", new { head.Ssin });
            c.Execute("INSERT INTO Employment (Ssin, EmployerCbe, WorkerType, StartDate, EndDate, WorkingTime, MonthlyWage) SELECT @Ssin, Cbe, 'STU', @start, @start, 100, 900 FROM Employer LIMIT 1",
                new { child.Ssin, start = IncompleteDate.Parse(child.BirthDate).Earliest.AddYears(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }

        var broken = CoherenceChecker.Run(db).Where(r => r.Violations > 0).ToDictionary(r => r.Rule);
        Assert.Contains(head.Ssin, broken["dead-leave-household"].Examples);
        Assert.Contains(head.Ssin, broken["no-move-after-death"].Examples);
        Assert.Contains(head.Ssin, broken["civil-state-at-18"].Examples);
        Assert.Contains(child.Ssin, broken["student-job-from-15"].Examples);
    }

    [Fact]
    public async Task RegistryCheckVerb_ExitsZeroOnACoherentRegistry_AndOneOnABrokenOne()
    {
        var previous = Console.Out;
        Console.SetOut(new StringWriter());
        try
        {
            var good = TestRegistry.Copy();
            Assert.Equal(0, await Verbs.RunAsync(["registry", "check", good]));
            using (var c = new RegistryDatabase(good).Open())
            {
                c.Execute("UPDATE Person SET PartnerSsin = Ssin WHERE Ssin = @Ssin", new { Ssin = People.Stefaan });
            }

            Assert.Equal(1, await Verbs.RunAsync(["registry", "check", good]));
            Assert.Equal(2, await Verbs.RunAsync(["registry", "check", good + ".missing"]));
        }
        finally
        {
            Console.SetOut(previous);
        }
    }
}
