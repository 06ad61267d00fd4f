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

/// <summary>One row of the authorisation table: a service operation and what it requires.</summary>
public sealed record ControlRow(string Service, string Operation, IReadOnlyList<ControlClause> Clauses, string Note = "")
{
    public bool Uncontrolled => Clauses.Count == 0;

    public IEnumerable<int> Codes => Clauses.SelectMany(c => c.Codes).Distinct().Order();
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

    private static readonly ControlClause Carmed001 = new([1], WindowKind.Sysdate);
    private static readonly ControlClause Carmed004 = new([4], WindowKind.Overlap);

    public static readonly IReadOnlyList<ControlRow> Rows =
    [
        // 4.1 Identification and the BCSS repertory
        Free("BisPersonService", "registerPerson", "the number does not exist yet"),
        Free("ManagePerson", "createKSZCitizen", "legacy name of BisPersonService.registerPerson"),
        Free("CBSSPersonService", "updatePerson", "seed 003: not used by CPAS"),
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
        Row("LivingWagesNotifications", "notify", Codes(40), WindowKind.Sysdate, "seed 003: beside getLivingWages; receivers as LivingWages.consult (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Row("OCMWCPASHeatingAllocation", "ComputeAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("OCMWCPASHeatingAllocation", "SaveAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("OCMWCPASHeatingAllocation", "CancelAllocation", Codes(30, 31, 40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("HeatingAllocation", "ConsultAllocation", Codes(40), WindowKind.Overlap, "OVERLAP(heating period)"),
        Row("ElectronicSocialReport", "askSocialAssistanceData", A, WindowKind.Sysdate),
        Row("ElectronicSocialReport", "sendSocialAssistanceData", A, WindowKind.Sysdate),
        Free("ElectronicSocialReport", "listSocialAssistanceRequests", "modelled pull operation (decisions §37): the requests addressed to the caller"),
        Free("PCSAAlertReaction", "react"),
        Free("CpasOnline", "listRequests", "not in the seeds (seed 001: Primaweb): the requests addressed to the caller only (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Free("CpasOnline", "getRequestDetails", "the caller's own requests only"),
        Free("CpasOnline", "markAsRead", "the caller's own requests only"),
        Row("CpasOnline", "openFile", QualityCodes.AnyCpas, WindowKind.Sysdate, "the identified citizen integrated by the caller at D (docs/decisions.md, \"Notifications and CPAS Online\")"),
        Free("PCSAAlertReaction", "listPendingAlerts", "modelled pull operation (decisions §37): the caller's unanswered alerts"),
        Free("PCSASocialInquiry", "consult", "not in seed 003"),
        Split("ManageCarmed", "evaluateCarmed", "004: one day in the request period or at the reference date", Carmed001, Carmed004),
        Split("ManageCarmed", "openCarmed", "OVERLAP(validity period)", new ControlClause([1, 4], WindowKind.Overlap)),
        Row("ManageCarmed", "modifyCarmed", [4], WindowKind.Overlap, "OVERLAP(new validity period)"),
        Row("ManageCarmed", "evaluateModifiedCarmed", [4], WindowKind.Overlap, "OVERLAP(new validity period)"),
        Row("ManageCarmed", "stopCarmed", [4], WindowKind.Overlap, "OVERLAP([D, endDate]) in whichever order (decisions §34)"),
        Split("ManageCarmed", "consultCarmed", "", Carmed001, Carmed004),
        Split("ManageCarmed", "queryCarmedManager", "", Carmed001, Carmed004),
        Split("ManageCarmed", "searchUrgentMedicalAidAttestation", "", Carmed001, Carmed004),
        Row("ManageCarmed", "consultCarmedHistory", [4], WindowKind.Overlap, "OVERLAP(request period)"),
        Split("ManageCarmed", "consultCarmedByVersion", "not given by seed 003: as consultCarmed (decisions §34, modelled)", Carmed001, Carmed004),
        Free("ManageCarmed", "removeCarmed", "withdrawn operation (seed 003: service supprimé)"),
        Free("eCarmedCalculationNotification", "notify", "no control given by seed 003"),
        // 4.15b Care providers' side of Mediprima (eHealth)
        Free("MediPrimaConsult", "consultCarmedIntervention", "eHealth checks the care provider"),
        Free("MediPrimaUma", "sendUrgentMedicalAidAttestation"),
        Free("MediPrimaUma", "searchUrgentMedicalAidAttestation"),
        Free("MediPrimaUma", "deleteUrgentMedicalAidAttestation"),
        // 4.16 Flemish Community (Flemish CPAS only)
        Row("Vesta", "consult", [8, 20, 21], WindowKind.Overlap, "several NISS: one failing NISS refuses the whole request"),
        Row("Vesta", "update", [8, 20, 21], WindowKind.Overlap, "VestaAdd/Correct/Cancel/End/UndoEnd"),
        Row("Vesta", "createDossier", [1, 2, 3, 4, 5, 8], WindowKind.Overlap),
        Row("KBIInburgering", "geefDossierKBI", A, WindowKind.Sysdate),
        Row("KBIInburgering", "registreerToeleiding", A, WindowKind.Sysdate),
    ];

    public static ControlRow Get(string service, string operation) =>
        Rows.FirstOrDefault(r => r.Service == service && r.Operation == operation)
        ?? throw new KeyNotFoundException($"No control row for {service}.{operation}.");
}
