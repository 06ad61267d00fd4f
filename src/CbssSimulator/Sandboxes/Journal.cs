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
    [property: System.Text.Json.Serialization.JsonIgnore] ReadOnlyMemory<byte> RequestBytes = default,
    [property: System.Text.Json.Serialization.JsonIgnore] ReadOnlyMemory<byte> ReplyBytes = default)
{
    /// <summary>The request body as received (its first <see cref="CallJournal.BodyLimit"/> bytes), decoded when read.</summary>
    public string? Request => RequestBytes.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(RequestBytes.Span);

    /// <summary>The reply body as sent (its first <see cref="CallJournal.BodyLimit"/> bytes), decoded when read.</summary>
    public string? Reply => ReplyBytes.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(ReplyBytes.Span);

    /// <summary>The wall time as a point in time, for the since/until filters.</summary>
    internal DateTimeOffset Wall => DateTimeOffset.Parse(WallTime, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A sandbox's request journal, bounded: past <see cref="Capacity"/> entries the oldest are dropped and counted, so a
/// long CI run never runs out of memory.
/// </summary>
public sealed class Journal(int capacity)
{
    private readonly ConcurrentQueue<JournalEntry> entries = new();
    private long sequence;
    private long dropped;

    public int Capacity { get; } = Math.Max(1, capacity);

    public long Dropped => Interlocked.Read(ref dropped);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JournalEntry entry)
    {
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
        Interlocked.Exchange(ref dropped, 0);
    }
}
