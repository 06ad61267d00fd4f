using System.Collections.Frozen;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Hosting;

/// <summary>
/// Every service the simulator serves, one module (one folder under <c>Services/</c>) a line, and what the host derives
/// from them once: the SOAP endpoints, the SSDN dispatch table and its schema files, the served operations, the DDL.
/// </summary>
public static class ServiceModules
{
    public static readonly IReadOnlyList<ServiceModule> All =
    [
        new Services.IdentifyPerson.IdentifyPersonModule(),
        new Services.ManageAccess.ManageAccessModule(),
        new Services.PerformInvestigation.PerformInvestigationModule(),
        new Services.ReferenceManager.ReferenceManagerModule(),
        new Services.ManagePerson.ManagePersonModule(),
        new Services.PensionRegister.PensionRegisterModule(),
        new Services.Sppis.SppisModule(),
        new Services.Heating.HeatingModule(),
        new Services.RetrieveTIGroups.RetrieveTIGroupsModule(),
        new Services.TestConnection.TestConnectionModule(),
        new Services.BisPerson.BisPersonModule(),
        new Services.PersonService.PersonServiceModule(),
        new Services.FamilyComposition.FamilyCompositionModule(),
        new Services.PersonHistory.PersonHistoryModule(),
        new Services.SsinInformation.SsinInformationModule(),
        new Services.NrpPerson.NrpPersonModule(),
        new Services.FindByAddress.FindByAddressModule(),
        new Services.SocialInquiry.SocialInquiryModule(),
        new Services.CbssPerson.CbssPersonModule(),
        new Services.HolidayPeriods.HolidayPeriodsModule(),
        new Services.Dolsis.DolsisModule(),
        new Services.TaxAssessment.TaxAssessmentModule(),
        new Services.SelfEmployed.SelfEmployedModule(),
        new Services.Unemployment.UnemploymentModule(),
        new Services.HealthCare.HealthCareModule(),
        new Services.ChildBenefits.ChildBenefitsModule(),
        new Services.Patrimony.PatrimonyModule(),
        new Services.Handi.HandiModule(),
        new Services.SocialRate.SocialRateModule(),
        new Services.Jobseeker.JobseekerModule(),
        new Services.ConsultAttest.ConsultAttestModule(),
        new Services.Qualification.QualificationModule(),
        new Services.SocialReport.SocialReportModule(),
        new Services.PcsaAlerts.PcsaAlertsModule(),
        new Services.Mediprima.MediprimaModule(),
        new Services.Vesta.VestaModule(),
        new Services.Kbi.KbiModule(),
        new Services.Notifications.NotificationsModule(),
        new Services.CpasOnline.CpasOnlineModule(),
    ];

    /// <summary>The SSDN connector (shared transport, carrying every SSDN row) and every module's SOA/eHealth endpoints.</summary>
    public static readonly IReadOnlyList<SoapService> SoapEndpoints =
    [
        SoapService.Of<ISsdnConnector, SsdnConnector>(SsdnNamespaces.Path, SsdnConnector.Endpoint, Catalogue.TransportStyle.Ssdn),
        .. All.SelectMany(m => m.SoapEndpoints),
    ];

    public static readonly IReadOnlyList<SsdnServiceRow> SsdnServices = All.SelectMany(m => m.SsdnServices).ToList();

    /// <summary>The SSDN rows by (ServiceId or an accepted older name, Version): sendXML's dispatch table.</summary>
    public static readonly FrozenDictionary<(string ServiceId, string Version), SsdnServiceRow> SsdnDispatch =
        SsdnServices.SelectMany(r => r.AcceptedIds.Select(id => KeyValuePair.Create((id, r.Version), r))).ToFrozenDictionary();

    /// <summary>The SSDN envelope schema, then each SSDN service's schema files (once each).</summary>
    public static readonly string[] SsdnSchemaFiles = ["ssdn/SSDN/Service/SSDN.xsd", .. SsdnServices.SelectMany(r => r.SchemaFiles).Distinct()];

    /// <summary>Every served operation by (catalogue service, operation).</summary>
    public static readonly FrozenDictionary<(string Service, string Operation), ServedOperation> Operations =
        All.SelectMany(m => m.Operations).ToFrozenDictionary(o => (o.Service, o.Operation));

    /// <summary>Other names of the catalogue services, from the modules.</summary>
    public static readonly FrozenDictionary<string, string[]> Aliases = All.SelectMany(m => m.Aliases).ToFrozenDictionary();

    /// <summary>The DDL of the tables the services' own stores write, run when a registry is generated.</summary>
    public static readonly IReadOnlyList<string> Tables = All.SelectMany(m => m.Tables).ToList();

    /// <summary>What the services hold about a person, in module order: GET /admin/sppis/{ssin}.</summary>
    public static readonly IReadOnlyList<PersonStateView> PersonState = All.SelectMany(m => m.PersonState).ToList();

    /// <summary>The codes modules answer beyond the shared tables (checked in scenario expectations).</summary>
    public static readonly IReadOnlyList<string> Codes = All.SelectMany(m => m.Codes).ToList();

    /// <summary>The modules' registrations: their own stores, their SOAP contracts, their SSDN handlers (resolved by type on dispatch).</summary>
    public static void Register(IServiceCollection services)
    {
        foreach (var module in All)
        {
            module.Register(services);
        }

        foreach (var endpoint in SoapEndpoints)
        {
            endpoint.Register(services);
        }

        foreach (var row in SsdnServices)
        {
            services.AddScoped(row.Handler);
        }
    }
}
