using Dapper;
using CbssSimulator.Registry;

namespace CbssSimulator.Integrations;

/// <summary>One registration in the reference repertory (sector 17): a CPAS holds a NISS under a quality code for a period.</summary>
public sealed record Integration(long Id, string Ssin, string Cbe, int QualityCode, Period Period);

/// <summary>The integration repertory in the registry database (Dapper, one method per use).</summary>
public sealed class IntegrationStore(RegistryDatabase db)
{
    private sealed record Row(long Id, string Ssin, string Cbe, long QualityCode, string StartDate, string? EndDate);

    public IReadOnlyList<Integration> ForSsin(string ssin)
    {
        const string sql = "SELECT Id, Ssin, Cbe, QualityCode, StartDate, EndDate FROM Integration WHERE Ssin = @ssin ORDER BY StartDate, Cbe, QualityCode";
        return db.QueryPrepared<Row>(sql, "@ssin", ssin).Select(ToIntegration).ToList();
    }

    public IReadOnlyList<Integration> ForCaller(string ssin, string cbe) =>
        ForSsin(ssin).Where(i => i.Cbe == cbe).ToList();

    /// <summary>
    /// Registers a period, merging it with the same CPAS's overlapping or touching periods under that code
    /// (docs/decisions.md, "Registering merges, removing splits").
    /// </summary>
    public Period Register(string cbe, string ssin, int code, Period period) => db.Write((c, tx) =>
    {
        var same = Same(c, tx, cbe, ssin, code);
        var merged = period;
        bool grew = true;
        var absorbed = new List<Integration>();
        while (grew)
        {
            grew = false;
            foreach (var i in same.Except(absorbed).Where(i => i.Period.Touches(merged)).ToList())
            {
                merged = new Period(Min(merged.Start, i.Period.Start), merged.End is null || i.Period.End is null ? null : Max(merged.End.Value, i.Period.End.Value));
                absorbed.Add(i);
                grew = true;
            }
        }

        c.Execute("DELETE FROM Integration WHERE Id = @Id", absorbed.Select(i => new { i.Id }), tx);
        Insert(c, tx, cbe, ssin, code, merged);
        return merged;
    });

    /// <summary>Removes a period (end absent = to infinity) from the CPAS's periods under that code, shortening or splitting them.</summary>
    public int Unregister(string cbe, string ssin, int code, Period removed) => db.Write((c, tx) =>
    {
        int changed = 0;
        foreach (var i in Same(c, tx, cbe, ssin, code).Where(i => i.Period.Overlaps(removed)))
        {
            c.Execute("DELETE FROM Integration WHERE Id = @Id", new { i.Id }, tx);
            if (i.Period.Start < removed.Start)
            {
                Insert(c, tx, cbe, ssin, code, new Period(i.Period.Start, removed.Start.AddDays(-1)));
            }

            if (removed.End?.DayAfter() is { } after && (i.Period.End is null || i.Period.End >= after))
            {
                Insert(c, tx, cbe, ssin, code, new Period(after, i.Period.End));
            }

            changed++;
        }

        return changed;
    });

    private static List<Integration> Same(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, string cbe, string ssin, int code)
    {
        const string sql = """
            SELECT Id, Ssin, Cbe, QualityCode, StartDate, EndDate FROM Integration
            WHERE Ssin = @ssin AND Cbe = @cbe AND QualityCode = @code
            """;
        return c.Query<Row>(sql, new { ssin, cbe, code }, tx).Select(ToIntegration).ToList();
    }

    private static void Insert(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, string cbe, string ssin, int code, Period p)
    {
        const string sql = "INSERT INTO Integration (Ssin, Cbe, QualityCode, StartDate, EndDate) VALUES (@ssin, @cbe, @code, @start, @end)";
        c.Execute(sql, new { ssin, cbe, code, start = Iso(p.Start), end = p.End is { } e ? Iso(e) : null }, tx);
    }

    private static Integration ToIntegration(Row r) => new(r.Id, r.Ssin, r.Cbe, (int)r.QualityCode,
        new Period(IsoDate.Parse(r.StartDate), r.EndDate is null ? null : IsoDate.Parse(r.EndDate)));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
