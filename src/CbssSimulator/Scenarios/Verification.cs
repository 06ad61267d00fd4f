using CbssSimulator.Sandboxes;

namespace CbssSimulator.Scenarios;

/// <summary>The verdict on one expectation, in words a tester understands.</summary>
public sealed record ExpectationResult(string Expectation, bool Met, int Calls, string Message);

/// <summary>The verdict on a run: every expectation met or not.</summary>
public sealed record VerificationResult(bool Passed, IReadOnlyList<ExpectationResult> Results, long JournalDropped);

/// <summary>Checks expectations (calls the client must or must not make) against a sandbox's journal.</summary>
public static class Verification
{
    public static VerificationResult Verify(IEnumerable<ExpectationSpec> expectations, Journal journal, IReadOnlyDictionary<string, string> ids)
    {
        var entries = journal.Entries;
        var results = expectations.Select(x =>
        {
            string? ssin = x.Person is null ? null : ScenarioBuilder.Resolve(x.Person, ids);
            int calls = entries.Count(e => string.Equals(e.Service, x.Service, StringComparison.OrdinalIgnoreCase)
                && (x.Operation is null || string.Equals(e.Operation, x.Operation, StringComparison.OrdinalIgnoreCase))
                && (ssin is null || e.Ssins.Contains(ssin))
                && (x.Cpas is null || e.Cpas == x.Cpas)
                && (x.Code is null || (e.Code ?? e.Outcome).Contains(x.Code, StringComparison.OrdinalIgnoreCase)));
            string what = Describe(x, ssin);
            int min = x.Never ? 0 : x.Count ?? x.Min ?? 1;
            int? max = x.Never ? 0 : x.Count ?? x.Max;
            bool met = calls >= min && (max is null || calls <= max);
            string expected = x.Never ? "never" : max == min ? $"exactly {min} time(s)" : max is null ? $"at least {min} time(s)" : $"between {min} and {max} times";
            string message = met
                ? $"{what}: expected {expected}, made {calls} time(s)."
                : $"{what}: expected {expected}, but it was made {calls} time(s).";
            return new ExpectationResult(x.Description ?? what, met, calls, message);
        }).ToList();
        return new VerificationResult(results.All(r => r.Met), results, journal.Dropped);
    }

    private static string Describe(ExpectationSpec x, string? ssin) =>
        $"{x.Service}{(x.Operation is null ? "" : "/" + x.Operation)}"
        + (ssin is null ? "" : $" for {ssin}")
        + (x.Cpas is null ? "" : $" by CPAS {x.Cpas}")
        + (x.Code is null ? "" : $" answered {x.Code}");
}
