using CbssSimulator.Integrations;
using Xunit;

namespace CbssSimulator.Tests.Integrations;

/// <summary>
/// Every row of the control table against services.md §4 (seed 003), restated here independently: quality codes
/// and window per operation. A row added or changed in the product without changing this list fails.
/// </summary>
public class ControlTableTests
{
    private const string A = "001-009";

    public static readonly TheoryData<string, string, string> Expected = new()
    {
        { "BisPersonService", "registerPerson", "NONE" },
        { "ManagePerson", "createKSZCitizen", "NONE" },
        { "CBSSPersonService", "updatePerson", "001-009,011,012,020,021,030,031,040:SYSDATE" },
        { "BisPersonService", "replaceSSIN", "001-009,011,012,020,021,030,031,040:SYSDATE" },
        { "OCMWCPASManageAccess", "REGISTER", "NONE" },
        { "OCMWCPASManageAccess", "UNREGISTER", "NONE" },
        { "OCMWCPASManageAccess", "LIST", "NONE" },
        { "ReferenceManager", "consult", $"{A},020,021,030:OVERLAP" },
        { "SSINInformationService", "getHistory", "NONE" },
        { "TestConnectionService", "sendTestMessage", "NONE" },
        { "OCMWCPASIdentifyPerson", "search", "NONE" },
        { "PersonServiceV4", "searchPersonBySsin", "NONE" },
        { "PersonServiceV4", "searchPersonPhonetically", "NONE" },
        { "NRPPersonService", "findByAddress", "NONE" },
        { "OCMWCPASFindByAddress", "search", "NONE" },
        { "OCMWCPASPerformInvestigation", "search", $"{A},030,031:WINDOW" },
        { "PersonHistory", "getHistory", $"{A},030,031:WINDOW" },
        { "RetrieveTIGroups", "retrieveTI", $"{A},030:WINDOW" },
        { "FamilyCompositionService", "getFamilyComposition", $"{A},030:WINDOW" },
        { "MutationsSender", "notifyPerson", $"{A}:SYSDATE" },
        { "MutationsSender", "notifyFamilyComposition", $"{A}:SYSDATE" },
        { "MutationsSender", "waitRegisterMutation", $"{A}:SYSDATE" },
        { "NotificationService", "pullNotifications", "NONE" },
        { "Dolsis", "findEmployersByWorker", $"{A},030:SYSDATE" },
        { "Dolsis", "getEmploymentDetail", $"{A}:SYSDATE" },
        { "Dolsis", "getEmployerDetail", "NONE" },
        { "Dolsis", "findPostedWorkers", $"{A}:SYSDATE" },
        { "Dolsis", "getPostedWorkerDetail", $"{A}:SYSDATE" },
        { "Dolsis", "findPostingDocumentDetail", $"{A}:SYSDATE" },
        { "PersonnelFile", "notify", $"{A},030:SYSDATE" },
        { "A701", "consult", "NONE" },
        { "SelfEmployedV2", "consult", $"{A},031:SYSDATE" },
        { "SelfEmployedCareerNotifications", "notify", $"{A}:SYSDATE" },
        { "HealthCareInsurance", "consult", $"{A}:SYSDATE|040:SYSDATE" },
        { "OCMWCPASRvvBimOmnioStatus", "consult", "040:SYSDATE" },
        { "TaxAssessmentData", "consult", $"{A},030,031:SYSDATE" },
        { "PatrimonyService", "consult", $"{A},030,031:SYSDATE" },
        { "OCMWCPASHouseholdIncome", "consult", "040:OVERLAP" },
        { "OCMWCPASPensionRegisterConsult", "consult", $"{A},030,031:PENSION5Y" },
        { "OCMWCPASPensionRegisterConsult", "notifyPensionRegisterMutations", $"{A},030,031:SYSDATE" },
        { "ChildBenefits", "consult", $"{A}:SYSDATE" },
        { "HandiService", "consult", $"{A}:SYSDATE" },
        { "SocialRateInvestigation", "consult", $"{A}:SYSDATE" },
        { "UnemploymentDataService", "consult", $"{A}:SYSDATE" },
        { "Jobseeker", "consult", $"{A}:SYSDATE" },
        { "ConsultAttest", "consult", $"{A}:SYSDATE" },
        { "HdiIndemnityPeriodNotification", "notify", $"{A}:SYSDATE" },
        { "QualificationCertificateService", "consult", $"{A}:SYSDATE" },
        { "OCMWCPASPensionRegisterConsult", "holidayPeriods", $"{A},030,031:SYSDATE" },
        { "OCMWCPASRegisterAttest", "grant", "002:WINDOW" },
        { "OCMWCPASRegisterAttest", "refuse", "NONE" },
        { "OCMWCPASStopAttest", "stop", "002:WINDOW" },
        { "OCMWCPASRegisterRecoveredAmount", "register", "NONE" },
        { "OCMWCPASWet65Loi65AB", "send", "001-006:WINDOW" },
        { "OCMWCPASWet65Loi65C", "send", "001-006:WINDOW" },
        { "OCMWCPASWet65Loi65DF", "D", "003:WINDOW" },
        { "OCMWCPASWet65Loi65DF", "F", "NONE" },
        { "OCMWCPASOrganicLaw", "send", $"{A}:WINDOW" },
        { "OCMWCPASListOfAttestations", "bySsin", $"{A},030,031,040:SYSDATE" },
        { "OCMWCPASListOfAttestations", "byCpas", "NONE" },
        { "OCMWCPASA036", "send", "001-009,011,012,020,021,030,031,040:OVERLAP" },
        { "LivingWages", "consult", $"{A},040:SYSDATE" },
        { "A036OfPCSAService", "send", "001-009,011,012,020,021,030,031,040:OVERLAP" },
        { "DofiCostInvestigationMI", "batch", "NONE" },
        { "LivingWages", "getLivingWagesPeriods", "NONE" },
        { "LivingWages", "getLivingWagesPeriodsPerPCSA", "002,003:SYSDATE" },
        { "LivingWages", "getLivingWagesPeriodPerPCSAFlanders", "002,003:OVERLAP" },
        { "LivingWages", "LivingWagesWithAmount", "002,003:SYSDATE" },
        { "LivingWages", "YearlyAllocationLivingWagesTransmission", "NONE" },
        { "SSH", "consult", "002,003:SYSDATE" },
        { "WaterSocialRights", "consult", "002,003:SYSDATE" },
        { "TelecomSocialRightsService", "consult", "002,003:SYSDATE" },
        { "BailiffSolvencyInquiry", "consult", "NONE" },
        { "LivingWagesNotifications", "notify", $"{A},040:SYSDATE" },
        { "OCMWCPASL036", "consult", $"{A},040:SYSDATE" },
        { "OCMWCPASHeatingAllocation", "ComputeAllocation", $"{A},030,031,040:OVERLAP" },
        { "OCMWCPASHeatingAllocation", "SaveAllocation", $"{A},030,031,040:OVERLAP" },
        { "OCMWCPASHeatingAllocation", "CancelAllocation", $"{A},030,031,040:OVERLAP" },
        { "HeatingAllocation", "ConsultAllocation", $"{A},040:OVERLAP" },
        { "ElectronicSocialReport", "askSocialAssistanceData", $"{A}:SYSDATE" },
        { "ElectronicSocialReport", "sendSocialAssistanceData", $"{A}:SYSDATE" },
        { "ElectronicSocialReport", "listSocialAssistanceRequests", "NONE" },
        { "PCSAAlertReaction", "react", "NONE" },
        { "PCSAAlertReaction", "listPendingAlerts", "NONE" },
        { "PCSASocialInquiry", "consult", $"{A}:SYSDATE" },
        { "CpasOnline", "listRequests", "NONE" },
        { "CpasOnline", "getRequestDetails", "NONE" },
        { "CpasOnline", "markAsRead", "NONE" },
        { "CpasOnline", "openFile", "001-009,011,012,020,021,030,031,040:SYSDATE" },
        { "ManageCarmed", "evaluateCarmed", "001:SYSDATE|004:OVERLAP" },
        { "ManageCarmed", "openCarmed", "001,004:OVERLAP" },
        { "ManageCarmed", "modifyCarmed", "004:OVERLAP" },
        { "ManageCarmed", "evaluateModifiedCarmed", "004:OVERLAP" },
        { "ManageCarmed", "stopCarmed", "004:OVERLAP" },
        { "ManageCarmed", "consultCarmed", "001:SYSDATE|004:OVERLAP" },
        { "ManageCarmed", "queryCarmedManager", "001:SYSDATE|004:OVERLAP" },
        { "ManageCarmed", "searchUrgentMedicalAidAttestation", "001:SYSDATE|004:OVERLAP" },
        { "ManageCarmed", "consultCarmedHistory", "004:OVERLAP" },
        { "ManageCarmed", "consultCarmedByVersion", "001:SYSDATE|004:OVERLAP" },
        { "ManageCarmed", "removeCarmed", "NONE" },
        { "eCarmedCalculationNotification", "notify", "NONE" },
        { "MediPrimaConsult", "consultCarmedIntervention", "NONE" },
        { "MediPrimaUma", "sendUrgentMedicalAidAttestation", "NONE" },
        { "MediPrimaUma", "searchUrgentMedicalAidAttestation", "NONE" },
        { "MediPrimaUma", "deleteUrgentMedicalAidAttestation", "NONE" },
        // 4.16 Vesta, seed 003 lines 8371-8738, one row each (Flemish CPAS only: VestaRegionAndSsinTests)
        { "VestaConsultlicence", "consult", "021:OVERLAP" },
        { "VestaConsultEmployment", "consult", "021:OVERLAP" },
        { "VestaConsultDossier", "consult", "008:OVERLAP" },
        { "VestaConsultClient", "consult", "001,008:OVERLAP" },
        { "VestaConsultPerformance", "consult", "008,021:OVERLAP" },
        { "VestaCancelMostRecentProfile", "update", "008:OVERLAP" },
        { "VestaCancelMostRecentContribution", "update", "008:OVERLAP" },
        { "VestaCancelMostRecentCareStatusses", "update", "021:OVERLAP" },
        { "VestaCancelEmployment", "update", "021:OVERLAP" },
        { "VestaAddProfile", "update", "008:OVERLAP" },
        { "VestaAddContribution", "update", "008:OVERLAP" },
        { "VestaEndEmployment", "update", "021:OVERLAP" },
        { "VestaEmployPerson", "update", "020,021:OVERLAP" },
        { "VestaDeletePerformance", "update", "021:OVERLAP" },
        { "VestaCreateStartTimeStopTimePerformance", "update", "021:OVERLAP" },
        { "VestaCreateNewCareStatus", "update", "021:OVERLAP" },
        { "VestaCreateDurationPerformance", "update", "021:OVERLAP" },
        { "VestaCreateDossier", "update", "001-005,008:OVERLAP" },
        { "VestaCorrectProfile", "update", "008:OVERLAP" },
        { "VestaCorrectEmployment", "update", "021:OVERLAP" },
        { "VestaCorrectDossier", "update", "008:OVERLAP" },
        { "VestaCorrectContribution", "update", "008:OVERLAP" },
        { "VestaCorrectCareStatusses", "update", "021:OVERLAP" },
        { "VestaUndoEndEmployment", "update", "021:OVERLAP" },
        { "VestaCloseActivePeriod", "update", "008:OVERLAP" },
        { "VestaCorrectActivePeriod", "update", "008:OVERLAP" },
        { "VestaCreateActivePeriod", "update", "008:OVERLAP" },
        { "VestaDeleteActivePeriod", "update", "008:OVERLAP" },
        { "VestaUndoCloseActivePeriod", "update", "008:OVERLAP" },
        { "VestacreateHelpPeriod", "update", "008:OVERLAP" },
        { "VestacorrectHelpPeriod", "update", "008:OVERLAP" },
        { "VestacloseHelpPeriod", "update", "008:OVERLAP" },
        { "VestadeleteHelpPeriod", "update", "008:OVERLAP" },
        { "VestaundocloseHelpPeriod", "update", "008:OVERLAP" },
        { "KBIInburgering", "geefDossierKBI", $"{A}:SYSDATE" },
        { "KBIInburgering", "registreerToeleiding", $"{A}:SYSDATE" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Row_MatchesTheAuthorisationTable(string service, string operation, string expected) =>
        Assert.Equal(expected, Describe(ControlTable.Get(service, operation)));

    [Fact]
    public void EveryRow_IsListedHere_AndNoRowIsTwice()
    {
        var listed = Expected.Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        var rows = ControlTable.Rows.Select(r => (r.Service, r.Operation)).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(listed.Order(), rows.Order());
    }

    /// <summary>Behaviour per row: an integration covering every window is accepted exactly for the row's codes.</summary>
    [Theory]
    [MemberData(nameof(Expected))]
    public void Row_AcceptsExactlyItsCodes(string service, string operation, string _)
    {
        var row = ControlTable.Get(service, operation);
        var today = new DateOnly(2026, 11, 23);
        var wide = new Period(today.AddYears(-10), today.AddYears(10));
        foreach (var code in QualityCodes.AnyCpas)
        {
            var verdict = IntegrationControl.Evaluate(row, [new Integration(1, "85073003328", "0212344876", code, wide)], today, new Period(today, today));
            Assert.Equal(row.Uncontrolled || row.Codes.Contains(code), verdict.Allowed);
        }

        Assert.Equal(row.Uncontrolled, IntegrationControl.Evaluate(row, [], today, null).Allowed);
    }

    private static string Describe(ControlRow row) => row.Uncontrolled ? "NONE"
        : string.Join("|", row.Clauses.Select(c => Codes(c.Codes) + ":" + c.Window.ToString().ToUpperInvariant()));

    private static string Codes(IReadOnlyList<int> codes)
    {
        var parts = new List<string>();
        var sorted = codes.Order().ToList();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1 && sorted[j + 1] <= 9)
            {
                j++;
            }

            parts.Add(j - i >= 2 ? $"{sorted[i]:000}-{sorted[j]:000}" : string.Join(",", sorted.Skip(i).Take(j - i + 1).Select(c => c.ToString("000", CultureInfo.InvariantCulture))));
            i = j + 1;
        }

        return string.Join(",", parts);
    }
}
