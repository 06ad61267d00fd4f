using System.Collections.Concurrent;

namespace CbssSimulator.Sandboxes;

/// <summary>One journaled call (one per SSDN ServiceRequest, one per SOA call).</summary>
public sealed record JournalEntry(
    long Sequence,
    string SimulatedTime,
    string WallTime,
    string? Cpas,
    string Service,
    string Operation,
    IReadOnlyList<string> Ssins,
    IReadOnlyList<int> QualityCodes,
    string Outcome,
    string? Code,
    long DurationMs,
    string? Sandbox = null,
    int? HttpStatus = null,
    string? Refusal = null,
    [property: System.Text.Json.Serialization.JsonIgnore] JournalBodies? Bodies = null)
{
    /// <summary>The request body as received (its first <see cref="CallJournal.BodyLimit"/> bytes), decoded when read; null once the journal's body budget let it go.</summary>
    public string? Request => Bodies?.Request is { IsEmpty: false } b ? System.Text.Encoding.UTF8.GetString(b.Span) : null;

    /// <summary>The reply body as sent (its first <see cref="CallJournal.BodyLimit"/> bytes), decoded when read; null once the journal's body budget let it go.</summary>
    public string? Reply => Bodies?.Reply is { IsEmpty: false } b ? System.Text.Encoding.UTF8.GetString(b.Span) : null;

    /// <summary>The wall time as a point in time, for the since/until filters.</summary>
    internal DateTimeOffset Wall => DateTimeOffset.Parse(WallTime, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The request and reply bodies of a journaled call, kept until the journal's body budget needs their room.</summary>
public sealed class JournalBodies(ReadOnlyMemory<byte> request, ReadOnlyMemory<byte> reply)
{
    private ReadOnlyMemory<byte> request = request;
    private ReadOnlyMemory<byte> reply = reply;

    public int Size { get; } = request.Length + reply.Length;

    public ReadOnlyMemory<byte> Request => request;

    public ReadOnlyMemory<byte> Reply => reply;

    public void Drop()
    {
        request = default;
        reply = default;
    }
}

/// <summary>
/// A sandbox's request journal, bounded: past <see cref="Capacity"/> entries the oldest are dropped and counted, and
/// past <see cref="BodyBudget"/> bytes of bodies the oldest entries lose their bodies (docs/decisions.md, "The journal
/// keeps what a failing test needs"), so a long CI run never runs out of memory.
/// </summary>
public sealed class Journal(int capacity, long bodyBudget = Journal.DefaultBodyBudget)
{
    /// <summary>Bytes of request and reply bodies a sandbox's journal keeps: 32 MB.</summary>
    public const long DefaultBodyBudget = 32L * 1024 * 1024;

    private readonly ConcurrentQueue<JournalEntry> entries = new();
    private readonly ConcurrentQueue<JournalBodies> bodies = new();
    private long bodyBytes;
    private long sequence;
    private long dropped;

    public int Capacity { get; } = Math.Max(1, capacity);

    public long BodyBudget { get; } = Math.Max(0, bodyBudget);

    public long Dropped => Interlocked.Read(ref dropped);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JournalEntry entry)
    {
        if (entry.Bodies is { } kept)
        {
            bodies.Enqueue(kept);
            Interlocked.Add(ref bodyBytes, kept.Size);
            while (Interlocked.Read(ref bodyBytes) > BodyBudget && bodies.TryDequeue(out var oldest))
            {
                Interlocked.Add(ref bodyBytes, -oldest.Size);
                oldest.Drop();
            }
        }

        entries.Enqueue(entry);
        while (entries.Count > Capacity && entries.TryDequeue(out _))
        {
            Interlocked.Increment(ref dropped);
        }
    }

    public IReadOnlyList<JournalEntry> Entries => entries.ToArray();

    public void Clear()
    {
        entries.Clear();
        bodies.Clear();
        Interlocked.Exchange(ref bodyBytes, 0);
        Interlocked.Exchange(ref dropped, 0);
    }
}
