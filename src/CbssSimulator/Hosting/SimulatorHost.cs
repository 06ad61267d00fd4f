using CbssSimulator.Admin;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;
using CbssSimulator.Services.IdentifyPerson;
using CbssSimulator.Services.ManageAccess;
using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Services.Ssdn;
using CbssSimulator.Services.TestConnection;
using CbssSimulator.Soap;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;
using SoapCore;
using SoapCore.Extensibility;

namespace CbssSimulator.Hosting;

/// <summary>Builds the web host: registry, clock, SOAP endpoints behind the gate, admin API.</summary>
public static class SimulatorHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls("http://localhost:8080");
        }

        var level = Enum.TryParse<LogEventLevel>(builder.Configuration["Log:MinimumLevel"], out var l) ? l : LogEventLevel.Information;
        builder.Services.AddSerilog(c => c.MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("SoapCore", (LogEventLevel)LevelAlias.Off)
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}"));

        AddSimulator(builder.Services);
        builder.Services.AddOpenApi();
        var app = builder.Build();
        app.Services.GetRequiredService<SandboxRegistry>(); // generate or open the registry before serving
        MapSimulator(app);
        app.MapOpenApi();
        return app;
    }

    public static void AddSimulator(IServiceCollection services)
    {
        services.AddOptions<SoapHostOptions>().BindConfiguration("Soap");
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SandboxOptions>().BindConfiguration("Sandboxes");
        services.AddSingleton(sp =>
        {
            var (db, scenario) = RegistryBootstrap.OpenForServe(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("Registry"));
            var registry = new SandboxRegistry(db, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value);
            if (scenario is not null)
            {
                registry.Default.Configure(scenario);
            }

            return registry;
        });
        services.AddScoped<CurrentSandbox>();
        services.AddScoped(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Clock);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Database);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Persons);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Cpas);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Integrations);
        services.AddScoped(sp => sp.GetRequiredService<Sandbox>().Control);
        services.AddSingleton(sp => new ContractSchemas(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SoapHostOptions>>().Value.ContractsPath
            ?? Path.Combine(AppContext.BaseDirectory, "contracts")));
        services.AddSingleton(sp =>
        {
            var schemas = sp.GetRequiredService<ContractSchemas>();
            var registry = new SoapEndpointRegistry();
            registry.Add(SsdnConnector.Endpoint(schemas));
            registry.Add(RetrieveTIGroupsEndpoint.Create(schemas));
            registry.Add(TestConnectionService.Endpoint(schemas));
            registry.Add(Services.BisPerson.BisPersonService.Endpoint(schemas));
            registry.Add(Services.PersonService.PersonService.Endpoint(schemas));
            registry.Add(Services.FamilyComposition.FamilyCompositionService.Endpoint(schemas));
            registry.Add(Services.PersonHistory.PersonHistoryService.Endpoint(schemas));
            registry.Add(Services.SsinInformation.SsinInformationService.Endpoint(schemas));
            registry.Add(Services.NrpPerson.NrpPersonService.Endpoint(schemas));
            registry.Add(Services.Dolsis.DolsisService.Endpoint(schemas));
            registry.Add(Services.TaxAssessment.TaxAssessmentService.Endpoint(schemas));
            registry.Add(Services.SelfEmployed.SelfEmployedService.Endpoint(schemas));
            registry.Add(Services.Unemployment.UnemploymentService.Endpoint(schemas));
            registry.Add(Services.HealthCare.HealthCareInsuranceService.Endpoint(schemas));
            registry.Add(Services.ChildBenefits.ChildBenefitsService.Endpoint(schemas));
            registry.Add(Services.Patrimony.PatrimonyService.Endpoint(schemas));
            registry.Add(Services.Handi.HandiService.Endpoint(schemas));
            registry.Add(Services.SocialRate.SocialRateService.Endpoint(schemas));
            registry.Add(Services.Jobseeker.JobseekerService.Endpoint(schemas));
            registry.Add(Services.ConsultAttest.ConsultAttestService.Endpoint(schemas));
            registry.Add(Services.Qualification.QualificationCertificateService.Endpoint(schemas));
            return registry;
        });
        services.AddScoped<CallContext>();
        services.AddScoped<Services.CommonV3.ModelledConsult>();
        services.AddScoped<ISsdnService, IdentifyPersonService>();
        services.AddScoped<ISsdnService, ManageAccessService>();
        services.AddScoped<ISsdnService, Services.PerformInvestigation.PerformInvestigationService>();
        services.AddScoped<ISsdnService, Services.ReferenceManager.ReferenceManagerService>();
        services.AddScoped<ISsdnService, Services.ManagePerson.ManagePersonService>();
        services.AddScoped<ISsdnService, Services.PensionRegister.PensionRegisterService>();
        services.AddScoped<ISsdnConnector, SsdnConnector>();
        services.AddScoped<IRetrieveTIGroupsService, RetrieveTIGroupsService>();
        services.AddScoped<ITestConnectionService, TestConnectionService>();
        services.AddScoped<Services.BisPerson.IBisPersonService, Services.BisPerson.BisPersonService>();
        services.AddScoped<Services.PersonService.IPersonService, Services.PersonService.PersonService>();
        services.AddScoped<Services.FamilyComposition.IFamilyCompositionService, Services.FamilyComposition.FamilyCompositionService>();
        services.AddScoped<Services.PersonHistory.IPersonHistoryService, Services.PersonHistory.PersonHistoryService>();
        services.AddScoped<Services.SsinInformation.ISsinInformationService, Services.SsinInformation.SsinInformationService>();
        services.AddScoped<Services.NrpPerson.INrpPersonService, Services.NrpPerson.NrpPersonService>();
        services.AddScoped<Services.Dolsis.IDolsisService, Services.Dolsis.DolsisService>();
        services.AddScoped<Services.TaxAssessment.ITaxAssessmentService, Services.TaxAssessment.TaxAssessmentService>();
        services.AddScoped<Services.SelfEmployed.ISelfEmployedService, Services.SelfEmployed.SelfEmployedService>();
        services.AddScoped<Services.Unemployment.IUnemploymentService, Services.Unemployment.UnemploymentService>();
        services.AddScoped<Services.HealthCare.Insurability>();
        services.AddScoped<Services.HealthCare.IHealthCareInsuranceService, Services.HealthCare.HealthCareInsuranceService>();
        services.AddScoped<Services.ChildBenefits.IChildBenefitsService, Services.ChildBenefits.ChildBenefitsService>();
        services.AddScoped<Services.Patrimony.IPatrimonyService, Services.Patrimony.PatrimonyService>();
        services.AddScoped<Services.Handi.IHandiService, Services.Handi.HandiService>();
        services.AddScoped<Services.SocialRate.ISocialRateService, Services.SocialRate.SocialRateService>();
        services.AddScoped<Services.Jobseeker.IJobseekerService, Services.Jobseeker.JobseekerService>();
        services.AddScoped<Services.ConsultAttest.IConsultAttestService, Services.ConsultAttest.ConsultAttestService>();
        services.AddScoped<Services.Qualification.IQualificationCertificateService, Services.Qualification.QualificationCertificateService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSoapCore();
        services.AddSingleton<IFaultExceptionTransformer, FaultTransformer>();
    }

    public static void MapSimulator(WebApplication app)
    {
        app.UseMiddleware<SandboxMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ContractFileMiddleware>();
        app.UseMiddleware<SoapGateMiddleware>();
        Soap<ISsdnConnector>(app, SsdnNamespaces.Path);
        Soap<IRetrieveTIGroupsService>(app, RetrieveTIGroupsNamespaces.Path);
        Soap<ITestConnectionService>(app, TestConnectionNamespaces.Path);
        Soap<Services.BisPerson.IBisPersonService>(app, Services.BisPerson.BisPersonNamespaces.Path);
        Soap<Services.PersonService.IPersonService>(app, Services.PersonService.PersonServiceNamespaces.Path);
        Soap<Services.FamilyComposition.IFamilyCompositionService>(app, Services.FamilyComposition.FamilyCompositionNamespaces.Path);
        Soap<Services.PersonHistory.IPersonHistoryService>(app, Services.PersonHistory.PersonHistoryNamespaces.Path);
        Soap<Services.SsinInformation.ISsinInformationService>(app, Services.SsinInformation.SsinInformationNamespaces.Path);
        Soap<Services.NrpPerson.INrpPersonService>(app, Services.NrpPerson.NrpPersonNamespaces.Path);
        Soap<Services.Dolsis.IDolsisService>(app, Services.Dolsis.DolsisNamespaces.Path);
        Soap<Services.TaxAssessment.ITaxAssessmentService>(app, Services.TaxAssessment.TaxAssessmentNamespaces.Path);
        Soap<Services.SelfEmployed.ISelfEmployedService>(app, Services.SelfEmployed.SelfEmployedNamespaces.Path);
        Soap<Services.Unemployment.IUnemploymentService>(app, Services.Unemployment.UnemploymentNamespaces.Path);
        Soap<Services.HealthCare.IHealthCareInsuranceService>(app, Services.HealthCare.HealthCareNamespaces.Path);
        Soap<Services.ChildBenefits.IChildBenefitsService>(app, Services.ChildBenefits.ChildBenefitsNamespaces.Path);
        Soap<Services.Patrimony.IPatrimonyService>(app, Services.Patrimony.PatrimonyNamespaces.Path);
        Soap<Services.Handi.IHandiService>(app, Services.Handi.HandiNamespaces.Path);
        Soap<Services.SocialRate.ISocialRateService>(app, Services.SocialRate.SocialRateNamespaces.Path);
        Soap<Services.Jobseeker.IJobseekerService>(app, Services.Jobseeker.JobseekerNamespaces.Path);
        Soap<Services.ConsultAttest.IConsultAttestService>(app, Services.ConsultAttest.ConsultAttestNamespaces.Path);
        Soap<Services.Qualification.IQualificationCertificateService>(app, Services.Qualification.QualificationNamespaces.Path);
        app.MapPost("/SOA4520/{**operation}", (HttpContext context) => SoapFaultWriter.WriteAsync(context,
            SoapFault.Client($"The operation at {context.Request.Path} is not available in this simulator (GET /admin/services lists what is served).", 500)));
        AdminApi.Map(app);
        SandboxApi.Map(app);
        FaultApi.Map(app);
        Scenarios.ScenarioApi.Map(app);
    }

    private static void Soap<T>(WebApplication app, string path) where T : class =>
        ((IEndpointRouteBuilder)app).UseSoapEndpoint<T>(o =>
        {
            o.Path = path;
            o.EncoderOptions = [new SoapEncoderOptions { MessageVersion = System.ServiceModel.Channels.MessageVersion.Soap11 }];
            o.SoapSerializer = SoapSerializer.XmlSerializer;
            o.HttpGetEnabled = false;
            o.HttpsGetEnabled = false;
            o.HttpPostEnabled = false;
            o.HttpsPostEnabled = false;
            o.IndentXml = false;
            var prefixes = new System.Xml.XmlNamespaceManager(new System.Xml.NameTable());
            prefixes.AddNamespace("soapenv", "http://schemas.xmlsoap.org/soap/envelope/");
            o.XmlNamespacePrefixOverrides = prefixes;
        });
}
