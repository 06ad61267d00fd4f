using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.Vesta;

/// <summary>The kinds of record the Vesta world holds (one table, <see cref="VestaWorld.Schema"/>).</summary>
public static class VestaKinds
{
    public const string Employment = "employment";
    public const string CareStatus = "careStatus";
    public const string Dossier = "dossier";
    public const string Profile = "profile";
    public const string Contribution = "contribution";
    public const string ActivePeriod = "activePeriod";
    public const string HelpPeriod = "helpPeriod";
    public const string Performance = "performance";
}

/// <summary>A home-care service (dienst voor gezinszorg): the employer of collaborators and the holder of clients' dossiers.</summary>
public sealed record HomeCareService(string Cbe, string Name, string Cpas, long NisCode);

/// <summary>
/// One record of the Vesta world, kept by the CPAS whose home-care service wrote it. By kind: an employment
/// (Ssin = collaborator, Value = function, Extra = licence number / inschrijvingsnummer), a care status (collaborator,
/// Value), a dossier (Ssin = client, Value = help type, Extra = municipality NIS code, Start = valid from), a profile or a
/// contribution (dossier, Value), an active or help period (dossier, Start..End; a help period's Value = help type),
/// a performance (dossier, Ssin = collaborator, Start = date, Value = hours, Extra = "HH:MM-HH:MM" when timed).
/// PreviousEnd keeps the end a close replaced, for the Undo services.
/// </summary>
public sealed record VestaRecord(long Id, string Cpas, string Kind, string? Ssin, string? DossierNumber, string? HomeCareService, string? Value,
    string? Extra, string StartDate, string? EndDate, string? PreviousEnd);

