namespace CbssSimulator.Sandboxes;

/// <summary>Where a call's bodies lie in a <see cref="JournalBodyRing"/>: the request, then the reply.</summary>
internal readonly record struct JournalBodyMark(long Start, int RequestLength, int ReplyLength)
{
    public static readonly JournalBodyMark None = new(-1, 0, 0);

    public bool IsNone => Start < 0;
}

/// <summary>
/// The bodies a journal keeps, copied into a ring of large arrays
/// (docs/decisions.md, "A journal the collector does not walk"):
/// the request's and the reply's arrays die young instead of living a few seconds in the journal, where every
/// collection had to copy them from generation to generation. A body is readable while no more than the budget's bytes
/// were kept after its start, so the oldest bodies go first
/// (docs/decisions.md, "The journal keeps what a failing test needs").
/// Writers only reserve their place (one atomic add) and copy; a reader checks, after copying, that the place was not
/// reserved again meanwhile. The arrays are made as the journal fills, 1 MB each at most.
/// </summary>
internal sealed class JournalBodyRing
{
    private const int MaxChunk = 1 << 20;

    private readonly byte[]?[] chunks;
    private readonly int chunkSize;
    private readonly long length;
    private long reserved; // bytes ever kept, since the journal was made
    private long floor;    // positions before it were cleared

    public JournalBodyRing(long budget)
    {
        Budget = Math.Max(0, budget);
        chunkSize = (int)Math.Clamp(Budget, 1, MaxChunk);
        chunks = new byte[]?[Math.Max(1, (Budget + chunkSize - 1) / chunkSize)];
        length = (long)chunkSize * chunks.Length; // ≥ the budget: a readable body is never overwritten
    }

    /// <summary>Bytes of bodies kept readable.</summary>
    public long Budget { get; }

    /// <summary>Copies a call's bodies in; <see cref="JournalBodyMark.None"/> when there are none or they exceed the whole budget.</summary>
    internal JournalBodyMark Keep(ReadOnlySpan<byte> request, ReadOnlySpan<byte> reply)
    {
        long size = (long)request.Length + reply.Length;
        if (size == 0 || size > Budget)
        {
            return JournalBodyMark.None;
        }

        long start = Interlocked.Add(ref reserved, size) - size;
        Copy(request, start);
        Copy(reply, start + request.Length);
        return new(start, request.Length, reply.Length);
    }

    /// <summary>The request (or the reply) a call kept, or nothing once later calls' bodies took the budget or the journal was cleared.</summary>
    internal ReadOnlyMemory<byte> Read(JournalBodyMark mark, bool reply)
    {
        var (position, count) = reply ? (mark.Start + mark.RequestLength, mark.ReplyLength) : (mark.Start, mark.RequestLength);
        if (count == 0 || !Holds(mark.Start))
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var copy = new byte[count];
        var target = copy.AsSpan();
        while (!target.IsEmpty)
        {
            var (chunk, offset) = Place(position);
            int n = Math.Min(target.Length, chunkSize - offset);
            if (Volatile.Read(ref chunks[chunk]) is not { } source)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            source.AsSpan(offset, n).CopyTo(target);
            target = target[n..];
            position += n;
        }

        Interlocked.MemoryBarrier(); // the copy is finished before the check below: a writer that came meanwhile is seen
        return Holds(mark.Start) ? copy : ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>Forgets every body kept so far (the arrays stay, for the calls to come).</summary>
    public void Clear() => Volatile.Write(ref floor, Interlocked.Read(ref reserved));

    private bool Holds(long start) => start >= Volatile.Read(ref floor) && start >= Interlocked.Read(ref reserved) - Budget;

    private void Copy(ReadOnlySpan<byte> source, long position)
    {
        while (!source.IsEmpty)
        {
            var (chunk, offset) = Place(position);
            var target = Volatile.Read(ref chunks[chunk]) ?? Make(chunk);
            int n = Math.Min(source.Length, chunkSize - offset);
            source[..n].CopyTo(target.AsSpan(offset));
            source = source[n..];
            position += n;
        }
    }

    private (int Chunk, int Offset) Place(long position)
    {
        long at = position % length;
        return ((int)(at / chunkSize), (int)(at % chunkSize));
    }

    private byte[] Make(int chunk)
    {
        var made = GC.AllocateUninitializedArray<byte>(chunkSize); // pages are touched only as bodies are written
        return Interlocked.CompareExchange(ref chunks[chunk], made, null) ?? made;
    }
}
