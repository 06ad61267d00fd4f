using CbssSimulator.Integrations;
using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Services.Ssdn;
using CbssSimulator.Services.TestConnection;

namespace CbssSimulator.Catalogue;

/// <summary>How a served operation is reached.</summary>
public sealed record Transport(TransportStyle Style, string Path, string SoapAction, string Wsdl, string? ServiceId = null, string? Version = null);

/// <summary>One service operation of services.md §4, with its state and its row of the control table.</summary>
public sealed record CatalogueEntry(
    string Service,
    string Operation,
    TransportStyle Style,
    string? ServiceId,
    string? Version,
    string? Path,
    string? SoapAction,
    string? Wsdl,
    string Contract,
    CatalogueState State,
    IReadOnlyList<string> Aliases,
    ControlRow Control)
{
    public bool Served => State == CatalogueState.Served;
}

/// <summary>
/// The service catalogue: one source of truth that <c>GET /admin/services</c>, the README's coverage table and the
/// tests read. Every row of <see cref="ControlTable"/> is an entry; the served ones carry their transport.
/// </summary>
public static class ServiceCatalogue
{
    private static readonly Transport Ssdn = new(TransportStyle.Ssdn, SsdnNamespaces.Path, SsdnNamespaces.Action, SsdnNamespaces.Path + "?wsdl");

    private static readonly Transport Heating = Ssdn with { ServiceId = "OCMWCPASHeatingAllocation", Version = "20090409" };

    private const string UmaContract = "public schema (eHealth MediPrima UMA v1), our text";

    private static Transport Uma(string operation) => new(TransportStyle.EHealthSoap, Services.Mediprima.UmaNamespaces.Path, Services.Mediprima.UmaNamespaces.Action(operation),
        Services.Mediprima.UmaNamespaces.Path + "?wsdl");

