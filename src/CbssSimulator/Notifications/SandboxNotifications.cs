using System.Collections.Concurrent;

namespace CbssSimulator.Notifications;

/// <summary>One try to POST a notification to a CPAS's endpoint, as the delivery log and the journal show it.</summary>
public sealed record DeliveryAttempt(long NotificationId, string Cbe, string Service, string Operation, string Url, int Attempt, int? HttpStatus,
    string? Error, double LatencyMs, string At, string? NextTry, string Outcome);

/// <summary>
/// What a sandbox keeps in memory for its notifications: the first date a pending event waits for (so a call costs one
/// comparison while nothing is due), the bounded delivery log, and the token that stops deliveries on reset.
/// </summary>
public sealed class SandboxNotifications
{
    /// <summary>Delivery attempts kept per sandbox; older ones are dropped and counted.</summary>
    public const int LogCapacity = 1000;

    private const int Unknown = -1, None = int.MaxValue;
    private readonly ConcurrentQueue<DeliveryAttempt> log = new();
    private int nextDue = Unknown;
    private long dropped;
    private CancellationTokenSource stop = new();

    private readonly Dictionary<string, Task> tails = new(StringComparer.Ordinal);

    internal Lock Applying { get; } = new();

    /// <summary>Runs <paramref name="send"/> after the CPAS's earlier deliveries: a CPAS receives its notifications one at a time, in order.</summary>
    internal void After(string cbe, Func<Task> send)
    {
        lock (tails)
        {
            var tail = tails.GetValueOrDefault(cbe) ?? Task.CompletedTask;
            tails[cbe] = tail.ContinueWith(_ => send(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    public IReadOnlyList<DeliveryAttempt> Log => log.ToArray();

    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Cancelled when the sandbox is reset: deliveries of the state that was left stop retrying.</summary>
    public CancellationToken Stopping => Volatile.Read(ref stop).Token;

    internal bool MayBeDue(DateOnly today) => Volatile.Read(ref nextDue) is var next && (next == Unknown || next <= today.DayNumber);

    internal void SetNextDue(DateOnly? next) => Volatile.Write(ref nextDue, next?.DayNumber ?? None);

    /// <summary>A new event was scheduled: look again at the next read.</summary>
    public void Invalidate() => Volatile.Write(ref nextDue, Unknown);

    internal void Record(DeliveryAttempt attempt)
    {
        log.Enqueue(attempt);
        while (log.Count > LogCapacity && log.TryDequeue(out _))
        {
            Interlocked.Increment(ref dropped);
        }
    }

    /// <summary>The sandbox was reset: its database is the template's again.</summary>
    public void Reset()
    {
        var old = Interlocked.Exchange(ref stop, new CancellationTokenSource());
        old.Cancel();
        lock (tails)
        {
            tails.Clear();
        }
        log.Clear();
        Interlocked.Exchange(ref dropped, 0);
        Invalidate();
    }
}
