using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>What a served connection checks (docs/decisions.md, "Prepared reads").</summary>
public class ConnectionSettingsTests
{
    [Fact]
    public void AServedConnection_ChecksForeignKeys_AsTheBundledSqliteDoes()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        try
        {
            using var c = db.Open();
            Assert.Equal(1L, c.ExecuteScalar<long>("PRAGMA foreign_keys"));

            var orphan = Assert.Throws<SqliteException>(() => c.Execute("""
                INSERT INTO Address VALUES ('00000000000', 1, '2020-01-01', NULL, '1000', 21004, 'Bruxelles', 'fr', 0, 'Rue', '1', NULL)
                """));
            Assert.Equal(19, orphan.SqliteErrorCode); // SQLITE_CONSTRAINT: an address needs its person
        }
        finally
        {
            db.ClearPool();
        }
    }
}
