using CbssSimulator.Soap;

namespace CbssSimulator.Sandboxes;

/// <summary>Turns what the gate and the handler noted about a call into journal entries of its sandbox.</summary>
public static partial class CallJournal
{
    /// <summary>How much of each request and reply body an entry keeps: 64 KB (docs/decisions.md, "The journal keeps what a failing test needs").</summary>
    public const int BodyLimit = 64 * 1024;

    public static void Write(Sandbox sandbox, CallContext call, DateTimeOffset received, long durationMs, int? httpStatus = null)
    {
        var request = call.RequestBytes is { } bytes ? CallContext.Bounded(bytes, bytes.Length, BodyLimit) : default;
        // Answered by the gate (a fault, an injected fault, a content failure): the handler did not read the caller and the person.
        bool byGate = call.RequestBody is null;
        string? cpas = call.Cpas ?? (byGate ? Sniff(request, CpasPattern()) : null);
        string? gateSsin = byGate && call.Records.Count == 0 && call.Ssin is null ? Sniff(request, SsinPattern()) : null;
        var records = call.Records.Count > 0
            ? call.Records
            : [new CallRecord(call.Service, call.Operation, call.Ssin ?? gateSsin, call.QualityCodes, call.Outcome, call.Code)];
        var wall = sandbox.Clock.Wall.GetUtcNow();
        var kept = sandbox.Journal.KeepBodies(request.Span, call.ReplyBytes.Span); // copied: the call's arrays die young
        foreach (var r in records)
        {
            sandbox.Journal.Add(new JournalLine(sandbox.Journal.NextSequence(), received, wall, cpas, r.Service,
                r.Operation.Length > 0 ? r.Operation : "-", Ssins(r), r.QualityCodes, r.Outcome, r.Code, durationMs,
                sandbox.Name, httpStatus, call.Refusal, kept));
        }
    }

    /// <summary>Every SSIN of the request: those of a key that carried several, the one SSIN, or none.</summary>
    private static IReadOnlyList<string> Ssins(CallRecord r) =>
        r.Ssins is { Count: > 0 } all ? [.. all.Distinct(StringComparer.Ordinal)] : r.Ssin is null ? [] : [r.Ssin];

    private static string? Sniff(ReadOnlyMemory<byte> request, System.Text.RegularExpressions.Regex pattern) =>
        request.IsEmpty ? null : pattern.Match(System.Text.Encoding.UTF8.GetString(request.Span)) is { Success: true } m ? m.Groups[1].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?:[\w.-]+:)?(?:ssin|SSIN)>\s*(\d{11})\s*<")]
    private static partial System.Text.RegularExpressions.Regex SsinPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?:[\w.-]+:)?(?:cbeNumber|OrgUnit)>\s*(\d{10})\s*<")]
    private static partial System.Text.RegularExpressions.Regex CpasPattern();
}
