using System.Globalization;

namespace CbssSimulator.Sandboxes;

/// <summary>What a call journals, as the gate knows it (<see cref="CallJournal.Write"/>): instants, not their text.</summary>
internal readonly record struct JournalLine(long Sequence, DateTimeOffset Simulated, DateTimeOffset Wall, string? Cpas, string Service, string Operation,
    IReadOnlyList<string> Ssins, IReadOnlyList<int> QualityCodes, string Outcome, string? Code, long DurationMs, string? Sandbox, int? HttpStatus,
    string? Refusal, JournalBodyMark Bodies);

/// <summary>
/// A sandbox's request journal, bounded: past <see cref="Capacity"/> entries the oldest are dropped and counted, and
/// past <see cref="BodyBudget"/> bytes of bodies the oldest entries lose their bodies (docs/decisions.md, "The journal
/// keeps what a failing test needs"), so a long CI run never runs out of memory.
/// <para>
/// Entries are values in slots made once (docs/decisions.md, "A journal the collector does not walk"): a call's SSIN is
/// a number, its times are ticks, its texts are the kept ones of <see cref="KeptStrings"/> and its bodies lie in a
/// <see cref="JournalBodyRing"/>, so what a call allocated dies young. A writer claims the next slot (one atomic
/// increment) and marks it while it writes; a reader copies a slot and keeps the copy only if the mark did not move.
/// </para>
/// </summary>
public sealed partial class Journal
{
    /// <summary>Bytes of request and reply bodies a sandbox's journal keeps: 32 MB.</summary>
    public const long DefaultBodyBudget = 32L * 1024 * 1024;

    private const int SlotsPerChunk = 256;

    private readonly Slot[]?[] chunks;
    private readonly JournalBodyRing bodies;
    private long added;   // slots ever claimed
    private long cleared; // slots claimed before the last Clear
    private long sequence;

    public Journal(int capacity, long bodyBudget = DefaultBodyBudget)
    {
        Capacity = Math.Max(1, capacity);
        bodies = new JournalBodyRing(bodyBudget);
        chunks = new Slot[]?[(Capacity + SlotsPerChunk - 1) / SlotsPerChunk];
    }

    public int Capacity { get; }

    public long BodyBudget => bodies.Budget;

    /// <summary>Entries dropped since the last clear because the capacity was reached.</summary>
    public long Dropped => Math.Max(0, Interlocked.Read(ref added) - Interlocked.Read(ref cleared) - Capacity);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    /// <summary>Copies a call's bodies into the journal, once for all the entries of the call.</summary>
    internal JournalBodyMark KeepBodies(ReadOnlySpan<byte> request, ReadOnlySpan<byte> reply) => bodies.Keep(request, reply);

    /// <summary>Journals an entry made elsewhere (a notification's delivery): its texts as given, its bodies copied in.</summary>
    public void Add(JournalEntry entry)
    {
        var mark = entry.Bodies is { } b ? bodies.Keep(b.Request.Span, b.Reply.Span) : JournalBodyMark.None;
        Write(new JournalLine(entry.Sequence, default, default, entry.Cpas, entry.Service, entry.Operation, entry.Ssins, entry.QualityCodes,
            entry.Outcome, entry.Code, entry.DurationMs, entry.Sandbox, entry.HttpStatus, entry.Refusal, mark), entry.SimulatedTime, entry.WallTime);
    }

    internal void Add(in JournalLine line) => Write(line, null, null);

    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            long end = Interlocked.Read(ref added);
            long first = Math.Max(Interlocked.Read(ref cleared), end - Capacity);
            var list = new List<JournalEntry>((int)Math.Max(0, end - first));
            for (long index = first; index < end; index++)
            {
                var (c, offset) = Place(index);
                if (Volatile.Read(ref chunks[c]) is not { } chunk)
                {
                    continue; // claimed, its writer not yet there
                }

                ref Slot slot = ref chunk[offset];
                if (Volatile.Read(ref slot.Index) != index)
                {
                    continue; // being written, or overtaken by a newer entry
                }

                var copy = slot;
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref slot.Index) == index)
                {
                    list.Add(copy.ToEntry(bodies));
                }
            }

            return list;
        }
    }

    public void Clear()
    {
        Interlocked.Exchange(ref cleared, Interlocked.Read(ref added));
        bodies.Clear();
    }

    private void Write(in JournalLine line, string? simulatedText, string? wallText)
    {
        long index = Interlocked.Increment(ref added) - 1;
        var (c, offset) = Place(index);
        var chunk = Volatile.Read(ref chunks[c]) ?? MakeChunk(c);
        ref Slot slot = ref chunk[offset];
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref slot.Writing, 1, 0) != 0)
        {
            spin.SpinOnce(); // only when the journal went round while another call was writing this slot
        }

        try
        {
            if (slot.Index > index)
            {
                return; // a newer entry is already here: this one is among the dropped
            }

            Interlocked.Exchange(ref slot.Index, -1); // readers leave the slot alone until it is whole again
            slot.Fill(line, simulatedText, wallText);
            Volatile.Write(ref slot.Index, index);
        }
        finally
        {
            Volatile.Write(ref slot.Writing, 0);
        }
    }

    private (int Chunk, int Offset) Place(long index)
    {
        int at = (int)(index % Capacity);
        return (at / SlotsPerChunk, at % SlotsPerChunk);
    }

    private Slot[] MakeChunk(int c)
    {
        var made = new Slot[Math.Min(SlotsPerChunk, Capacity - c * SlotsPerChunk)];
        for (int i = 0; i < made.Length; i++)
        {
            made[i].Index = -1;
        }

        return Interlocked.CompareExchange(ref chunks[c], made, null) ?? made;
    }
}
