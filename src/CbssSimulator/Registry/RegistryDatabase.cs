using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry;

/// <summary>The SQLite file that holds one registry: persons, addresses, CPAS and the integration repertory.</summary>
public sealed partial class RegistryDatabase(string path)
{
    /// <summary>Bumped whenever generation changes, so <c>serve</c> regenerates files made by another version.</summary>
    public const string GeneratorVersion = "13";

    public string Path { get; } = path;

    /// <summary>
    /// Built once. No per-open PRAGMA: each one is a statement prepared and run on every pooled open. Foreign keys are
    /// checked, as the bundled SQLite does by default (docs/decisions.md, "Prepared reads").
    /// </summary>
    private string ConnectionString => connectionString ??= new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    private string? connectionString;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // SQLite's own busy handler (a native call, no statement): writers wait for each other without the
        // client library's 150 ms retry sleeps.
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 5000);
        return connection;
    }

    private readonly Lock writing = new();

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction, one writer of this database at a time in this process
    /// (docs/decisions.md, "Writers take turns"): a writer waits for the one before it, woken when it commits, instead
    /// of SQLite's busy timeout, which sleeps up to 100 ms between tries while the file may already be free.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (writing)
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            var result = work(c, tx);
            tx.Commit();
            return result;
        }
    }

    /// <inheritdoc cref="Write{T}"/>
    public void Write(Action<SqliteConnection, SqliteTransaction> work) => Write((c, tx) =>
    {
        work(c, tx);
        return true;
    });

    /// <summary>
    /// Copies a database to a file no connection has opened yet (a sandbox's template or first copy, the default sandbox's
    /// start snapshot): the file itself, in the page cache a few milliseconds, when no journal beside the source says a
    /// write may be under way (the registry runs in rollback-journal mode); else <see cref="Copy"/>. Closes the source's
    /// pooled connections first, so none holds a lock during the copy (docs/decisions.md, "Sandbox copies").
    /// </summary>
    public static void CopyToNew(RegistryDatabase from, RegistryDatabase to)
    {
        to.ClearPool();
        DeleteFiles(to.Path);

        from.ClearPool();
        if (File.Exists(from.Path) && !File.Exists(from.Path + "-journal") && !File.Exists(from.Path + "-wal"))
        {
            File.Copy(from.Path, to.Path);
            return;
        }

        Copy(from, to);
    }

    /// <summary>
    /// Copies one database over another with SQLite's online backup API (safe while connections are pooled), without
    /// fsync (docs/decisions.md, "Sandbox copies"). <paramref name="disposable"/>: the target lives no longer than the
    /// process (a sandbox made through the admin API), so its rollback journal is kept in memory during the copy.
    /// </summary>
    public static void Copy(RegistryDatabase from, RegistryDatabase to, bool disposable = false)
    {
        using var source = from.Open();
        using var target = to.Open();
        using var pragma = target.CreateCommand();
        pragma.CommandText = disposable ? "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY" : "PRAGMA synchronous = OFF";
        pragma.ExecuteNonQuery();
        try
        {
            source.BackupDatabase(target);
        }
        finally
        {
            pragma.CommandText = disposable ? "PRAGMA synchronous = FULL; PRAGMA journal_mode = DELETE" : "PRAGMA synchronous = FULL";
            pragma.ExecuteNonQuery(); // the pooled connection goes back as it came
            to.Forget(); // the target's kept answers and sessions are of the file before the copy
        }
    }

    /// <summary>Deletes a database file and the files SQLite may keep beside it (journal, WAL, shared memory).</summary>
    public static void DeleteFiles(string path)
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>Closes the pooled connections to this file (before deleting it).</summary>
    public void ClearPool()
    {
        ClearSessions();
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public IReadOnlyDictionary<string, string> ReadMeta()
    {
        using var c = Open();
        bool exists = c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'Meta'") > 0;
        return exists
            ? c.Query<(string Key, string Value)>("SELECT Key, Value FROM Meta").ToDictionary(r => r.Key, r => r.Value)
            : new Dictionary<string, string>();
    }

    public const string Schema = """
        CREATE TABLE Meta (Key TEXT PRIMARY KEY, Value TEXT NOT NULL);
        CREATE TABLE Cpas (Cbe TEXT PRIMARY KEY, Name TEXT NOT NULL, NisCode INTEGER, Region TEXT NOT NULL, Origin TEXT NOT NULL);
        CREATE TABLE Person (
            Ssin TEXT PRIMARY KEY, Register TEXT NOT NULL, LastName TEXT NOT NULL, FirstNames TEXT NOT NULL,
            LastKey TEXT NOT NULL, FirstKeys TEXT NOT NULL, BirthDate TEXT NOT NULL, Sex INTEGER NOT NULL,
            Nationality INTEGER NOT NULL, CivilState INTEGER NOT NULL, CivilStateSince TEXT, PartnerSsin TEXT,
            BirthPlaceNis INTEGER, BirthPlaceName TEXT NOT NULL, BirthCountry INTEGER NOT NULL, DeathDate TEXT,
            SisCard TEXT, EidCard TEXT, EidValidFrom TEXT, EidValidTo TEXT, HouseholdId INTEGER, FamilyRole TEXT,
            HouseholdSince TEXT, RegisteredSince TEXT NOT NULL);
        CREATE INDEX PersonPhonetic ON Person (LastKey, BirthDate, Sex, FirstKeys, Ssin, LastName, FirstNames);
        CREATE INDEX PersonHousehold ON Person (HouseholdId);
        CREATE TABLE Address (
            Ssin TEXT NOT NULL REFERENCES Person (Ssin), Seq INTEGER NOT NULL, FromDate TEXT NOT NULL, ToDate TEXT,
            PostalCode TEXT NOT NULL, NisCode INTEGER NOT NULL, Municipality TEXT NOT NULL, Language TEXT NOT NULL,
            StreetCode INTEGER NOT NULL, Street TEXT NOT NULL, HouseNumber TEXT NOT NULL, Box TEXT,
            PRIMARY KEY (Ssin, Seq));
        CREATE TABLE Integration (
            Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, Cbe TEXT NOT NULL, QualityCode INTEGER NOT NULL,
            StartDate TEXT NOT NULL, EndDate TEXT);
        CREATE INDEX IntegrationSsin ON Integration (Ssin, Cbe);
        CREATE TABLE SectorInscription (Ssin TEXT NOT NULL, Sector INTEGER NOT NULL, QualityCode INTEGER NOT NULL, StartDate TEXT NOT NULL, EndDate TEXT);
        CREATE INDEX SectorInscriptionSsin ON SectorInscription (Ssin);
        CREATE TABLE NameHistory (Ssin TEXT NOT NULL, LastName TEXT NOT NULL, FirstNames TEXT NOT NULL, FromDate TEXT NOT NULL, ToDate TEXT NOT NULL);
        CREATE INDEX NameHistorySsin ON NameHistory (Ssin);
        CREATE TABLE NationalityHistory (Ssin TEXT NOT NULL, Code INTEGER NOT NULL, FromDate TEXT NOT NULL, ToDate TEXT NOT NULL);
        CREATE INDEX NationalityHistorySsin ON NationalityHistory (Ssin);
        CREATE TABLE Replacement (OldSsin TEXT PRIMARY KEY, NewSsin TEXT NOT NULL, ReplacedOn TEXT NOT NULL, Cbe TEXT NOT NULL);
        """;
}
