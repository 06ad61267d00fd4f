using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CbssSimulator.Registry;

/// <summary>
/// One INSERT of the generation, prepared once on its connection and run for each row with its values bound by
/// position: no parameter objects and no lookup of parameter names per row, as Dapper and the client library do
/// (docs/decisions.md, "Streaming generation"). Values are stored as the client library stores them: text, integers
/// (booleans as 0 and 1), reals, nulls.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;
    private byte[] utf8 = new byte[256]; // a text's bytes, copied by SQLite as it is bound

    public BulkInsert(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
    }

    /// <summary>Inserts one row: <paramref name="values"/> in the order of the statement's <c>?</c>.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            int index = i + 1;
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string s => BindText(index, s),
                int n => raw.sqlite3_bind_int64(statement, index, n),
                long n => raw.sqlite3_bind_int64(statement, index, n),
                bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, index, d),
                var other => throw new ArgumentException($"No binding for a {other.GetType().Name}.", nameof(values)),
            });
        }

        int done = raw.sqlite3_step(statement);
        if (done != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(connection.Handle).utf8_to_string();
            raw.sqlite3_reset(statement);
            throw new SqliteException(message, done);
        }

        raw.sqlite3_reset(statement);
    }

    public void Dispose() => statement.Dispose();

    private int BindText(int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(statement, index, text); // an empty span would bind a null
        }

        if (Encoding.UTF8.GetMaxByteCount(text.Length) > utf8.Length)
        {
            utf8 = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        }

        int length = Encoding.UTF8.GetBytes(text, utf8);
        return raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, length));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }
}
