using System.Text;

namespace CbssSimulator.Hosting;

/// <summary>
/// The console log's queue: formatted lines kept as characters in one array made once, not as objects
/// (docs/decisions.md, "A journal the collector does not walk"): a queued line lived up to a period, long enough for its
/// event, properties and text to be copied out of the young generation, which made every generation-1 collection of a
/// loaded simulator. Any thread adds (one atomic claim of the next place, refused when the reader is a whole queue
/// behind); one reader takes the lines in the order they were claimed. A line longer than <see cref="Width"/> is kept as
/// its own string: exceptions and long faults are rare.
/// </summary>
internal sealed class LogLines
{
    /// <summary>Characters a line keeps in place.</summary>
    public const int Width = 192;

    private readonly Slot[] slots;
    private readonly char[] text;
    private long claimed; // lines ever given a place
    private long taken;   // lines ever taken by the reader

    public LogLines(int capacity)
    {
        slots = new Slot[capacity];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i].Index = -1;
        }

        text = GC.AllocateUninitializedArray<char>(capacity * Width); // its pages are touched as lines come
    }

    /// <summary>Queues the line <paramref name="line"/> holds; false (dropped) when the queue is full.</summary>
    public bool TryAdd(StringBuilder line)
    {
        long index;
        do
        {
            index = Volatile.Read(ref claimed);
            if (index - Volatile.Read(ref taken) >= slots.Length)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref claimed, index + 1, index) != index);

        int at = (int)(index % slots.Length);
        ref Slot slot = ref slots[at];
        if (line.Length <= Width)
        {
            line.CopyTo(0, text.AsSpan(at * Width, line.Length), line.Length);
            slot.Long = null;
        }
        else
        {
            slot.Long = line.ToString();
        }

        slot.Length = line.Length;
        Volatile.Write(ref slot.Index, index); // published: the reader may take it
        return true;
    }

    /// <summary>Appends up to <paramref name="most"/> queued lines to <paramref name="lines"/>, oldest first; stops at a line still being written.</summary>
    public int TakeInto(StringBuilder lines, int most)
    {
        int count = 0;
        long next = Volatile.Read(ref taken);
        while (count < most && next < Volatile.Read(ref claimed))
        {
            int at = (int)(next % slots.Length);
            ref Slot slot = ref slots[at];
            if (Volatile.Read(ref slot.Index) != next)
            {
                break; // claimed, not yet written: the next period takes it
            }

            if (slot.Long is { } own)
            {
                lines.Append(own);
                slot.Long = null;
            }
            else
            {
                lines.Append(text, at * Width, slot.Length);
            }

            next++;
            count++;
            Volatile.Write(ref taken, next); // the place is free for a writer
        }

        return count;
    }

    public bool IsEmpty => Volatile.Read(ref taken) == Volatile.Read(ref claimed);

    private struct Slot
    {
        public long Index; // the line's claim number once it is written; -1 before the first
        public int Length;
        public string? Long;
    }
}
