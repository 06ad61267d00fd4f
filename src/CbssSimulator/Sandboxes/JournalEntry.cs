namespace CbssSimulator.Sandboxes;

/// <summary>One journaled call (one per SSDN ServiceRequest, one per SOA call), as the journal's readers see it.</summary>
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

/// <summary>
/// The request and reply bodies of a journaled call: given as they are (an entry handed to <see cref="Journal.Add(JournalEntry)"/>),
/// or read from the journal's <see cref="JournalBodyRing"/> when asked for, empty once its budget needed their room.
/// </summary>
public sealed class JournalBodies
{
    private readonly ReadOnlyMemory<byte> request;
    private readonly ReadOnlyMemory<byte> reply;
    private readonly JournalBodyRing? ring;
    private readonly JournalBodyMark mark;

    public JournalBodies(ReadOnlyMemory<byte> request, ReadOnlyMemory<byte> reply) => (this.request, this.reply) = (request, reply);

    internal JournalBodies(JournalBodyRing ring, JournalBodyMark mark) => (this.ring, this.mark) = (ring, mark);

    public ReadOnlyMemory<byte> Request => ring is null ? request : ring.Read(mark, reply: false);

    public ReadOnlyMemory<byte> Reply => ring is null ? reply : ring.Read(mark, reply: true);
}
