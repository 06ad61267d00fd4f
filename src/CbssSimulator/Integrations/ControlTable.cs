namespace CbssSimulator.Integrations;

/// <summary>How the integration period must relate to the consultation (services.md §3).</summary>
public enum WindowKind
{
    /// <summary>No integration control.</summary>
    None,
    /// <summary>The integration period contains D.</summary>
    Sysdate,
    /// <summary>At least one day of [D − 2 months, D + 45 days] lies in the integration period.</summary>
    Window,
    /// <summary>At least one day in common with a period the request gives (consultation, heating, validity…).</summary>
    Overlap,
    /// <summary>The integration period extended by the 5 preceding years contains the whole consultation period.</summary>
    Pension5Y,
}

/// <summary>Quality codes accepted under one window kind.</summary>
public sealed record ControlClause(IReadOnlyList<int> Codes, WindowKind Window);

/// <summary>Which SSINs of a request a row controls (docs/decisions.md, "Flemish CPAS: Vesta and KBI").</summary>
public enum SsinRule
{
    /// <summary>The one SSIN of the request.</summary>
    One,
    /// <summary>Every SSIN of the request's key; one failing refuses the whole request; a key without an SSIN is refused.</summary>
    Each,
    /// <summary>Every SSIN of the request's key when there is one; without an SSIN, no control by the BCSS.</summary>
    EachIfAny,
}

/// <summary>One row of the authorisation table: a service operation and what it requires.</summary>
public sealed record ControlRow(string Service, string Operation, IReadOnlyList<ControlClause> Clauses, string Note = "")
{
    public bool Uncontrolled => Clauses.Count == 0;

    public IEnumerable<int> Codes => Clauses.SelectMany(c => c.Codes).Distinct().Order();

    /// <summary>The region the calling CPAS must lie in (its region in the registry); null: any CPAS.</summary>
    public string? Region { get; init; }

    /// <summary>Which SSINs of the request are controlled.</summary>
    public SsinRule Ssins { get; init; } = SsinRule.One;

    /// <summary>The clauses beyond codes and window, in words: the region and the SSIN rule (catalogue, coverage table).</summary>
    public string Conditions => string.Join("; ", new[]
    {
        Region switch { null => null, Regions.Flanders => "Flemish CPAS only", _ => $"CPAS of {Region} only" },
        Ssins switch
        {
            SsinRule.Each => "every NISS of the key, one failing refuses the request",
            SsinRule.EachIfAny => "every NISS of the key, one failing refuses the request; no NISS: no control",
            _ => null,
        },
    }.Where(c => c is not null));
}

/// <summary>The regions a control row can require (the CPAS's region in the registry; a CPAS added by its first call has none).</summary>
public static class Regions
{
    public const string Flanders = "Flanders";

    /// <summary>The region of a CPAS a caller added (decisions, "Flemish CPAS: Vesta and KBI").</summary>
    public const string Unknown = "unknown";
}

/// <summary>
/// Seed 003 §4 as one table of data (services.md §4), reviewed row by row; every service operation of the digest has
/// a row, served or not. Rows are looked up by service and operation; no handler re-implements a control.
/// </summary>
public static class ControlTable
{
    private static readonly int[] A = QualityCodes.Applicant;

    private static int[] Codes(params int[] extra) => [.. A, .. extra];

    private static ControlRow Row(string service, string operation, int[] codes, WindowKind window, string note = "") =>
        new(service, operation, [new ControlClause(codes, window)], note);

    private static ControlRow Free(string service, string operation, string note = "") => new(service, operation, [], note);

    private static ControlRow Split(string service, string operation, string note, params ControlClause[] clauses) =>
        new(service, operation, clauses, note);

    /// <summary>A Vesta row: its codes under OVERLAP with the period its note names, Flemish CPAS only, every SSIN of the key.</summary>
    private static ControlRow Vesta(string service, string operation, int[] codes, string against, SsinRule ssins = SsinRule.Each) =>
        Row(service, operation, codes, WindowKind.Overlap, against) with { Region = Regions.Flanders, Ssins = ssins };

    private static readonly ControlClause Carmed001 = new([1], WindowKind.Sysdate);
    private static readonly ControlClause Carmed004 = new([4], WindowKind.Overlap);

