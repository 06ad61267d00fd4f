namespace CbssSimulator.Wire.Ssdn;

/// <summary>Severity of an SSDN detail; the first digit of a reason code follows it (1 information, 2 warning, 3 error).</summary>
public enum Severity
{
    Information,
    Warning,
    Error,
}

/// <summary>
/// One SSDN reason code: whether it was seen on the wire (real) or chosen by us (modelled, docs/decisions.md, "Modelled
/// SSDN reason codes").
/// </summary>
public sealed record ReasonCode(string Code, Severity Severity, string Diagnostic, bool Modelled);

/// <summary>
/// The SSDN reason-code table, one place for every code the simulator writes. Real codes come from captured replies
/// (bcss-interfaces.md §6); modelled ones fill gaps the sources leave, listed in the README.
/// </summary>
public static class SsdnReasonCodes
{
    public static readonly ReasonCode ServiceError = Real("30000001", Severity.Error, "At least one service request has generated an error.");
    public static readonly ReasonCode ServiceWarning = Real("20000001", Severity.Warning, "At least one service request has generated a warning.");
    public static readonly ReasonCode Mandatory = Real("31000007", Severity.Error, "The expected mandatory argument is not provided or empty.");
    public static readonly ReasonCode ToleranceRequired = Real("31009001", Severity.Error, "When the birth date in the phonetic criteria is not a complete date, a birth date tolerance must be specified.");
    public static readonly ReasonCode NoPhoneticMatch = Real("32007004", Severity.Error, "The phonetic search did not return any matches.");
    public static readonly ReasonCode SsinAndPhonetic = Real("21007001", Severity.Warning, "Both a SSIN and Phonetic Criteria were specified. The Phonetic Criteria will be ignored.");
    public static readonly ReasonCode PersonDataMismatch = Real("22007007", Severity.Warning, "The specified PersonData does not match with the data found for this person.");
    public static readonly ReasonCode IdentityValidated = Real("12007001", Severity.Information, "The identity of the person was successfully validated by the system.");

    public static readonly ReasonCode HeaderInvalid = Modelled("30000010", Severity.Error, "A validation error occurred while parsing the request header. Please check your message format and content.");
    public static readonly ReasonCode CallerRefused = Modelled("30000011", Severity.Error, "The caller is not authorised: OrgUnit must be the valid KBO/BCE number of a CPAS, with MatrixID 17 and MatrixSubID 1.");
    public static readonly ReasonCode CallerUnknown = Modelled("30000012", Severity.Error, "The OrgUnit is not a CPAS known to the simulator (strict callers).");
    public static readonly ReasonCode CertificateMismatch = Modelled("30000014", Severity.Error, "The caller is not authorised: the client certificate names another organisation than OrgUnit.");
    public static readonly ReasonCode ServiceUnavailable = Modelled("30000013", Severity.Error, "The service is not available in this simulator.");
    public static readonly ReasonCode SchemaInvalid = Modelled("31000001", Severity.Error, "The service request does not conform to the schema of the service.");
    public static readonly ReasonCode SsinChecksum = Modelled("31000011", Severity.Error, "The SSIN is not valid: its check number is wrong.");
    public static readonly ReasonCode SsinUnknown = Modelled("32000005", Severity.Error, "The SSIN does not exist.");
    public static readonly ReasonCode ToleranceRange = Modelled("31009002", Severity.Error, "The birth date tolerance must lie between 0 and 10.");
    public static readonly ReasonCode TooManyMatches = Modelled("21007002", Severity.Warning, "More persons match than the maximum requested; the best matches are returned.");
    public static readonly ReasonCode ProofMismatch = Modelled("31007010", Severity.Error, "The proof of authentication does not match the data of the person; the registration or the list did not proceed.");
    public static readonly ReasonCode PeriodRule = Modelled("31007011", Severity.Error, "The integration breaks a BCSS registration rule.");
    public static readonly ReasonCode SsinReplaced = Modelled("32000006", Severity.Error, "The SSIN has been replaced; use the new SSIN.");
    public static readonly ReasonCode LikelyDuplicate = Modelled("32007020", Severity.Error, "A person with the same phonetic name and birth date is already registered; check the candidates or repeat with ForceRegistration.");
    public static readonly ReasonCode NotIntegrated = Modelled("32000012", Severity.Error, "The SSIN is not integrated for your organisation with a quality code and period this service accepts.");
    public static readonly ReasonCode RegionRefused = Modelled("32000013", Severity.Error, "The service is open to the CPAS of one region only (seed 003: Flemish CPAS only); the calling CPAS is not known to lie in that region.");
    public static readonly ReasonCode TechnicalError = Modelled("30000099", Severity.Error, "An unexpected technical error occurred. Please try again later.");
    public static readonly ReasonCode EndShortened = Modelled("21007012", Severity.Warning, "The end date exceeded the maximum duration of the quality code and was shortened.");