/// <summary>
/// The Vesta world as an authentic source (the Flemish agency's system, as the home-care services of Flemish CPAS
/// feed it): read by the consult services, changed by the Add/Correct/Create/Cancel/End/UndoEnd services, per
/// sandbox in the registry database. Cancelled and deleted records are removed.
/// </summary>
public sealed class VestaWorld(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE VestaHomeCareService (Cbe TEXT PRIMARY KEY, Name TEXT NOT NULL, Cpas TEXT NOT NULL, NisCode INTEGER NOT NULL);
        CREATE INDEX VestaHomeCareServiceCpas ON VestaHomeCareService (Cpas);
        CREATE TABLE VestaRecord (
            Id INTEGER PRIMARY KEY, Cpas TEXT NOT NULL, Kind TEXT NOT NULL, Ssin TEXT, DossierNumber TEXT, HomeCareService TEXT,
            Value TEXT, Extra TEXT, StartDate TEXT NOT NULL, EndDate TEXT, PreviousEnd TEXT);
        CREATE INDEX VestaRecordSsin ON VestaRecord (Ssin, Kind);
        CREATE INDEX VestaRecordDossier ON VestaRecord (DossierNumber, Kind);
        """;

    private const string Columns = "Id, Cpas, Kind, Ssin, DossierNumber, HomeCareService, Value, Extra, StartDate, EndDate, PreviousEnd";

    public IReadOnlyList<HomeCareService> HomeCareServices(string cpas)
    {
        using var c = db.Open();
        return c.Query<HomeCareService>("SELECT Cbe, Name, Cpas, NisCode FROM VestaHomeCareService WHERE Cpas = @cpas ORDER BY Cbe", new { cpas }).ToList();
    }

    public HomeCareService? HomeCareServiceOf(string cbe)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<HomeCareService>("SELECT Cbe, Name, Cpas, NisCode FROM VestaHomeCareService WHERE Cbe = @cbe", new { cbe });
    }

    /// <summary>The caller's own home-care service: the one generated for it, or one added for a CPAS that has none yet.</summary>
    public HomeCareService OwnHomeCareService(CpasRow cpas)
    {
        if (HomeCareServices(cpas.Cbe).FirstOrDefault() is { } own)
        {
            return own;
        }

        var added = new HomeCareService(cpas.Cbe, "Dienst gezinszorg " + cpas.Name, cpas.Cbe, cpas.NisCode ?? 0);
        AddHomeCareService(added);
        return added;
    }

    public void AddHomeCareService(HomeCareService service)
    {
        using var c = db.Open();
        c.Execute("INSERT OR IGNORE INTO VestaHomeCareService (Cbe, Name, Cpas, NisCode) VALUES (@Cbe, @Name, @Cpas, @NisCode)", service);
    }

    /// <summary>The caller's records of a kind about a person (client or collaborator), oldest first.</summary>
    public IReadOnlyList<VestaRecord> BySsin(string cpas, string kind, string ssin)
    {
        using var c = db.Open();
        return c.Query<VestaRecord>($"SELECT {Columns} FROM VestaRecord WHERE Ssin = @ssin AND Kind = @kind AND Cpas = @cpas ORDER BY StartDate, Id",
            new { ssin, kind, cpas }).ToList();
    }

    /// <summary>The caller's records of a kind in a dossier, oldest first.</summary>
    public IReadOnlyList<VestaRecord> ByDossier(string cpas, string kind, string dossierNumber)
    {
        using var c = db.Open();
        return c.Query<VestaRecord>($"SELECT {Columns} FROM VestaRecord WHERE DossierNumber = @dossierNumber AND Kind = @kind AND Cpas = @cpas ORDER BY StartDate, Id",
            new { dossierNumber, kind, cpas }).ToList();
    }

    /// <summary>Every performance the caller's home-care service recorded.</summary>
    public IReadOnlyList<VestaRecord> AllPerformances(string cpas)
    {
        using var c = db.Open();
        return c.Query<VestaRecord>($"SELECT {Columns} FROM VestaRecord WHERE Kind = 'performance' AND Cpas = @cpas ORDER BY StartDate, Id", new { cpas }).ToList();
    }

    /// <summary>Every record about a person, whoever keeps it (the admin API's person view).</summary>
    public IReadOnlyList<VestaRecord> AboutPerson(string ssin)
    {
        using var c = db.Open();
        return c.Query<VestaRecord>($"""
            SELECT {Columns} FROM VestaRecord WHERE Ssin = @ssin
              OR DossierNumber IN (SELECT DossierNumber FROM VestaRecord WHERE Kind = 'dossier' AND Ssin = @ssin)
            ORDER BY DossierNumber, Kind, StartDate, Id
            """, new { ssin }).ToList();
    }

    public VestaRecord Add(VestaRecord record)
    {
        using var c = db.Open();
        long id = c.ExecuteScalar<long>($"""
            INSERT INTO VestaRecord (Cpas, Kind, Ssin, DossierNumber, HomeCareService, Value, Extra, StartDate, EndDate, PreviousEnd)
            VALUES (@Cpas, @Kind, @Ssin, @DossierNumber, @HomeCareService, @Value, @Extra, @StartDate, @EndDate, @PreviousEnd);
            SELECT last_insert_rowid();
            """, record);
        return record with { Id = id };
    }

    public void Update(VestaRecord record)
    {
        using var c = db.Open();
        c.Execute("""
            UPDATE VestaRecord SET Ssin = @Ssin, HomeCareService = @HomeCareService, Value = @Value, Extra = @Extra, StartDate = @StartDate,
              EndDate = @EndDate, PreviousEnd = @PreviousEnd WHERE Id = @Id
            """, record);
    }

    public void Remove(long id)
    {
        using var c = db.Open();
        c.Execute("DELETE FROM VestaRecord WHERE Id = @id", new { id });
    }

    /// <summary>The next dossier number of a CPAS's home-care service: "VD" and eight digits.</summary>
    public string NextDossierNumber()
    {
        using var c = db.Open();
        long n = c.ExecuteScalar<long>("SELECT COUNT(*) FROM VestaRecord WHERE Kind = 'dossier'") + 1;
        while (c.ExecuteScalar<long>("SELECT COUNT(*) FROM VestaRecord WHERE Kind = 'dossier' AND DossierNumber = @d", new { d = DossierNumber(n) }) > 0)
        {
            n++;
        }

        return DossierNumber(n);
    }

    public static string DossierNumber(long n) => "VD" + n.ToString("00000000", CultureInfo.InvariantCulture);

    /// <summary>A collaborator's licence number (inschrijvingsnummer) as the agency gives it: "VG" and seven digits from the SSIN.</summary>
    public static string LicenceNumberFor(string ssin) => "VG" + (StableHash.Of("licence" + ssin) % 10_000_000).ToString("0000000", CultureInfo.InvariantCulture);
}
