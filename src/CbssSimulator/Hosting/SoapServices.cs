using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Services.Ssdn;
using CbssSimulator.Services.TestConnection;
using CbssSimulator.Soap;

namespace CbssSimulator.Hosting;

/// <summary>One SOAP service of the simulator: its typed contract, its implementation (DI) and its gate endpoint.</summary>
public sealed record SoapService(Type Contract, Action<IServiceCollection> Register, Func<ContractSchemas, SoapEndpoint> Endpoint);

/// <summary>Every SOAP service served, one row each: adding a service is adding its row.</summary>
public static class SoapServices
{
    public static readonly IReadOnlyList<SoapService> All =
    [
        Row<ISsdnConnector, SsdnConnector>(SsdnNamespaces.Path, SsdnConnector.Endpoint),
        Row<IRetrieveTIGroupsService, RetrieveTIGroupsService>(RetrieveTIGroupsNamespaces.Path, RetrieveTIGroupsEndpoint.Create),
        Row<ITestConnectionService, TestConnectionService>(TestConnectionNamespaces.Path, TestConnectionService.Endpoint),
        Row<Services.BisPerson.IBisPersonService, Services.BisPerson.BisPersonService>(Services.BisPerson.BisPersonNamespaces.Path, Services.BisPerson.BisPersonService.Endpoint),
        Row<Services.PersonService.IPersonService, Services.PersonService.PersonService>(Services.PersonService.PersonServiceNamespaces.Path, Services.PersonService.PersonService.Endpoint),
        Row<Services.FamilyComposition.IFamilyCompositionService, Services.FamilyComposition.FamilyCompositionService>(
            Services.FamilyComposition.FamilyCompositionNamespaces.Path, Services.FamilyComposition.FamilyCompositionService.Endpoint),
        Row<Services.PersonHistory.IPersonHistoryService, Services.PersonHistory.PersonHistoryService>(Services.PersonHistory.PersonHistoryNamespaces.Path, Services.PersonHistory.PersonHistoryService.Endpoint),
        Row<Services.SsinInformation.ISsinInformationService, Services.SsinInformation.SsinInformationService>(
            Services.SsinInformation.SsinInformationNamespaces.Path, Services.SsinInformation.SsinInformationService.Endpoint),
        Row<Services.NrpPerson.INrpPersonService, Services.NrpPerson.NrpPersonService>(Services.NrpPerson.NrpPersonNamespaces.Path, Services.NrpPerson.NrpPersonService.Endpoint),
        Row<Services.Dolsis.IDolsisService, Services.Dolsis.DolsisService>(Services.Dolsis.DolsisNamespaces.Path, Services.Dolsis.DolsisService.Endpoint),
        Row<Services.TaxAssessment.ITaxAssessmentService, Services.TaxAssessment.TaxAssessmentService>(Services.TaxAssessment.TaxAssessmentNamespaces.Path, Services.TaxAssessment.TaxAssessmentService.Endpoint),
        Row<Services.SelfEmployed.ISelfEmployedService, Services.SelfEmployed.SelfEmployedService>(Services.SelfEmployed.SelfEmployedNamespaces.Path, Services.SelfEmployed.SelfEmployedService.Endpoint),
        Row<Services.Unemployment.IUnemploymentService, Services.Unemployment.UnemploymentService>(Services.Unemployment.UnemploymentNamespaces.Path, Services.Unemployment.UnemploymentService.Endpoint),
        Row<Services.HealthCare.IHealthCareInsuranceService, Services.HealthCare.HealthCareInsuranceService>(Services.HealthCare.HealthCareNamespaces.Path, Services.HealthCare.HealthCareInsuranceService.Endpoint),
        Row<Services.ChildBenefits.IChildBenefitsService, Services.ChildBenefits.ChildBenefitsService>(Services.ChildBenefits.ChildBenefitsNamespaces.Path, Services.ChildBenefits.ChildBenefitsService.Endpoint),
        Row<Services.Patrimony.IPatrimonyService, Services.Patrimony.PatrimonyService>(Services.Patrimony.PatrimonyNamespaces.Path, Services.Patrimony.PatrimonyService.Endpoint),
        Row<Services.Handi.IHandiService, Services.Handi.HandiService>(Services.Handi.HandiNamespaces.Path, Services.Handi.HandiService.Endpoint),
        Row<Services.SocialRate.ISocialRateService, Services.SocialRate.SocialRateService>(Services.SocialRate.SocialRateNamespaces.Path, Services.SocialRate.SocialRateService.Endpoint),
        Row<Services.Jobseeker.IJobseekerService, Services.Jobseeker.JobseekerService>(Services.Jobseeker.JobseekerNamespaces.Path, Services.Jobseeker.JobseekerService.Endpoint),
        Row<Services.ConsultAttest.IConsultAttestService, Services.ConsultAttest.ConsultAttestService>(Services.ConsultAttest.ConsultAttestNamespaces.Path, Services.ConsultAttest.ConsultAttestService.Endpoint),
        Row<Services.Qualification.IQualificationCertificateService, Services.Qualification.QualificationCertificateService>(
            Services.Qualification.QualificationNamespaces.Path, Services.Qualification.QualificationCertificateService.Endpoint),
        Row<Services.Sppis.ILivingWagesService, Services.Sppis.LivingWagesService>(Services.Sppis.LivingWagesNamespaces.Path, Services.Sppis.LivingWagesService.Endpoint),
        Row<Services.SocialReport.IElectronicSocialReportService, Services.SocialReport.ElectronicSocialReportService>(Services.SocialReport.SocialReportNamespaces.Path, Services.SocialReport.ElectronicSocialReportService.Endpoint),
        Row<Services.PcsaAlerts.IPcsaAlertReactionService, Services.PcsaAlerts.PcsaAlertReactionService>(Services.PcsaAlerts.PcsaAlertNamespaces.Path, Services.PcsaAlerts.PcsaAlertReactionService.Endpoint),
        Row<Services.Mediprima.IManageCarmedService, Services.Mediprima.ManageCarmedService>(Services.Mediprima.ManageCarmedNamespaces.Path, Services.Mediprima.ManageCarmedService.Endpoint),
        Row<Services.Mediprima.IMediPrimaConsultService, Services.Mediprima.MediPrimaConsultService>(Services.Mediprima.MediPrimaConsultNamespaces.Path, Services.Mediprima.MediPrimaConsultService.Endpoint),
        Row<Services.Mediprima.IMediPrimaUmaService, Services.Mediprima.MediPrimaUmaService>(Services.Mediprima.UmaNamespaces.Path, Services.Mediprima.MediPrimaUmaService.Endpoint),
    ];

    private static SoapService Row<TContract, TImplementation>(string path, Func<ContractSchemas, SoapEndpoint> endpoint)
        where TContract : class where TImplementation : class, TContract =>
        new(typeof(TContract), services => services.AddScoped<TContract, TImplementation>(), endpoint);
}
