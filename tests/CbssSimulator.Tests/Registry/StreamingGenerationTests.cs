using System.Security.Cryptography;
using System.Text;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>The generator writes a chunk of households at a time (docs/decisions.md, "Streaming generation").</summary>
public class StreamingGenerationTests
{
    [Fact]
    public void SmallChunks_WriteWhatOneChunkWrites_RowForRow()
    {
        var dir = TestTemp.Folder("chunks");
        var whole = RegistryGenerator.Generate(new GenerationOptions(5, 3_000), Path.Combine(dir, "whole.db"), chunk: int.MaxValue);
        var small = RegistryGenerator.Generate(new GenerationOptions(5, 3_000), Path.Combine(dir, "small.db"), chunk: 250);
        Assert.Equal(Dump(whole), Dump(small));
    }

    [Fact]
    public void AGenerationThatFails_LeavesNoFile()
    {
        var path = Path.Combine(TestTemp.Folder("failed-generation"), "r.db");
        var stop = new InvalidOperationException("stopped on purpose");
        var thrown = Assert.Throws<InvalidOperationException>(() => RegistryGenerator.Generate(new GenerationOptions(5, 500), path,
            phase: p => { if (p.StartsWith("careers", StringComparison.Ordinal)) { throw stop; } }));
        Assert.Same(stop, thrown);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + "-journal"));
    }

    [Fact]
    public void TheFile_IsLeftInRollbackJournalMode()
    {
        var db = RegistryGenerator.Generate(new GenerationOptions(5, 200), Path.Combine(TestTemp.Folder("journal-mode"), "r.db"));
        using var c = db.Open();
        Assert.Equal("delete", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Every table's rows in the order they were written, and the schema.</summary>
    private static string Dump(RegistryDatabase db)
    {
        using var c = db.Open();
        var sb = new StringBuilder();
        var tables = c.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").ToList();
        foreach (var (name, sql) in tables)
        {
            sb.Append(sql).Append('\n');
            if (sql.StartsWith("CREATE TABLE", StringComparison.Ordinal))
            {
                foreach (var row in c.Query($"SELECT rowid, * FROM \"{name}\" ORDER BY rowid"))
                {
                    sb.AppendJoin('|', ((IDictionary<string, object?>)row).Values).Append('\n');
                }
            }
        }

        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