    public static IReadOnlyList<ReasonCode> All { get; } =
    [
        ServiceError, ServiceWarning, Mandatory, ToleranceRequired, NoPhoneticMatch, SsinAndPhonetic, PersonDataMismatch, IdentityValidated,
        HeaderInvalid, CallerRefused, CallerUnknown, CertificateMismatch, ServiceUnavailable, SchemaInvalid, SsinChecksum, SsinUnknown, ToleranceRange,
        TooManyMatches, ProofMismatch, PeriodRule, EndShortened, TechnicalError, NotIntegrated, SsinReplaced, LikelyDuplicate, RegionRefused,
    ];

    private static ReasonCode Real(string code, Severity s, string text) => new(code, s, text, false);

    private static ReasonCode Modelled(string code, Severity s, string text) => new(code, s, text, true);
}

/// <summary>The SSIN checks every SSDN service makes first: pattern, check number, known to the registry.</summary>
public static class SsdnSsin
{
    public static SsdnOutcome? Check(string ssin, Registry.PersonStore persons, out Registry.PersonRow? person)
    {
        person = null;
        switch (Registry.Ssin.Check(ssin))
        {
            case Registry.SsinCheck.BadPattern:
                return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("SSIN", ssin)));
            case Registry.SsinCheck.BadChecksum:
                return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SsinChecksum, ("SSIN", ssin)));
        }

        if (persons.ReplacedBy(ssin) is { } replacement)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SsinReplaced, ("SSIN", ssin), ("newSSIN", replacement)));
        }

        person = persons.Find(ssin);
        return person is null ? SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SsinUnknown, ("SSIN", ssin))) : null;
    }
}

/// <summary>The start of an SSDN consultation on one SSIN: the SSIN checks, then the integration control of its row.</summary>
public static class SsdnConsult
{
    /// <summary>An error outcome (tagged with <paramref name="operation"/>) when the SSIN or the control refuses; else the person and the verdict.</summary>
    public static SsdnOutcome? Check(string ssin, Registry.PersonStore persons, Integrations.IntegrationControl control, Integrations.ControlRow row, string cbe,
        Integrations.Period? requested, string operation, out Registry.PersonRow? person, out Integrations.ControlResult verdict)
    {
        verdict = Integrations.ControlResult.Free;
        if (SsdnSsin.Check(ssin, persons, out person) is { } refused)
        {
            return refused with { Operation = operation };
        }

        verdict = control.Check(row, cbe, ssin, requested);
        return verdict.Allowed ? null
            : SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NotIntegrated, ("SSIN", ssin), ("OrgUnit", cbe))) with { Operation = operation, Ssin = ssin };
    }
}

/// <summary>A detail to write in a ResultSummary: a reason code, optionally another diagnostic, and up to 5 information items.</summary>
public sealed record SsdnDetail(ReasonCode Reason, IReadOnlyList<(string Name, string? Value)> Information, string? Diagnostic = null)
{
    public static SsdnDetail Of(ReasonCode reason, params (string Name, string? Value)[] info) => new(reason, info);
}

/// <summary>What an SSDN service answers: its details and, unless one is an error, its body (written with prefix ns3).</summary>
public sealed record SsdnOutcome(IReadOnlyList<SsdnDetail> Details, System.Xml.Linq.XElement? Body)
{
    /// <summary>For the journal: the operation (ManageAccess action, "search"), the SSIN asked about, the quality codes used.</summary>
    public string? Operation { get; init; }

    public string? Ssin { get; init; }

    /// <summary>For the journal: every SSIN of a request that carries several (a Vesta key); empty: just <see cref="Ssin"/>.</summary>
    public IReadOnlyList<string> Ssins { get; init; } = [];

    public IReadOnlyList<int> QualityCodes { get; init; } = [];

    /// <summary>For the journal: the SPP IS evaluation of a form ("ACCEPTED", "REFUSED D65001"), so scenarios can expect it.</summary>
    public string? Evaluation { get; init; }

    public bool HasError => Details.Any(d => d.Reason.Severity == Severity.Error);

    public static SsdnOutcome Error(params SsdnDetail[] details) => new(details, null);
}
