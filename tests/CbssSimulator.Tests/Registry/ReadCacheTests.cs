using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>The kept answers of the hot reads never hide a write (docs/decisions.md, "Read cache").</summary>
public class ReadCacheTests
{
    [Fact]
    public void ARead_IsKept_UntilAnyConnectionCommits()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        var persons = new PersonStore(db);
        try
        {
            var first = persons.Find(People.Stefaan)!;
            Assert.Same(first, persons.Find(People.Stefaan)); // answered from memory

            // A writer that is not ours (another process would do the same): its commit changes the file's counter.
            using (var other = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
            {
                other.Open();
                using var update = other.CreateCommand();
                update.CommandText = "UPDATE Person SET LastName = 'Nieuwenhuys' WHERE Ssin = $ssin";
                update.Parameters.AddWithValue("$ssin", People.Stefaan);
                update.ExecuteNonQuery();
            }

            Assert.Equal("Nieuwenhuys", persons.Find(People.Stefaan)!.LastName);
            Assert.Equal(first.LastName, People.Find(People.Stefaan).LastName); // the template is untouched
        }
        finally
        {
            db.ClearPool();
        }
    }

    [Fact]
    public void ARememberedAnswer_IsMadeAgain_AfterACommit()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        int made = 0;
        string Make() => $"answer {++made}";
        try
        {
            Assert.Equal("answer 1", db.Remember(("Tx25", People.Stefaan), Make));
            Assert.Equal("answer 1", db.Remember(("Tx25", People.Stefaan), Make));
            Assert.Equal("answer 2", db.Remember(("Tx25", "another key"), Make));
            SetPerson(db, "FirstNames", "Pieter");

            Assert.Equal("answer 3", db.Remember(("Tx25", People.Stefaan), Make));
        }
        finally
        {
            db.ClearPool();
        }
    }

    [Fact]
    public void ACopyOverTheFile_IsSeen_AsAReset()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        var persons = new PersonStore(db);
        try
        {
            string original = persons.Find(People.Stefaan)!.LastName;
            SetPerson(db, "LastName", "Verhaegen");

            Assert.Equal("Verhaegen", persons.Find(People.Stefaan)!.LastName);
            RegistryDatabase.Copy(new RegistryDatabase(TestRegistry.TemplatePath), db, disposable: true);
            Assert.Equal(original, persons.Find(People.Stefaan)!.LastName);
        }
        finally
        {
            db.ClearPool();
        }
    }

    [Fact]
    public void AFileInWalMode_IsReadEachTime()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        var persons = new PersonStore(db);
        try
        {
            using (var c = db.Open())
            using (var wal = c.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                Assert.Equal("wal", wal.ExecuteScalar());
            }

            var first = persons.Find(People.Stefaan)!;
            Assert.NotSame(first, persons.Find(People.Stefaan)); // not kept: WAL commits leave the change counter alone
            SetPerson(db, "LastName", "Claes");

            Assert.Equal("Claes", persons.Find(People.Stefaan)!.LastName);
        }
        finally
        {
            db.ClearPool();
        }
    }

    [Fact]
    public void AMissingFile_IsNotAnError_AndNothingIsKept()
    {
        var path = Path.Combine(TestTemp.Folder("read-cache"), "absent.db");
        var db = new RegistryDatabase(path);
        // SQLite creates the file on open; the header does not exist until the schema is written, so nothing is kept.
        Assert.Empty(db.QueryPrepared<string>("SELECT name FROM sqlite_master WHERE name = @n", "@n", "Person"));
        using (var c = db.Open())
        {
            using var create = c.CreateCommand();
            create.CommandText = "CREATE TABLE Person (Ssin TEXT)";
            create.ExecuteNonQuery();
        }

        Assert.Single(db.QueryPrepared<string>("SELECT name FROM sqlite_master WHERE name = @n", "@n", "Person"));
        db.ClearPool();
    }

    /// <summary>Changes one column of Stefaan's row through a connection of the database's own pool, and commits.</summary>
    private static void SetPerson(RegistryDatabase db, string column, string value)
    {
        using var c = db.Open();
        using var update = c.CreateCommand();
        update.CommandText = $"UPDATE Person SET {column} = $value WHERE Ssin = $ssin";
        update.Parameters.AddWithValue("$value", value);
        update.Parameters.AddWithValue("$ssin", People.Stefaan);
        update.ExecuteNonQuery();
    }
}
