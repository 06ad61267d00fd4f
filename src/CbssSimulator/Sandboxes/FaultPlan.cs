namespace CbssSimulator.Sandboxes;

/// <summary>What an injected fault does to a call.</summary>
public enum FaultKind
{
    /// <summary>Answer normally after a delay (fixed, or random between DelayMs and DelayMaxMs).</summary>
    Delay,
    /// <summary>HTTP 500 with a SOAP Server fault.</summary>
    Http500,
    /// <summary>The BCSS technical error: SOA fault FATAL MSG00003; SSDN in-band ERROR.</summary>
    Technical,
    /// <summary>No answer until the client gives up (capped by Faults:TimeoutCapSeconds).</summary>
    Timeout,
    /// <summary>The connection is dropped without an answer.</summary>
    Drop,
    /// <summary>HTTP 200 with a truncated, unparsable body.</summary>
    Garble,
}

/// <summary>One fault rule: which calls (service, operation or "*"), what happens, how likely, how many times.</summary>
public sealed record FaultRule(string Service, string? Operation, FaultKind Kind, int DelayMs = 0, int? DelayMaxMs = null, double Probability = 1, int? Count = null)
{
    /// <summary>The longest injected delay: longer ones would hold a request past any client's patience (and 2^31 ms overflows).</summary>
    public const int MaxDelayMs = 300_000;

    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Service))
        {
            return "'service' is required (a catalogue service, an SSDN ServiceId, SSDN, or *).";
        }

        if (Probability is < 0 or > 1)
        {
            return "'probability' must lie between 0 and 1.";
        }

        if (DelayMs > MaxDelayMs || DelayMaxMs > MaxDelayMs)
        {
            return $"'delayMs' and 'delayMaxMs' must be at most {MaxDelayMs} ms (5 minutes).";
        }

        if (DelayMs < 0 || DelayMaxMs < DelayMs)
        {
            return "'delayMs' must be ≥ 0 and 'delayMaxMs', when given, ≥ 'delayMs'.";
        }

        return Count is < 1 ? "'count', when given, must be ≥ 1." : Catalogue.CatalogueNames.Problem(Service, Operation, wildcard: true);
    }

    public bool Matches(string service, string operation) =>
        (Service == "*" || string.Equals(Service, service, StringComparison.OrdinalIgnoreCase))
        && (Operation is null or "*" || string.Equals(Operation, operation, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A sandbox's fault rules with their remaining counts and one seeded random source, so a run can be replayed:
/// the same seed and the same calls give the same faults.
/// </summary>
public sealed class FaultPlan
{
    private readonly object gate = new();
    private List<(FaultRule Rule, int? Remaining)> rules = [];
    private Random random = new(0);

    public int Seed { get; private set; }

    public void Set(IEnumerable<FaultRule> newRules, int seed)
    {
        lock (gate)
        {
            rules = newRules.Select(r => (r, r.Count)).ToList();
            Seed = seed;
            random = new Random(seed);
        }
    }

    public IReadOnlyList<(FaultRule Rule, int? Remaining)> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.ToList();
            }
        }
    }

    /// <summary>The first rule that matches one of the call's keys and fires (probability rolled, count consumed); the delay drawn.</summary>
    /// <summary>No rule is set: the gate skips computing the call's keys.</summary>
    public bool IsEmpty => Volatile.Read(ref rules).Count == 0;

    public (FaultRule Rule, int DelayMs)? Next(IReadOnlyList<(string Service, string Operation)> keys)
    {
        if (Volatile.Read(ref rules).Count == 0)
        {
            return null; // no rule: no lock for the calls of a sandbox without faults
        }

        lock (gate)
        {
            for (int i = 0; i < rules.Count; i++)
            {
                var (rule, remaining) = rules[i];
                if (remaining == 0 || !keys.Any(k => rule.Matches(k.Service, k.Operation)))
                {
                    continue;
                }

                if (rule.Probability < 1 && random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                rules[i] = (rule, remaining - 1);
                int delay = rule.DelayMaxMs is { } max && max > rule.DelayMs ? random.Next(rule.DelayMs, max + 1) : rule.DelayMs;
                return (rule, delay);
            }

            return null;
        }
    }
}