    private static readonly Dictionary<(string, string), (Transport Transport, string Contract)> ServedOperations = new()
    {
        [("OCMWCPASIdentifyPerson", "search")] = (Ssdn with { ServiceId = "OCMWCPASIdentifyPerson", Version = "20050930" }, "public schema (BCSS SSDN IdentifyPerson)"),
        [("OCMWCPASManageAccess", "REGISTER")] = (Ssdn with { ServiceId = "OCMWCPASManageAccess", Version = "20050930" }, "public schema (BCSS SSDN ManageAccess)"),
        [("OCMWCPASManageAccess", "UNREGISTER")] = (Ssdn with { ServiceId = "OCMWCPASManageAccess", Version = "20050930" }, "public schema (BCSS SSDN ManageAccess)"),
        [("OCMWCPASManageAccess", "LIST")] = (Ssdn with { ServiceId = "OCMWCPASManageAccess", Version = "20050930" }, "public schema (BCSS SSDN ManageAccess)"),
        [("OCMWCPASPerformInvestigation", "search")] = (Ssdn with { ServiceId = "OCMWCPASPerformInvestigation", Version = "20080604" }, "public schema (BCSS SSDN PerformInvestigation)"),
        [("ManagePerson", "createKSZCitizen")] = (Ssdn with { ServiceId = "ManagePerson", Version = "20050930" }, "modelled (no public schema found)"),
        [("OCMWCPASPensionRegisterConsult", "consult")] = (Ssdn with { ServiceId = "OCMWCPASPensionRegisterConsult", Version = "20090706" }, "modelled (no public schema found; request shape from a real client)"),
        [("ReferenceManager", "consult")] = (Ssdn with { ServiceId = "ReferenceManager", Version = "20050525" }, "modelled (no public schema found; shape from a real client)"),
        [("OCMWCPASRegisterAttest", "grant")] = (Ssdn with { ServiceId = "OCMWCPASRegisterAttest", Version = "20260101" }, SppisModelled),
        [("OCMWCPASRegisterAttest", "refuse")] = (Ssdn with { ServiceId = "OCMWCPASRegisterAttest", Version = "20260101" }, SppisModelled),
        [("OCMWCPASStopAttest", "stop")] = (Ssdn with { ServiceId = "OCMWCPASStopAttest", Version = "20260101" }, SppisModelled),
        [("OCMWCPASRegisterRecoveredAmount", "register")] = (Ssdn with { ServiceId = "OCMWCPASRegisterRecoveredAmount", Version = "20260101" }, SppisModelled),
        [("OCMWCPASOrganicLaw", "send")] = (Ssdn with { ServiceId = "OCMWCPASOrganicLaw", Version = "20260101" }, SppisModelled),
        [("OCMWCPASListOfAttestations", "bySsin")] = (Ssdn with { ServiceId = "OCMWCPASListOfAttestations", Version = "20080317" }, "modelled (no public schema found; shape from a real client)"),
        [("OCMWCPASListOfAttestations", "byCpas")] = (Ssdn with { ServiceId = "OCMWCPASListOfAttestations", Version = "20080317" }, "modelled (no public schema found; shape from a real client)"),
        [("OCMWCPASA036", "send")] = (Ssdn with { ServiceId = "OCMWCPASA036", Version = "20260101" }, "modelled (no public schema, ServiceId version or client found)"),
        [("OCMWCPASL036", "consult")] = (Ssdn with { ServiceId = "OCMWCPASL036", Version = "20060315" }, "modelled (no public schema found; shape from a real client)"),
        [("LivingWages", "consult")] = Modelled(Services.Sppis.LivingWagesNamespaces.Path, Services.Sppis.LivingWagesNamespaces.Action),
        [("OCMWCPASWet65Loi65AB", "send")] = (Ssdn with { ServiceId = "OCMWCPASWet65Loi65AB", Version = "20260101" }, Loi65Contract),
        [("OCMWCPASWet65Loi65C", "send")] = (Ssdn with { ServiceId = "OCMWCPASWet65Loi65C", Version = "20260101" }, Loi65Contract),
        [("OCMWCPASWet65Loi65DF", "D")] = (Ssdn with { ServiceId = "OCMWCPASWet65Loi65DF", Version = "20260101" }, Loi65Contract),
        [("OCMWCPASWet65Loi65DF", "F")] = (Ssdn with { ServiceId = "OCMWCPASWet65Loi65DF", Version = "20260101" }, Loi65Contract),
        [("ElectronicSocialReport", "askSocialAssistanceData")] = Modelled(Services.SocialReport.SocialReportNamespaces.Path, Services.SocialReport.SocialReportNamespaces.Ask),
        [("ElectronicSocialReport", "sendSocialAssistanceData")] = Modelled(Services.SocialReport.SocialReportNamespaces.Path, Services.SocialReport.SocialReportNamespaces.Send),
        [("ElectronicSocialReport", "listSocialAssistanceRequests")] = Modelled(Services.SocialReport.SocialReportNamespaces.Path, Services.SocialReport.SocialReportNamespaces.List),
        [("PCSAAlertReaction", "react")] = Modelled(Services.PcsaAlerts.PcsaAlertNamespaces.Path, Services.PcsaAlerts.PcsaAlertNamespaces.React),
        [("PCSAAlertReaction", "listPendingAlerts")] = Modelled(Services.PcsaAlerts.PcsaAlertNamespaces.Path, Services.PcsaAlerts.PcsaAlertNamespaces.List),
        [("OCMWCPASHeatingAllocation", "ComputeAllocation")] = (Heating, HeatingContract),
        [("OCMWCPASHeatingAllocation", "SaveAllocation")] = (Heating, HeatingContract),
        [("OCMWCPASHeatingAllocation", "CancelAllocation")] = (Heating, HeatingContract),
        [("HeatingAllocation", "ConsultAllocation")] = (Heating, HeatingContract),
        [("OCMWCPASHouseholdIncome", "consult")] = (Ssdn with { ServiceId = "OCMWCPASHouseholdIncome", Version = "20260101" }, "modelled (no public schema, ServiceId version or client found)"),
        [("OCMWCPASRvvBimOmnioStatus", "consult")] = (Ssdn with { ServiceId = "OCMWCPASRvvBimOmnioStatus", Version = "20260101" }, "modelled (no public schema, ServiceId version or client found)"),
        [("ManageCarmed", "evaluateCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("evaluateCarmed")),
        [("ManageCarmed", "openCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("openCarmed")),
        [("ManageCarmed", "modifyCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("modifyCarmed")),
        [("ManageCarmed", "evaluateModifiedCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("evaluateModifiedCarmed")),
        [("ManageCarmed", "stopCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("stopCarmed")),
        [("ManageCarmed", "consultCarmed")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("consultCarmed")),
        [("ManageCarmed", "consultCarmedHistory")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("consultCarmedHistory")),
        [("ManageCarmed", "consultCarmedByVersion")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("consultCarmedByVersion")),
        [("ManageCarmed", "queryCarmedManager")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("queryCarmedManager")),
        [("ManageCarmed", "removeCarmed")] = (Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("removeCarmed")).Item1,
            "withdrawn operation (service supprimé): answers a fault saying so (decisions §34)"),
        [("MediPrimaConsult", "consultCarmedIntervention")] = (new(TransportStyle.EHealthSoap, Services.Mediprima.MediPrimaConsultNamespaces.Path, Services.Mediprima.MediPrimaConsultNamespaces.Action,
            Services.Mediprima.MediPrimaConsultNamespaces.Path + "?wsdl"), "public schema (eHealth MediPrima consult v2), our text"),
        [("ManageCarmed", "searchUrgentMedicalAidAttestation")] = Modelled(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedNamespaces.Action("searchUrgentMedicalAidAttestation")),
        [("MediPrimaUma", "sendUrgentMedicalAidAttestation")] = (Uma("sendMedicalEmergencyAttestion"), UmaContract),
        [("MediPrimaUma", "searchUrgentMedicalAidAttestation")] = (Uma("searchMedicalEmergencyAttestion"), UmaContract),
        [("MediPrimaUma", "deleteUrgentMedicalAidAttestation")] = (Uma("deleteMedicalEmergencyAttestion"), UmaContract),
        [("RetrieveTIGroups", "retrieveTI")] = (new(TransportStyle.Soa, RetrieveTIGroupsNamespaces.Path, RetrieveTIGroupsNamespaces.Action, RetrieveTIGroupsNamespaces.Path + "?wsdl"),
            "public schema (RetrieveTIGroupsV2 + CommonV3; rn25 groups we emit)"),
        [("BisPersonService", "registerPerson")] = (new(TransportStyle.Soa, Services.BisPerson.BisPersonNamespaces.Path, Services.BisPerson.BisPersonNamespaces.RegisterAction,
            Services.BisPerson.BisPersonNamespaces.Path + "?wsdl"), "modelled (no public schema found)"),
        [("BisPersonService", "replaceSSIN")] = (new(TransportStyle.Soa, Services.BisPerson.BisPersonNamespaces.Path, Services.BisPerson.BisPersonNamespaces.ReplaceAction,
            Services.BisPerson.BisPersonNamespaces.Path + "?wsdl"), "modelled (no public schema found)"),
        [("PersonServiceV4", "searchPersonBySsin")] = Modelled(Services.PersonService.PersonServiceNamespaces.Path, Services.PersonService.PersonServiceNamespaces.BySsinAction),
        [("PersonServiceV4", "searchPersonPhonetically")] = Modelled(Services.PersonService.PersonServiceNamespaces.Path, Services.PersonService.PersonServiceNamespaces.PhoneticAction),
        [("FamilyCompositionService", "getFamilyComposition")] = Modelled(Services.FamilyComposition.FamilyCompositionNamespaces.Path, Services.FamilyComposition.FamilyCompositionNamespaces.Action),
        [("PersonHistory", "getHistory")] = Modelled(Services.PersonHistory.PersonHistoryNamespaces.Path, Services.PersonHistory.PersonHistoryNamespaces.Action),
        [("SSINInformationService", "getHistory")] = Modelled(Services.SsinInformation.SsinInformationNamespaces.Path, Services.SsinInformation.SsinInformationNamespaces.Action),
        [("NRPPersonService", "findByAddress")] = Modelled(Services.NrpPerson.NrpPersonNamespaces.Path, Services.NrpPerson.NrpPersonNamespaces.Action),
        [("Dolsis", "findEmployersByWorker")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.FindEmployers),
        [("Dolsis", "getEmploymentDetail")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.EmploymentDetail),
        [("Dolsis", "getEmployerDetail")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.EmployerDetail),
        [("Dolsis", "findPostedWorkers")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.PostedWorkers),
        [("Dolsis", "getPostedWorkerDetail")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.PostedWorkerDetail),
        [("Dolsis", "findPostingDocumentDetail")] = Modelled(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisNamespaces.PostingDocument),
        [("TaxAssessmentData", "consult")] = Modelled(Services.TaxAssessment.TaxAssessmentNamespaces.Path, Services.TaxAssessment.TaxAssessmentNamespaces.Action),
        [("SelfEmployedV2", "consult")] = Modelled(Services.SelfEmployed.SelfEmployedNamespaces.Path, Services.SelfEmployed.SelfEmployedNamespaces.Action),
        [("UnemploymentDataService", "consult")] = Modelled(Services.Unemployment.UnemploymentNamespaces.Path, Services.Unemployment.UnemploymentNamespaces.Action),
        [("HealthCareInsurance", "consult")] = Modelled(Services.HealthCare.HealthCareNamespaces.Path, Services.HealthCare.HealthCareNamespaces.Action),
        [("ChildBenefits", "consult")] = Modelled(Services.ChildBenefits.ChildBenefitsNamespaces.Path, Services.ChildBenefits.ChildBenefitsNamespaces.Action),
        [("PatrimonyService", "consult")] = Modelled(Services.Patrimony.PatrimonyNamespaces.Path, Services.Patrimony.PatrimonyNamespaces.Action),
        [("HandiService", "consult")] = Modelled(Services.Handi.HandiNamespaces.Path, Services.Handi.HandiNamespaces.Action),
        [("SocialRateInvestigation", "consult")] = Modelled(Services.SocialRate.SocialRateNamespaces.Path, Services.SocialRate.SocialRateNamespaces.Action),
        [("Jobseeker", "consult")] = Modelled(Services.Jobseeker.JobseekerNamespaces.Path, Services.Jobseeker.JobseekerNamespaces.Action),
        [("ConsultAttest", "consult")] = Modelled(Services.ConsultAttest.ConsultAttestNamespaces.Path, Services.ConsultAttest.ConsultAttestNamespaces.Action),
        [("QualificationCertificateService", "consult")] = Modelled(Services.Qualification.QualificationNamespaces.Path, Services.Qualification.QualificationNamespaces.Action),
        [("TestConnectionService", "sendTestMessage")] = (new(TransportStyle.Soa, TestConnectionNamespaces.Path, TestConnectionNamespaces.Action, TestConnectionNamespaces.Path + "?wsdl"),
            "public schema (TestConnectionServiceV1)"),
    };

    private const string HeatingContract = "modelled (request shape from a real client; Save, Cancel, Consult and the reply not public)";

    private const string Loi65Contract = "public schema (BCSS SSDN Loi65Wet65); ServiceId (AB, C) and Version modelled";

    private const string SppisModelled = "modelled (no public schema, ServiceId version or client found; fields from the SPP IS forms)";

    private static (Transport, string) Modelled(string path, string action) => (new(TransportStyle.Soa, path, action, path + "?wsdl"), "modelled (no public schema found)");

    /// <summary>SSDN ServiceIds and Versions seen on the wire for services not served yet (bcss-interfaces.md §3).</summary>
    private static readonly Dictionary<string, string> KnownSsdnVersions = new()
    {
        ["OCMWCPASListOfAttestations"] = "20080317",
    };

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["OCMWCPASListOfAttestations"] = ["OCMWCPASListOfAttestation"],
        ["OCMWCPASHouseholdIncome"] = ["BeTax.getFinancialInformation"],
        ["BisPersonService"] = ["ReplaceIdentification"],
        ["SelfEmployedV2"] = ["SelfEmployedV1"],
        ["PatrimonyService"] = ["ConsultImmo"],
        ["HandiService"] = ["HandiService V1"],
        ["OCMWCPASIdentifyPerson"] = ["PersonServiceV4 (successor)"],
    };

    public static IReadOnlyList<CatalogueEntry> Entries { get; } = ControlTable.Rows.Select(Entry).ToList();

    public static CatalogueEntry? Find(string service, string operation) => Entries.FirstOrDefault(e =>
        string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase)
        || e.Aliases.Contains(service, StringComparer.OrdinalIgnoreCase) && string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase));

    private static CatalogueEntry Entry(ControlRow row)
    {
        var aliases = Aliases.GetValueOrDefault(row.Service) ?? [];
        if (ServedOperations.TryGetValue((row.Service, row.Operation), out var served))
        {
            var t = served.Transport;
            return new(row.Service, row.Operation, t.Style, t.ServiceId, t.Version, t.Path, t.SoapAction, t.Wsdl, served.Contract, CatalogueState.Served, aliases, row);
        }

        bool ssdn = row.Service.StartsWith("OCMWCPAS", StringComparison.Ordinal) || row.Service is "ManagePerson" or "ReferenceManager";
        var style = row.Service.StartsWith("MediPrima", StringComparison.Ordinal) ? TransportStyle.EHealthSoap : ssdn ? TransportStyle.Ssdn : TransportStyle.Soa;
        return new(row.Service, row.Operation, style, ssdn ? row.Service : null, KnownSsdnVersions.GetValueOrDefault(row.Service),
            null, null, null, "—", CatalogueState.NotYet, aliases, row);
    }
}
