namespace CbssSimulator.Wire.CommonV3;

/// <summary>One SOA status: its code, the value it is answered with (DATA_FOUND, NO_RESULT, NO_DATA_FOUND) and its description.</summary>
public sealed record SoaStatusCode(string Code, string Value, string Description);

/// <summary>
/// The KSZ/BCSS status codes of the SOA services (MAGDA list and captured replies; bcss-interfaces.md §6), one place for
/// every code the simulator writes; <see cref="BisLikelyDuplicate"/> is modelled (listed in the README).
/// </summary>
public static class SoaStatusCodes
{
    public const string DataFoundValue = "DATA_FOUND";
    public const string NoResultValue = "NO_RESULT";
    public const string NoDataFoundValue = "NO_DATA_FOUND";

    public static readonly SoaStatusCode DataFound = new("MSG00000", DataFoundValue, "Treatment completed successfully.");
    public static readonly SoaStatusCode InternalError = new("MSG00003", NoResultValue, "Unexpected internal error occurred");
    public static readonly SoaStatusCode SsinUnknown = new("MSG00005", NoResultValue, "The given SSIN does not exist.");
    public static readonly SoaStatusCode SsinReplaced = new("MSG00006", NoResultValue, "The given SSIN has been replaced.");
    public static readonly SoaStatusCode ValidationError = new("MSG00008", NoResultValue, "A validation error occurred.");
    public static readonly SoaStatusCode PersonDeceased = new("MSG00009", NoDataFoundValue, "The person is deceased.");
    public static readonly SoaStatusCode SsinInvalid = new("MSG00011", NoResultValue, "The structure of the given SSIN is invalid.");
    public static readonly SoaStatusCode NotIntegrated = new("MSG00012", NoResultValue, "The SSIN is not sufficiently integrated for your organization.");
    public static readonly SoaStatusCode LegalContextRefused = new("MSG00013", NoResultValue,
        "Access to this operation is not allowed with the given legalcontext and credentials.");
    public static readonly SoaStatusCode NoDataAtSupplier = new("MSG00100", NoDataFoundValue, "Treatment successful, but no data found at the supplier.");

    /// <summary>BisPerson registerPerson: a person with the same phonetic name and birth date exists (modelled).</summary>
    public static readonly SoaStatusCode BisLikelyDuplicate = new("BIS00001", NoResultValue,
        "A person with the same phonetic name and birth date is already registered: check the candidates, or repeat with forceRegistration.");

    public static IReadOnlyList<SoaStatusCode> All { get; } =
    [
        DataFound, InternalError, SsinUnknown, SsinReplaced, ValidationError, PersonDeceased, SsinInvalid, NotIntegrated,
        LegalContextRefused, NoDataAtSupplier, BisLikelyDuplicate,
    ];

    private static readonly Dictionary<string, SoaStatusCode> ByCode = All.ToDictionary(c => c.Code);

    /// <summary>The entry of <paramref name="code"/>, or null when the simulator never writes it.</summary>
    public static SoaStatusCode? Find(string code) => ByCode.GetValueOrDefault(code);
}
