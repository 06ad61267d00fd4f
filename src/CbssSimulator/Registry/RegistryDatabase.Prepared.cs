using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry;

/// <summary>
/// The hot reads of the request path (a person, its addresses, a caller, an SSIN's integrations) on connections kept
/// open with their statements prepared once, instead of a pooled open, a statement prepare and a finalize per query
/// (docs/decisions.md, "Prepared reads"). Writes and rare reads keep <see cref="Open"/>.
/// </summary>
public sealed partial class RegistryDatabase
{
    private readonly ConcurrentBag<ReadSession> idle = [];
    private int generation;

    /// <summary>Rows of <paramref name="sql"/> with one parameter, mapped by Dapper's row parser.</summary>
    public List<T> QueryPrepared<T>(string sql, string name, object value)
    {
        var session = Rent();
        try
        {
            return session.Query<T>(sql, name, value);
        }
        finally
        {
            Return(session);
        }
    }

    public T? QueryPreparedSingle<T>(string sql, string name, object value)
    {
        var rows = QueryPrepared<T>(sql, name, value);
        return rows.Count == 0 ? default : rows[0];
    }

    /// <summary>Closes the kept sessions (before a file is deleted or replaced); sessions in use close when returned.</summary>
    private void ClearSessions()
    {
        Interlocked.Increment(ref generation);
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private ReadSession Rent() => idle.TryTake(out var session) ? session : new ReadSession(Open(), Volatile.Read(ref generation));

    private void Return(ReadSession session)
    {
        if (session.Generation == Volatile.Read(ref generation) && idle.Count < 64)
        {
            idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }

    /// <summary>One open connection and the commands prepared on it, used by one request at a time.</summary>
    private sealed class ReadSession(SqliteConnection connection, int generation) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = [];

        public int Generation { get; } = generation;

        public List<T> Query<T>(string sql, string name, object value)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.AddWithValue(name, value);
                command.Prepare();
                commands[sql] = command;
            }
            else
            {
                command.Parameters[0].Value = value;
            }

            var rows = new List<T>();
            using var reader = command.ExecuteReader();
            if (typeof(T) == typeof(string))
            {
                while (reader.Read())
                {
                    rows.Add((T)(object)reader.GetString(0));
                }

                return rows;
            }

            var parse = reader.GetRowParser<T>();
            while (reader.Read())
            {
                rows.Add(parse(reader));
            }

            return rows;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }

            connection.Dispose();
        }
    }
}