    public static readonly IReadOnlyList<ControlRow> Rows =
    [
        // 4.1 Identification and the BCSS repertory
        Free("BisPersonService", "registerPerson", "the number does not exist yet"),
        Free("ManagePerson", "createKSZCitizen", "legacy name of BisPersonService.registerPerson"),
        Row("CBSSPersonService", "updatePerson", QualityCodes.AnyCpas, WindowKind.Sysdate, "a BIS number integrated by the calling CPAS, as replaceSSIN (seed 004: not used by CPAS)"),
        Row("BisPersonService", "replaceSSIN", QualityCodes.AnyCpas, WindowKind.Sysdate, "the old NISS integrated by the calling CPAS"),
        Free("OCMWCPASManageAccess", "REGISTER", "no integration control; the ProofOfAuthentication must match"),
        Free("OCMWCPASManageAccess", "UNREGISTER", "no control, no proof (seed 003)"),
        Free("OCMWCPASManageAccess", "LIST", "any CPAS may see other CPAS' integrations; the caller must be a CPAS"),
        Row("ReferenceManager", "consult", Codes(20, 21, 30), WindowKind.Overlap, "OVERLAP(request's integration period)"),
        Free("SSINInformationService", "getHistory"),
        Free("TestConnectionService", "sendTestMessage", "connectivity check"),
        // 4.2 National Register and BCSS registers
        Free("OCMWCPASIdentifyPerson", "search", "legacy SSDN name of PersonServiceV4"),
        Free("PersonServiceV4", "searchPersonBySsin"),
        Free("PersonServiceV4", "searchPersonPhonetically"),
        Free("NRPPersonService", "findByAddress", "RN persons only"),
        Free("OCMWCPASFindByAddress", "search", "legacy name of NRPPersonService"),
        Row("OCMWCPASPerformInvestigation", "search", Codes(30, 31), WindowKind.Window),
        Row("PersonHistory", "getHistory", Codes(30, 31), WindowKind.Window),
        Row("RetrieveTIGroups", "retrieveTI", Codes(30), WindowKind.Window, "030 alone: debtor view without the applicant-only TIs (services.md §6)"),
        Row("FamilyCompositionService", "getFamilyComposition", Codes(30), WindowKind.Window, "as RetrieveTIGroups"),
        Row("MutationsSender", "notifyPerson", A, WindowKind.Sysdate),
        Row("MutationsSender", "notifyFamilyComposition", A, WindowKind.Sysdate),
        Row("MutationsSender", "waitRegisterMutation", A, WindowKind.Sysdate),
        Free("NotificationService", "pullNotifications", "modelled pull: the caller's notifications only (docs/decisions.md, \"Notifications and CPAS Online\")"),
        // 4.3 ONSS
        Row("Dolsis", "findEmployersByWorker", Codes(30), WindowKind.Sysdate),
        Row("Dolsis", "getEmploymentDetail", A, WindowKind.Sysdate),
        Free("Dolsis", "getEmployerDetail", "not a NISS"),
        Row("Dolsis", "findPostedWorkers", A, WindowKind.Sysdate),
        Row("Dolsis", "getPostedWorkerDetail", A, WindowKind.Sysdate),
        Row("Dolsis", "findPostingDocumentDetail", A, WindowKind.Sysdate),
        Row("PersonnelFile", "notify", Codes(30), WindowKind.Sysdate),
        Free("A701", "consult", "the employer repertory (XMLite message A701): employers, not a NISS (seed 003 4.3, seed 004)"),
        // 4.4 INASTI
        Row("SelfEmployedV2", "consult", Codes(31), WindowKind.Sysdate),
        Row("SelfEmployedCareerNotifications", "notify", A, WindowKind.Sysdate),
        // 4.5 Mutualities
        Split("HealthCareInsurance", "consult", "040 for the head of family and household members (heating allowance)",
            new ControlClause(A, WindowKind.Sysdate), new ControlClause([40], WindowKind.Sysdate)),
        Row("OCMWCPASRvvBimOmnioStatus", "consult", [40], WindowKind.Sysdate),
        // 4.6 SPF Finances
        Row("TaxAssessmentData", "consult", Codes(30, 31), WindowKind.Sysdate, "applicant and cohabitants"),
        Row("PatrimonyService", "consult", Codes(30, 31), WindowKind.Sysdate),
        Row("OCMWCPASHouseholdIncome", "consult", [40], WindowKind.Overlap, "OVERLAP(heating period); control by the SPP IS"),
        // 4.7–4.11 Other sources
        Row("OCMWCPASPensionRegisterConsult", "consult", Codes(30, 31), WindowKind.Pension5Y),
        Row("OCMWCPASPensionRegisterConsult", "notifyPensionRegisterMutations", Codes(30, 31), WindowKind.Sysdate),
        Row("ChildBenefits", "consult", A, WindowKind.Sysdate),
        Row("HandiService", "consult", A, WindowKind.Sysdate),
        Row("SocialRateInvestigation", "consult", A, WindowKind.Sysdate),
        Row("UnemploymentDataService", "consult", A, WindowKind.Sysdate),
        Row("Jobseeker", "consult", A, WindowKind.Sysdate, "not in seed 003; services.md"),
        Row("ConsultAttest", "consult", A, WindowKind.Sysdate, "not in seed 003; services.md"),
        Row("HdiIndemnityPeriodNotification", "notify", A, WindowKind.Sysdate, "seed 004: 'à venir'; receivers as ConsultAttest"),
        Row("QualificationCertificateService", "consult", A, WindowKind.Sysdate, "all CPAS"),
        Row("OCMWCPASPensionRegisterConsult", "holidayPeriods", Codes(30, 31), WindowKind.Sysdate, "ONVA holiday periods: seed 004 gives the pension register's technical name"),
        // 4.12–4.15 SPP IS and Mediprima
        Row("OCMWCPASRegisterAttest", "grant", [2], WindowKind.Window),
        Free("OCMWCPASRegisterAttest", "refuse"),
        Row("OCMWCPASStopAttest", "stop", [2], WindowKind.Window),
        Free("OCMWCPASRegisterRecoveredAmount", "register"),
        Row("OCMWCPASWet65Loi65AB", "send", [1, 2, 3, 4, 5, 6], WindowKind.Window),
        Row("OCMWCPASWet65Loi65C", "send", [1, 2, 3, 4, 5, 6], WindowKind.Window),
        Row("OCMWCPASWet65Loi65DF", "D", [3], WindowKind.Window),
        Free("OCMWCPASWet65Loi65DF", "F"),
        Row("OCMWCPASOrganicLaw", "send", A, WindowKind.Window),
        Row("OCMWCPASListOfAttestations", "bySsin", Codes(30, 31, 40), WindowKind.Sysdate),
        Free("OCMWCPASListOfAttestations", "byCpas"),
        Row("OCMWCPASA036", "send", QualityCodes.AnyCpas, WindowKind.Overlap, "any active integration; OVERLAP(attestation validity)"),
        Row("OCMWCPASL036", "consult", Codes(40), WindowKind.Sysdate, "the SSDN consultation LivingWages succeeds"),
        Row("LivingWages", "consult", Codes(40), WindowKind.Sysdate),
        Row("A036OfPCSAService", "send", QualityCodes.AnyCpas, WindowKind.Overlap, "the SOA successor of OCMWCPASA036 (seed 003 4.12); as OCMWCPASA036"),
        Free("DofiCostInvestigationMI", "batch", "SPP IS → Office des étrangers, attestations in batch (seed 003 4.12)"),
        // 4.12b Clients of the CPAS' data (seed 003 4.12, seed 004): other institutions call these; the control is on the person's RIS/ERIS
        Free("LivingWages", "getLivingWagesPeriods", "social inspections: no integration control (seed 003)"),
        Row("LivingWages", "getLivingWagesPeriodsPerPCSA", [2, 3], WindowKind.Sysdate, "INASTI: an active RIS/ERIS integration on the system date"),
        Row("LivingWages", "getLivingWagesPeriodPerPCSAFlanders", [2, 3], WindowKind.Overlap, "KBI: RIS/ERIS one day of the consultation period"),
        Row("LivingWages", "LivingWagesWithAmount", [2, 3], WindowKind.Sysdate, "VMSW, study grants, Kind en Gezin, Wonen Vlaanderen: integration on the system date"),
        Free("LivingWages", "YearlyAllocationLivingWagesTransmission", "SPP IS → SPF Finances: no blocking control (seed 003)"),
        Row("SSH", "consult", [2, 3], WindowKind.Sysdate, "harmonised social statutes (attestations) for De Lijn, STIB, water companies"),
        Row("WaterSocialRights", "consult", [2, 3], WindowKind.Sysdate, "RIS/ERIS active on 1 January of the reference year (seed 003)"),
        Row("TelecomSocialRightsService", "consult", [2, 3], WindowKind.Sysdate, "BIPT: an adequate integration on the system date (seed 003)"),
        Free("BailiffSolvencyInquiry", "consult", "bailiffs (seed 004, clients of CPAS data); no codes given"),
        Row("LivingWagesNotifications", "notify", Codes(40), WindowKind.Sysdate, "seed 003: beside getLivingWages; receivers as LivingWages.consult (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Row("OCMWCPASHeatingAllocation", "ComputeAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("OCMWCPASHeatingAllocation", "SaveAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("OCMWCPASHeatingAllocation", "CancelAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("HeatingAllocation", "ConsultAllocation", Codes(40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("ElectronicSocialReport", "askSocialAssistanceData", A, WindowKind.Sysdate),
        Row("ElectronicSocialReport", "sendSocialAssistanceData", A, WindowKind.Sysdate),
        Free("ElectronicSocialReport", "listSocialAssistanceRequests", "modelled pull operation (docs/decisions.md, \"Pull operations for alerts and requests\"): the requests addressed to the caller"),
        Free("PCSAAlertReaction", "react"),
        Free("PCSAAlertReaction", "listPendingAlerts", "modelled pull operation (docs/decisions.md, \"Pull operations for alerts and requests\"): the caller's unanswered alerts"),
        Row("PCSASocialInquiry", "consult", A, WindowKind.Sysdate, "Nova+ (seed 004); not in seed 003: 001–009 SYSDATE (docs/decisions.md, \"Fidelity round two: consultations\")"),
        Free("CpasOnline", "listRequests", "not in the seeds (seed 001: Primaweb): the requests addressed to the caller only (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Free("CpasOnline", "getRequestDetails", "the caller's own requests only"),
        Free("CpasOnline", "markAsRead", "the caller's own requests only"),
        Row("CpasOnline", "openFile", QualityCodes.AnyCpas, WindowKind.Sysdate, "the identified citizen integrated by the caller at D (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Split("ManageCarmed", "evaluateCarmed", "004: one day in the request period or at the reference date", Carmed001, Carmed004),
        Split("ManageCarmed", "openCarmed", "OVERLAP(validity period)", new ControlClause([1, 4], WindowKind.Overlap)),
        Row("ManageCarmed", "modifyCarmed", [4], WindowKind.Overlap, "OVERLAP(new validity period)"),
        Row("ManageCarmed", "evaluateModifiedCarmed", [4], WindowKind.Overlap, "OVERLAP(new validity period)"),
        Row("ManageCarmed", "stopCarmed", [4], WindowKind.Overlap, "OVERLAP([D, endDate]) in whichever order (docs/decisions.md, \"ManageCarmed: stop, history, removed\")"),
        Split("ManageCarmed", "consultCarmed", "", Carmed001, Carmed004),
        Split("ManageCarmed", "queryCarmedManager", "", Carmed001, Carmed004),
        Split("ManageCarmed", "searchUrgentMedicalAidAttestation", "", Carmed001, Carmed004),
        Row("ManageCarmed", "consultCarmedHistory", [4], WindowKind.Overlap, "OVERLAP(request period)"),
        Split("ManageCarmed", "consultCarmedByVersion", "not given by seed 003: as consultCarmed (docs/decisions.md, \"ManageCarmed: stop, history, removed\", modelled)", Carmed001, Carmed004),
        Free("ManageCarmed", "removeCarmed", "withdrawn operation (seed 003: service supprimé)"),
        Free("eCarmedCalculationNotification", "notify", "no control given by seed 003"),
        // 4.15b Care providers' side of Mediprima (eHealth)
        Free("MediPrimaConsult", "consultCarmedIntervention", "eHealth checks the care provider"),
        Free("MediPrimaUma", "sendUrgentMedicalAidAttestation"),
        Free("MediPrimaUma", "searchUrgentMedicalAidAttestation"),
        Free("MediPrimaUma", "deleteUrgentMedicalAidAttestation"),
        // 4.16 Flemish Community: Vlaams Agentschap Zorg en Gezondheid (Vesta), "alleen voor Vlaamse OCMW's". Every row:
        // overlap with the integration "in de 2 repertoria" (ours: the one repertory); "fictieve referteperiode" = the day D.
        Vesta("VestaConsultlicence", "consult", [21], "OVERLAP(fictitious reference period)"),
        Vesta("VestaConsultEmployment", "consult", [21], "OVERLAP(employment period)"),
        Vesta("VestaConsultDossier", "consult", [8], "with an SSIN: OVERLAP(fictitious reference period); without one: no BCSS control", SsinRule.EachIfAny),
        Vesta("VestaConsultClient", "consult", [1, 8], "OVERLAP(fictitious reference period)"),
        Vesta("VestaConsultPerformance", "consult", [8, 21], "with a client and/or collaborator identified: OVERLAP(fictitious reference period); else no BCSS control", SsinRule.EachIfAny),
        Vesta("VestaCancelMostRecentProfile", "update", [8], "OVERLAP(date the profile is removed)"),
        Vesta("VestaCancelMostRecentContribution", "update", [8], "OVERLAP(fictitious reference period)"),
        Vesta("VestaCancelMostRecentCareStatusses", "update", [21], "OVERLAP(validity date)"),
        Vesta("VestaCancelEmployment", "update", [21], "OVERLAP(date from which the employment is cancelled)"),
        Vesta("VestaAddProfile", "update", [8], "OVERLAP(fictitious reference period)"),
        Vesta("VestaAddContribution", "update", [8], "OVERLAP(fictitious reference period)"),
        Vesta("VestaEndEmployment", "update", [21], "OVERLAP(end date of the employment)"),
        Vesta("VestaEmployPerson", "update", [20, 21], "OVERLAP(employment period; its end date optional)"),
        Vesta("VestaDeletePerformance", "update", [21], "OVERLAP(date in the message); several collaborators"),
        Vesta("VestaCreateStartTimeStopTimePerformance", "update", [21], "OVERLAP(date in the message); several collaborators"),
        Vesta("VestaCreateNewCareStatus", "update", [21], "OVERLAP(validity date)"),
        Vesta("VestaCreateDurationPerformance", "update", [21], "OVERLAP(date in the message); several collaborators"),
        Vesta("VestaCreateDossier", "update", [1, 2, 3, 4, 5, 8], "OVERLAP(validity date of the message)"),
        Vesta("VestaCorrectProfile", "update", [8], "OVERLAP(fictitious reference period); the optional date is not used"),
        Vesta("VestaCorrectEmployment", "update", [21], "OVERLAP(start dates of the employments to remove)"),
        Vesta("VestaCorrectDossier", "update", [8], "OVERLAP(fictitious reference period); the optional dates are not used"),
        Vesta("VestaCorrectContribution", "update", [8], "OVERLAP(fictitious reference period); the optional date is not used"),
        Vesta("VestaCorrectCareStatusses", "update", [21], "OVERLAP(start date of the employment)"),
        Vesta("VestaUndoEndEmployment", "update", [21], "OVERLAP(date from which the employment is cancelled)"),
        Vesta("VestaCloseActivePeriod", "update", [8], "one day of OVERLAP(active period)"),
        Vesta("VestaCorrectActivePeriod", "update", [8], "OVERLAP(validFromDate); not the new active period (optional)"),
        Vesta("VestaCreateActivePeriod", "update", [8], "one day of OVERLAP(active period)"),
        Vesta("VestaDeleteActivePeriod", "update", [8], "seed 003 words no code: as VestaCreateActivePeriod, OVERLAP(active period) (modelled)"),
        Vesta("VestaUndoCloseActivePeriod", "update", [8], "seed 003 words no code: as VestaCreateActivePeriod, OVERLAP(active period) (modelled)"),
        Vesta("VestacreateHelpPeriod", "update", [8], "one day of OVERLAP(help period)"),
        Vesta("VestacorrectHelpPeriod", "update", [8], "seed 003 words no code: as VestacreateHelpPeriod, OVERLAP(help period) (modelled)"),
        Vesta("VestacloseHelpPeriod", "update", [8], "seed 003 words no code: as VestacreateHelpPeriod, OVERLAP(help period) (modelled)"),
        Vesta("VestadeleteHelpPeriod", "update", [8], "seed 003 words no code: as VestacreateHelpPeriod, OVERLAP(help period) (modelled)"),
        Vesta("VestaundocloseHelpPeriod", "update", [8], "seed 003 words no code: as VestacreateHelpPeriod, OVERLAP(help period) (modelled)"),
        // KBI Inburgering, "alleen toegankelijk tot de Vlaamse OCMW's"; "INSZ moet op de systeemdatum geïntegreerd zijn"
        Row("KBIInburgering", "geefDossierKBI", A, WindowKind.Sysdate, "raadpleging") with { Region = Regions.Flanders },
        Row("KBIInburgering", "registreerToeleiding", A, WindowKind.Sysdate, "inleiding (toeleiding)") with { Region = Regions.Flanders },
    ];

    public static ControlRow Get(string service, string operation) =>
        Rows.FirstOrDefault(r => r.Service == service && r.Operation == operation)
        ?? throw new KeyNotFoundException($"No control row for {service}.{operation}.");
}
