using System.Collections.Frozen;

namespace CbssSimulator.Registry.Personas;

/// <summary>What a fail-on-purpose persona's calls get.</summary>
public enum FailureKind
{
    /// <summary>The real technical error: SOA fault MSG00003 (FATAL), SSDN in-band ERROR with the technical reason code.</summary>
    TechnicalError,
    /// <summary>No answer until the client gives up (capped by Personas:TimeoutSeconds and Faults:TimeoutCapSeconds).</summary>
    Timeout,
    /// <summary>The normal answer, after Personas:SlowMs milliseconds.</summary>
    Slow,
    /// <summary>The register's services answer as for any unknown number (IdentifyPerson, Tx25), every source service answers the technical error.</summary>
    SourceUnavailable,
}

/// <summary>A persona whose calls fail on purpose, reachable from any client without an admin call (docs/decisions.md, "Personas that fail on purpose").</summary>
public sealed record FailingPersona(string Name, string Ssin, FailureKind Kind);

/// <summary>
/// The fail-on-purpose table (docs/decisions.md, "Personas that fail on purpose"): a call whose validated body names one of these SSINs gets the failure,
/// in any sandbox, unless <c>Personas:FailOnPurpose=false</c>. The SSINs are valid and reserved (never generated, never
/// given by a scenario); they name no person of the registry, so no test or search picks them by chance.
/// </summary>
public static class FailOnPurpose
{
    public static readonly IReadOnlyList<FailingPersona> All =
    [
        new("fail-technical", "70010199168", FailureKind.TechnicalError),
        new("fail-timeout", "70010199366", FailureKind.Timeout),
        new("fail-slow", "70010199564", FailureKind.Slow),
        new("fail-source-unavailable", "70010199762", FailureKind.SourceUnavailable),
    ];

    /// <summary>The register's own services, which still answer for the source-unavailable persona.</summary>
    public static readonly FrozenSet<string> RegisterServices = new[] { "SSDN", "RetrieveTIGroups", "BisPersonService", "TestConnectionService" }.ToFrozenSet();

    public static readonly FrozenDictionary<string, FailingPersona> BySsin = All.ToFrozenDictionary(p => p.Ssin, StringComparer.Ordinal);

    public static IEnumerable<string> Ssins => BySsin.Keys;
}
