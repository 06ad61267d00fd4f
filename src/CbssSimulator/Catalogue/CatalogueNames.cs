using System.Text.RegularExpressions;

namespace CbssSimulator.Catalogue;

/// <summary>
/// Checks the service, operation and code names a scenario or an admin body gives against the catalogue, so a
/// misspelled name is an error with "did you mean …" and the allowed values — not a rule that never fires or a
/// <c>never</c> expectation that always holds (docs/decisions.md, "Names are checked").
/// </summary>
public static partial class CatalogueNames
{
    /// <summary>The SSDN connector's own name (header errors, every SSDN call for a fault rule).</summary>
    public const string Ssdn = "SSDN";

    private static readonly Dictionary<string, List<string>> Operations = Build();

    /// <summary>The catalogue's services, as the journal and the fault rules name them.</summary>
    public static IReadOnlyList<string> Services { get; } = [.. Operations.Keys.Order(StringComparer.Ordinal)];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, System.Collections.Frozen.FrozenSet<string>> Exact =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Operations, o => o.Key,
            o => System.Collections.Frozen.FrozenSet.ToFrozenSet(o.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> AliasOf = ServiceCatalogue.Entries
        .SelectMany(e => e.Aliases.Select(a => (Alias: a, e.Service))).DistinctBy(a => a.Alias, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(a => a.Alias, a => a.Service, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] KnownCodes =
    [
        .. global::CbssSimulator.Wire.CommonV3.SoaStatusCodes.All.Select(c => c.Code),
        .. global::CbssSimulator.Wire.Ssdn.SsdnReasonCodes.All.Select(c => c.Code),
        .. Hosting.ServiceModules.Codes,
    ];

    private static Dictionary<string, List<string>> Build()
    {
        var operations = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase) { [Ssdn] = [] };
        // An SSDN call is journaled and matched under its ServiceId, which may differ from the catalogue's service name.
        foreach (var (service, operation) in ServiceCatalogue.Entries.SelectMany(e => e.ServiceId is { } id && id != e.Service
            ? new[] { (e.Service, e.Operation), (id, e.Operation) } : [(e.Service, e.Operation)]))
        {
            if (!operations.TryGetValue(service, out var list))
            {
                operations[service] = list = [];
            }

            if (!list.Contains(operation, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(operation);
            }
        }

        return operations;
    }

    /// <summary>
    /// True when <paramref name="service"/> is a catalogue service spelled as journaled and <paramref name="operation"/>
    /// (when given) one of its operations, spelled the same; bounds the metrics' labels.
    /// </summary>
    public static bool Knows(string service, string? operation = null) =>
        Exact.TryGetValue(service, out var served) && (operation is null || served.Count == 0 || served.Contains(operation));

    /// <summary>
    /// Null when <paramref name="service"/> (and <paramref name="operation"/>, when given) name a catalogue service and one
    /// of its operations; else what is wrong. <paramref name="wildcard"/>: "*" is allowed (fault rules).
    /// </summary>
    public static string? Problem(string service, string? operation, bool wildcard)
    {
        if (wildcard && service == "*")
        {
            return operation is null or "*" ? null : $"operation '{operation}' needs a service: with service '*', leave the operation out or write '*'.";
        }

        if (!Operations.TryGetValue(service, out var served))
        {
            if (AliasOf.TryGetValue(service, out var canonical))
            {
                return $"'{service}' is another name of the service {canonical}: calls are journaled and matched as '{canonical}'; write that.";
            }

            return $"'{service}' is not a service of the catalogue{DidYouMean(service, Services)}. Allowed: {(wildcard ? "*, " : "")}{string.Join(", ", Services)} (GET /admin/services).";
        }

        if (operation is null || (wildcard && operation == "*") || served.Count == 0 || served.Contains(operation, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"'{operation}' is not an operation of {service}{DidYouMean(operation, served)}. Allowed: {string.Join(", ", served)}.";
    }

    /// <summary>
    /// Null unless <paramref name="code"/> looks like a code of a known family (MSGnnnnn, an 8-digit SSDN reason code,
    /// UMAnnn) that the simulator never answers. Outcome words (ok, DATA_FOUND…) and service-specific codes pass.
    /// </summary>
    public static string? CodeProblem(string? code)
    {
        if (code is null || !CodeFamily().IsMatch(code) || KnownCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var family = KnownCodes.Where(k => char.IsDigit(code[0]) == char.IsDigit(k[0]) && (char.IsDigit(code[0]) || k[..3].Equals(code[..3], StringComparison.OrdinalIgnoreCase))).ToList();
        return $"'{code}' is not a code the simulator answers{DidYouMean(code, KnownCodes)}. Allowed of that kind: {string.Join(", ", family.Count > 0 ? family : KnownCodes)}.";
    }

    /// <summary>" (did you mean 'X'?)" for the closest candidate within a few edits; empty when none is close.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var best = candidates.Select(c => (Candidate: c, Distance: Distance(value.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance).FirstOrDefault();
        if (best.Candidate is not null && best.Distance <= Math.Max(2, value.Length / 3))
        {
            return $" (did you mean '{best.Candidate}'?)";
        }

        var containing = candidates.FirstOrDefault(c => value.Length >= 4 && c.Contains(value, StringComparison.OrdinalIgnoreCase));
        return containing is null ? "" : $" (did you mean '{containing}'?)";
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^(?:MSG\d+|UMA\d+|\d{7,9})$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeFamily();
}
