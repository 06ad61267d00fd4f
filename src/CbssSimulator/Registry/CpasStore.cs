using Dapper;

namespace CbssSimulator.Registry;

/// <summary>Why a caller was refused (docs/decisions.md, "Who is calling").</summary>
public enum CallerProblem
{
    None,
    Missing,
    BadChecksum,
    NotCpas,
    UnknownStrict,
}

/// <summary>The CPAS list: generated ones, and valid KBO numbers added when they first call (unless strict).</summary>
public sealed class CpasStore(RegistryDatabase db)
{
    public CpasRow? Find(string cbe)
    {
        const string sql = "SELECT * FROM Cpas WHERE Cbe = @cbe";
        return db.QueryPreparedSingle<CpasRow>(sql, "@cbe", cbe);
    }

    public IReadOnlyList<CpasRow> All()
    {
        const string sql = "SELECT * FROM Cpas ORDER BY Name";
        using var c = db.Open();
        return c.Query<CpasRow>(sql).ToList();
    }

    /// <summary>Resolves a caller's KBO number: refused when missing or with a bad checksum; added when unknown unless strict.</summary>
    public (CpasRow? Cpas, CallerProblem Problem) ResolveCaller(string? cbe, bool strict)
    {
        if (string.IsNullOrWhiteSpace(cbe))
        {
            return (null, CallerProblem.Missing);
        }

        cbe = cbe.Trim();
        if (cbe.Length == 9 && cbe.All(char.IsAsciiDigit))
        {
            cbe = "0" + cbe; // old 9-digit numbers get a leading 0
        }

        if (!Kbo.IsValid(cbe))
        {
            return (null, CallerProblem.BadChecksum);
        }

        if (Find(cbe) is { } known)
        {
            return (known, CallerProblem.None);
        }

        if (strict)
        {
            return (null, CallerProblem.UnknownStrict);
        }

        var added = new CpasRow { Cbe = cbe, Name = "CPAS " + Kbo.Format(cbe), NisCode = null, Region = "unknown", Origin = "caller" };
        const string sql = "INSERT OR IGNORE INTO Cpas (Cbe, Name, NisCode, Region, Origin) VALUES (@Cbe, @Name, @NisCode, @Region, @Origin)";
        using var c = db.Open();
        c.Execute(sql, added);
        return (added, CallerProblem.None);
    }
}
