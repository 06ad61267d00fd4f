using CbssSimulator.Soap;

namespace CbssSimulator.Sandboxes;

/// <summary>Turns what the gate and the handler noted about a call into journal entries of its sandbox.</summary>
public static class CallJournal
{
    public static void Write(Sandbox sandbox, CallContext call, DateTimeOffset received, long durationMs)
    {
        var records = call.Records.Count > 0
            ? call.Records
            : [new CallRecord(call.Service, call.Operation, call.Ssin, call.QualityCodes, call.Outcome, call.Code)];
        string wall = sandbox.Clock.Wall.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        string simulated = received.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        foreach (var r in records)
        {
            sandbox.Journal.Add(new JournalEntry(sandbox.Journal.NextSequence(), simulated, wall, call.Cpas, r.Service,
                r.Operation.Length > 0 ? r.Operation : "-", r.Ssin is null ? [] : [r.Ssin], r.QualityCodes, r.Outcome, r.Code, durationMs));
        }
    }
}
