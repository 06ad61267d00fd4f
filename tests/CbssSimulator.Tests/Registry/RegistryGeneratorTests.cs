using System.Security.Cryptography;
using System.Text;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CbssSimulator.Tests.Registry;

public class RegistryGeneratorTests
{
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static List<PersonRow> All()
    {
        using var c = Db.Open();
        return c.Query<PersonRow>("SELECT * FROM Person").ToList();
    }

    [Fact]
    public void SameSeedAndSize_GiveIdenticalContent()
    {
        var dir = TestTemp.Folder("determinism");
        var a = RegistryGenerator.Generate(new GenerationOptions(7, 400), Path.Combine(dir, "a.db"));
        var b = RegistryGenerator.Generate(new GenerationOptions(7, 400), Path.Combine(dir, "b.db"));
        var c = RegistryGenerator.Generate(new GenerationOptions(8, 400), Path.Combine(dir, "c.db"));
        Assert.Equal(Digest(a), Digest(b));
        Assert.NotEqual(Digest(a), Digest(c));
    }

    [Fact]
    public void EveryNumber_IsValid_AndItsParityIsTheSex()
    {
        foreach (var p in All())
        {
            Assert.Equal(SsinCheck.Valid, Ssin.Check(p.Ssin));
            Assert.Equal(Ssin.Sex(p.Ssin), p.Sex);
            Assert.Equal(IncompleteDate.Parse(p.BirthDate), Ssin.BirthDate(p.Ssin));
            Assert.Equal(p.Register == Registers.Bis, Ssin.Kind(p.Ssin) != SsinKind.Rn);
        }
    }

    [Fact]
    public void Population_HasTheSharesTheIssueAsksFor()
    {
        var all = All();
        double bis = all.Count(p => p.Register == Registers.Bis) / (double)all.Count;
        Assert.InRange(bis, 0.01, 0.06);
        Assert.Contains(all, p => p.Register == Registers.Waiting);
        Assert.Contains(all, p => !IncompleteDate.Parse(p.BirthDate).IsComplete);
        Assert.Contains(all, p => p.DeathDate is not null);
        Assert.Contains(all, p => IncompleteDate.Parse(p.BirthDate).Year >= 2000);
        Assert.Contains(all, p => p.Nationality != 150);
        Assert.Contains(all, p => p.LastName.Contains(' ')); // particles: De Smet, Van den Berghe…
        Assert.Contains(all, p => p.FirstNames.Contains('-')); // compound first names
        Assert.Contains(all, p => p.FirstNames.Any(ch => ch > 127)); // accents
    }

    [Fact]
    public void Households_HaveOneHead_AndShareOneAddress()
    {
        using var c = Db.Open();
        var rows = c.Query<(long HouseholdId, string FamilyRole, string PostalCode, string Street, string HouseNumber)>("""
            SELECT p.HouseholdId, p.FamilyRole, a.PostalCode, a.Street, a.HouseNumber FROM Person p
            JOIN Address a ON a.Ssin = p.Ssin AND a.ToDate IS NULL WHERE p.HouseholdId IS NOT NULL
            """).ToList(); // the dead leave their household (docs/decisions.md, "Coherence rules as data")
        foreach (var household in rows.GroupBy(r => r.HouseholdId))
        {
            Assert.Equal(1, household.Count(r => r.FamilyRole == "01"));
            Assert.Single(household.Select(r => (r.PostalCode, r.Street, r.HouseNumber)).Distinct());
        }
    }

    [Fact]
    public void EveryMunicipality_HasOneCpas_WithAValidKbo_AndEupenIsTheRealNumber()
    {
        var cpas = new CpasStore(Db).All();
        Assert.Equal(Geography.Municipalities.Count, cpas.Count);
        Assert.All(cpas, c => Assert.True(Kbo.IsValid(c.Cbe), c.Cbe));
        Assert.Equal(cpas.Count, cpas.Select(c => c.Cbe).Distinct().Count());
        Assert.Equal(63023, new CpasStore(Db).Find("0212344876")!.NisCode);
        Assert.Equal(["Brussels", "Flanders", "German-speaking", "Wallonia"], cpas.Select(c => c.Region).Distinct().Order().ToArray());
    }

    [Fact]
    public void Anchors_AreInEveryRegistry()
    {
        var people = new PersonStore(Db);
        var stefaan = people.Find("85073003328")!;
        Assert.Equal(("De Wachter", "1985-07-30"), (stefaan.LastName, stefaan.BirthDate));
        Assert.Equal("63023", people.CurrentAddress("85073003328")!.NisCode.ToString());
    }

    private static string Digest(RegistryDatabase db)
    {
        using var c = db.Open();
        var sb = new StringBuilder();
        foreach (var table in new[] { "Meta", "Cpas", "Person", "Address", "Employer", "Employment", "SelfEmployment", "Unemployment" })
        {
            foreach (var row in c.Query($"SELECT * FROM {table} ORDER BY 1, 2"))
            {
                sb.AppendJoin('|', ((IDictionary<string, object?>)row).Values).Append('\n');
            }
        }

        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
