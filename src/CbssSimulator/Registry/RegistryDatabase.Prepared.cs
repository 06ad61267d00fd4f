using System.Buffers.Binary;
using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using System.IO.MemoryMappedFiles;

namespace CbssSimulator.Registry;

/// <summary>
/// The hot reads of the request path (a person, its addresses, a caller, an SSIN's integrations) on connections kept
/// open with their statements prepared once, instead of a pooled open, a statement prepare and a finalize per query
/// (docs/decisions.md, "Prepared reads"). Their answers are kept in memory until the file changes: SQLite adds one
/// to the file change counter in the database header on every commit (rollback-journal mode, the registry's), so a
/// read answered from memory is one 4-byte read of the mapped header instead of a read transaction (docs/decisions.md,
/// "Read cache"). Writes and rare reads keep <see cref="Open"/>.
/// </summary>
public sealed partial class RegistryDatabase
{
    /// <summary>
    /// Most answers kept per database; past it the cache starts again empty. A test suite asks for tens or hundreds of
    /// persons; 10,000 answers are a few MB, whatever the size of the registry.
    /// </summary>
    private const int CacheLimit = 10_000;

    private readonly ConcurrentBag<ReadSession> idle = [];
    private readonly ConcurrentDictionary<(string Sql, object Value), Cached> cache = new();
    private int generation;
    private int cached;
    private Header? header;

    /// <summary>Rows of <paramref name="sql"/> with one parameter, mapped by Dapper's row parser; shared, never to be changed.</summary>
    public IReadOnlyList<T> QueryPrepared<T>(string sql, string name, object value)
    {
        long stamp = Stamp();
        if (stamp >= 0 && cache.TryGetValue((sql, value), out var hit) && hit.Stamp == stamp)
        {
            return (IReadOnlyList<T>)hit.Rows;
        }

        var session = Rent();
        List<T> rows;
        try
        {
            rows = session.Query<T>(sql, name, value);
        }
        finally
        {
            Return(session);
        }

        if (stamp >= 0)
        {
            Keep((sql, value), stamp, rows);
        }

        return rows;
    }

    /// <summary>Stamped with the counter read before the query: a commit in between makes the entry stale at once, never wrong.</summary>
    private void Keep((string, object) key, long stamp, object answer)
    {
        if (Interlocked.Increment(ref cached) > CacheLimit)
        {
            cache.Clear();
            Interlocked.Exchange(ref cached, 0);
        }

        cache[key] = new Cached(stamp, answer);
    }

    /// <summary>
    /// An answer derived from this database alone (no clock, no caller: <paramref name="key"/> names all it depends
    /// on), made once and kept under the same stamp as the rows. Shared: whoever receives it must not change it.
    /// </summary>
    public T Remember<T>(object key, Func<T> make)
        where T : class
    {
        long stamp = Stamp();
        if (stamp >= 0 && cache.TryGetValue((nameof(Remember), key), out var hit) && hit.Stamp == stamp && hit.Rows is T kept)
        {
            return kept;
        }

        var made = make();
        if (stamp >= 0)
        {
            Keep((nameof(Remember), key), stamp, made);
        }

        return made;
    }

    public T? QueryPreparedSingle<T>(string sql, string name, object value)
    {
        var rows = QueryPrepared<T>(sql, name, value);
        return rows.Count == 0 ? default : rows[0];
    }

    /// <summary>
    /// Closes the kept sessions and forgets the kept answers (before a file is deleted or replaced); sessions in use
    /// close when returned.
    /// </summary>
    private void ClearSessions()
    {
        Forget();
        Interlocked.Exchange(ref header, null)?.Dispose();
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>Forgets the kept answers; sessions of the old generation close when returned (the file was overwritten by a copy).</summary>
    private void Forget()
    {
        Interlocked.Increment(ref generation);
        cache.Clear();
    }

    /// <summary>
    /// This process's generation of the file (bumped when it is replaced) and SQLite's file change counter (bytes
    /// 24–27 of the header, big-endian), or -1 when they cannot be read (then nothing is kept).
    /// </summary>
    private long Stamp()
    {
        long local = Volatile.Read(ref generation);
        try
        {
            var view = Volatile.Read(ref header);
            if (view is null)
            {
                var opened = Header.Open(Path);
                view = Interlocked.CompareExchange(ref header, opened, null) ?? opened;
                if (!ReferenceEquals(view, opened))
                {
                    opened.Dispose();
                }
            }

            // In WAL mode (a file someone converted) commits leave the counter alone: nothing is kept then.
            if (view.Wal)
            {
                return -1;
            }

            uint counter = view.ChangeCounter;
            return local == Volatile.Read(ref generation) ? (local << 32) | counter : -1;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or ArgumentException)
        {
            return -1; // no file yet, an empty one, or one being replaced
        }
    }

    /// <summary>
    /// The first bytes of the database file, mapped read-only: the file shares the page cache SQLite writes through,
    /// so a commit is seen at once, and reading the counter is a memory read rather than a system call.
    /// </summary>
    private sealed class Header(MemoryMappedFile file, MemoryMappedViewAccessor view) : IDisposable
    {
        /// <summary>Byte 18, the file format write version: 2 in WAL mode, 1 in rollback-journal mode.</summary>
        public bool Wal => view.ReadByte(18) == 2;

        /// <summary>Bytes 24–27, big-endian in the file.</summary>
        public uint ChangeCounter
        {
            get
            {
                uint raw = view.ReadUInt32(24);
                return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(raw) : raw;
            }
        }

        public static Header Open(string path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            try
            {
                var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
                try
                {
                    return new Header(file, file.CreateViewAccessor(0, 28, MemoryMappedFileAccess.Read));
                }
                catch
                {
                    file.Dispose();
                    throw;
                }
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            view.Dispose();
            file.Dispose();
        }
    }

    private sealed record Cached(long Stamp, object Rows);

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
