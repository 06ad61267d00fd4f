using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>The phonetic search ranks from its index alone (docs/decisions.md, "Phonetic search reads its index").</summary>
public class PhoneticIndexTests
{
    [Fact]
    public void TheCandidateQuery_IsAnsweredFromTheCoveringIndex()
    {
        using var c = new RegistryDatabase(TestRegistry.TemplatePath).Open();
        var plan = c.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + PersonStore.PhoneticSql,
            new { lastKey = "X", lower = "1970-00-00", upper = "1980-12-31" }).Select(r => r.Detail).ToList();
        Assert.Contains(plan, d => d.StartsWith("SEARCH Person USING COVERING INDEX PersonPhonetic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(false, 1)]
    public void TheRanking_IsTheOneOfTheFullRows(bool withFirstName, int? gender)
    {
        // The commonest last-name key of the test registry, its commonest birth year, and a first name one bearer has.
        using var c = new RegistryDatabase(TestRegistry.TemplatePath).Open();
        var (lastName, year, firstNames) = c.QueryFirst<(string, string, string)>("""
            SELECT LastName, substr(BirthDate, 1, 4) AS Year, FirstNames FROM Person
            WHERE LastKey = (SELECT LastKey FROM Person GROUP BY LastKey ORDER BY count(*) DESC LIMIT 1)
            GROUP BY Year ORDER BY count(*) DESC, Year LIMIT 1
            """);
        string? firstName = withFirstName ? firstNames.Split(' ')[0] : null;
        var birth = IncompleteDate.Parse(year + "-00-00");
        var (from, to) = birth.SearchWindow(10);
        var wanted = firstName is null ? null : Phonetic.FirstNameKeys(firstName);
        var expected = c.Query<PersonRow>("SELECT * FROM Person WHERE LastKey = @key", new { key = Phonetic.Key(lastName) })
            .Where(p => IncompleteDate.Parse(p.BirthDate) is var b && b.Latest >= from && b.Earliest <= to)
            .Where(p => wanted is null || p.FirstKeys.Split(' ').Any(wanted.Contains))
            .Where(p => gender is null || p.Sex == gender)
            .OrderByDescending(p => (Phonetic.Fold(p.LastName) == Phonetic.Fold(lastName) ? 2 : 0)
                + (firstName is not null && Phonetic.Fold(p.FirstNames).StartsWith(Phonetic.Fold(firstName), StringComparison.Ordinal) ? 1 : 0))
            .ThenBy(p => Math.Abs(IncompleteDate.Parse(p.BirthDate).Earliest.DayNumber - birth.Earliest.DayNumber))
            .ThenBy(p => p.Ssin, StringComparer.Ordinal)
            .Select(p => p.Ssin).ToList();

        var hits = PhoneticSearch.Find(TestRegistry.People, lastName, firstName, birth, 10, gender);

        Assert.True(expected.Count >= (gender is null && !withFirstName ? 10 : 1), $"only {expected.Count} candidates: the test needs a common name");
        Assert.Equal(expected, hits.Select(h => h.Ssin));
        Assert.Equal(expected.Take(5), PhoneticSearch.Rows(TestRegistry.People, hits.Take(5)).Select(p => p.Ssin));
    }
}
