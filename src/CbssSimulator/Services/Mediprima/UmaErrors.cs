namespace CbssSimulator.Services.Mediprima;

/// <summary>One error code of the simulated MediPrima UMA service and what it means; each fault adds its own French and Dutch message.</summary>
internal sealed record UmaError(string Code, string Meaning);

/// <summary>
/// The MediPrima UMA error codes (README, ErrorDetail/Code), one place for every code the simulator writes. MODELLED: the
/// real service's codes are not public.
/// </summary>
internal static class UmaErrors
{
    public static readonly UmaError NotFound = new("UMA001", "no attestation meets the criteria");
    public static readonly UmaError SsinInvalid = new("UMA002", "the SSIN is not valid or unknown");
    public static readonly UmaError EndBeforeStart = new("UMA003", "the end date precedes the start date");
    public static readonly UmaError NotTheAuthor = new("UMA004", "only the attestation's author may delete it");

    public static IReadOnlyList<UmaError> All { get; } = [NotFound, SsinInvalid, EndBeforeStart, NotTheAuthor];
}
