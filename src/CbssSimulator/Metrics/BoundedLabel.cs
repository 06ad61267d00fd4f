using System.Collections.Concurrent;

namespace CbssSimulator.Metrics;

/// <summary>
/// The values one label may take: the first <c>capacity</c> distinct values seen (and the ones given at the start)
/// keep their own value, later ones become <see cref="SimulatorMetrics.Other"/>. A value longer than 64 characters, or
/// with characters outside letters, digits and <c> _-+.:/</c>, is <c>_other</c> at once. Values are never freed, so a
/// counter keeps its series for the life of the process.
/// </summary>
internal sealed class BoundedLabel(int capacity, params string[] always)
{
    private readonly ConcurrentDictionary<string, string> admitted = new(always.Select(a => KeyValuePair.Create(a, a)), StringComparer.Ordinal);
    private int count;

    public string Of(string value)
    {
        if (admitted.TryGetValue(value, out var label))
        {
            return label;
        }

        if (value.Length is 0 or > 64 || !value.All(Allowed) || Volatile.Read(ref count) >= capacity || Interlocked.Increment(ref count) > capacity)
        {
            return SimulatorMetrics.Other;
        }

        return admitted.GetOrAdd(value, value);
    }

    private static bool Allowed(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '-' or '+' or '.' or ':' or '/';
}

/// <summary>
/// The <c>outcome</c> label of a call (docs/metrics.md): <c>injected</c> (a fault of the sandbox's plan), <c>fault</c>
/// (a SOAP fault or an HTTP error), <c>refused</c> (an integration control, the caller, or its client certificate),
/// <c>ok</c> (ok, DATA_FOUND, NO_DATA_FOUND: the treatment succeeded), <c>warning</c>, <c>error</c> (anything else).
/// </summary>
internal static class OutcomeClass
{
    private static readonly HashSet<string> RefusalCodes = [
        Wire.CommonV3.SoaStatusCodes.NotIntegrated.Code, Wire.CommonV3.SoaStatusCodes.LegalContextRefused.Code,
        Wire.Ssdn.SsdnReasonCodes.NotIntegrated.Code, Wire.Ssdn.SsdnReasonCodes.CallerRefused.Code,
        Wire.Ssdn.SsdnReasonCodes.CallerUnknown.Code, Wire.Ssdn.SsdnReasonCodes.CertificateMismatch.Code];

    public static string Of(string outcome, string? code)
    {
        if (code is not null && code.StartsWith("injected", StringComparison.Ordinal))
        {
            return "injected";
        }

        if (outcome.StartsWith("persona ", StringComparison.Ordinal) && outcome.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
        {
            outcome = outcome[(colon + 2)..]; // a fail-on-purpose persona: what it answered
        }

        if (outcome.StartsWith("refused", StringComparison.Ordinal) || outcome == "caller refused"
            || (code is not null && (code.Contains('+') ? code.Split('+').Any(RefusalCodes.Contains) : RefusalCodes.Contains(code))))
        {
            return "refused";
        }

        if (outcome.StartsWith("fault", StringComparison.Ordinal) || outcome.StartsWith("HTTP ", StringComparison.Ordinal)
            || (code is not null && code.StartsWith("fault", StringComparison.Ordinal)))
        {
            return "fault";
        }

        return outcome switch
        {
            "ok" or Wire.CommonV3.SoaStatusCodes.DataFoundValue or Wire.CommonV3.SoaStatusCodes.NoDataFoundValue => "ok",
            _ when outcome.StartsWith("ok", StringComparison.Ordinal) => "ok",
            "warning" => "warning",
            _ => "error",
        };
    }
}
