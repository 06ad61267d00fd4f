using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Sppis;
using CbssSimulator.Sources.Unemployment;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry;

/// <summary>What a registry is generated from; stored in its Meta table.</summary>
public sealed record GenerationOptions(int Seed = 42, int Persons = 10_000, DateOnly? ReferenceDate = null)
{
    /// <summary>
    /// Ages and dates are computed against this day, never against the clock (docs/decisions.md, "Generation does not
    /// read the clock").
    /// </summary>
    public DateOnly Reference => ReferenceDate ?? new DateOnly(2026, 1, 1);
}

/// <summary>Writes a registry file: the same options give the same content.</summary>
public static partial class RegistryGenerator
{
    /// <summary>
    /// SQLite's page cache on the generation's connection, in KiB, for the indexes written in random SSIN order. It
    /// counts in the generation's memory, and more bought little at a million persons (docs/decisions.md, "Streaming
    /// generation").
    /// </summary>
    private const int CacheKib = 128 * 1024;

    /// <param name="progress">Told every 25,000 persons built and written (long generations show progress).</param>
    /// <param name="phase">Told as each phase starts (writing persons, careers…), so a long generation is never silent.</param>
    public static RegistryDatabase Generate(GenerationOptions options, string path, Action<int>? progress = null, Action<string>? phase = null) =>
        Generate(options, path, Chunk, progress, phase);

    /// <param name="chunk">Persons built and written at a time; the content does not depend on it (tested).</param>
    internal static RegistryDatabase Generate(GenerationOptions options, string path, int chunk, Action<int>? progress = null, Action<string>? phase = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        SqliteConnection.ClearAllPools();
        RegistryDatabase.DeleteFiles(path);
        try
        {
            using var c = OpenForGeneration(path);
            Write(c, options, chunk, progress, phase);
            WriteMeta(c, options);
        }
        catch
        {
            RegistryDatabase.DeleteFiles(path); // a half-written file is never served
            throw;
        }

        return new RegistryDatabase(path);
    }

    private static void Write(SqliteConnection c, GenerationOptions options, int chunk, Action<int>? progress, Action<string>? phase)
    {
        c.Execute(RegistryDatabase.Schema);
        c.Execute(NationalRegisterFacts.Schema);
        c.Execute(Careers.Schema);
        c.Execute(SelfEmployedCareers.Schema);
        c.Execute(UnemploymentRights.Schema);
        c.Execute(SppisStore.Schema);
        c.Execute(AttestationStore.Schema);
        c.Execute(Notifications.NotificationStore.Schema);
        c.Execute(CpasOnline.CpasOnlineStore.Schema);
        foreach (var table in Hosting.ServiceModules.Tables)
        {
            c.Execute(table);
        }

        using var tx = c.BeginTransaction();
        using var inserts = new GenerationInserts(c);
        c.Execute("""
            INSERT INTO Cpas (Cbe, Name, NisCode, Region, Origin) VALUES (@Cbe, @Name, @NisCode, @Region, @Origin)
            """, CpasList(), tx);
        phase?.Invoke("writing persons and addresses");
        var population = WritePopulation(inserts, options, chunk, progress);
        phase?.Invoke("careers (Dimona, DmfA), self-employment, unemployment");
        WriteCareers(c, tx, inserts, population.Generated, options, chunk);
        Sources.Vesta.VestaGeneration.Generate(c, tx, population.Residents, CpasList(), options.Seed, options.Reference);
        if (population.Persons > 0)
        {
            Personas.PersonaSources.Write(c, tx, options.Reference);
        }

        phase?.Invoke("committing");
        tx.Commit();
    }

    /// <summary>
    /// The Meta rows, last and in a transaction of their own, with the settings the file is served with (rollback
    /// journal on disk, full sync): their commit syncs the whole file, so a file with Meta rows is a whole one, and a
    /// file whose generation stopped before has none and is generated again (docs/decisions.md, "Streaming generation").
    /// </summary>
    private static void WriteMeta(SqliteConnection c, GenerationOptions options)
    {
        c.Execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL");
        var meta = new Dictionary<string, string>
        {
            ["Seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["Persons"] = options.Persons.ToString(CultureInfo.InvariantCulture),
            ["ReferenceDate"] = options.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["GeneratorVersion"] = RegistryDatabase.GeneratorVersion,
        };
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO Meta (Key, Value) VALUES (@Key, @Value)", meta.Select(kv => new { kv.Key, kv.Value }), tx);
        tx.Commit();
    }

    /// <summary>
    /// The generation's own connection, never pooled (its settings and its page cache end with it): the file is new
    /// and is deleted if the generation fails, so the journal stays in memory and nothing is synced before the Meta
    /// rows (docs/decisions.md, "Streaming generation").
    /// </summary>
    private static SqliteConnection OpenForGeneration(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        c.Open();
        c.Execute($"PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{CacheKib}");
        return c;
    }

    /// <summary>One CPAS per municipality; Eupen's is 0212344876, the number seen in real BCSS replies.</summary>
    public static IEnumerable<CpasRow> CpasList() => Geography.Municipalities.Select((m, i) => new CpasRow
    {
        Cbe = m.NisCode == 63023 ? "0212344876" : Kbo.Create(2_070_000 + i * 13),
        Name = m.Language switch { "nl" => "OCMW " + m.Name, "de" => "ÖSHZ " + m.Name, _ => "CPAS de " + m.Name },
        NisCode = m.NisCode,
        Region = m.Region,
        Origin = "generated",
    });
}
