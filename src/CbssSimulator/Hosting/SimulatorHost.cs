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
        // Every options class, bound once and validated at start: a bad value stops the start, naming its key.
        services.AddOptions<SoapHostOptions>().BindConfiguration("Soap").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SandboxOptions>().BindConfiguration("Sandboxes").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RegistryOptions>().Configure<IConfiguration>(RegistryBootstrap.Bind).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var (db, scenario) = RegistryBootstrap.OpenForServe(sp.GetRequiredService<IConfiguration>(),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RegistryOptions>>().Value, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Registry"));
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
            foreach (var service in SoapServices.All)
            {
                registry.Add(service.Endpoint(schemas));
            }

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
        services.AddScoped<Services.Sppis.SppisStore>();
        services.AddScoped<ISsdnService, Services.Sppis.RegisterAttestService>();
        services.AddScoped<ISsdnService, Services.Sppis.StopAttestService>();
        services.AddScoped<ISsdnService, Services.Sppis.RegisterRecoveredAmountService>();
        services.AddScoped<ISsdnService, Services.Sppis.OrganicLawService>();
        services.AddScoped<ISsdnService, Services.Sppis.ListOfAttestationsService>();
        services.AddScoped<Services.Sppis.AttestationStore>();
        services.AddScoped<Services.SocialReport.SocialReportStore>();
        services.AddScoped<Services.PcsaAlerts.AlertStore>();
        services.AddScoped<Services.Heating.AllocationStore>();
        services.AddScoped<Services.Mediprima.CarmedStore>();
        services.AddScoped<Services.Mediprima.UmaStore>();
        services.AddScoped<Services.Heating.HouseholdFinances>();
        services.AddScoped<ISsdnService, Services.Heating.HeatingAllocationService>();
        services.AddScoped<ISsdnService, Services.Heating.HouseholdIncomeService>();
        services.AddScoped<ISsdnService, Services.Heating.RvvBimOmnioStatusService>();
        services.AddScoped<ISsdnService, Services.Sppis.A036Service>();
        services.AddScoped<ISsdnService, Services.Sppis.L036Service>();
        services.AddScoped<Services.Sppis.Loi65Forms>();
        services.AddScoped<ISsdnService, Services.Sppis.Loi65ABService>();
        services.AddScoped<ISsdnService, Services.Sppis.Loi65CService>();
        services.AddScoped<ISsdnService, Services.Sppis.Loi65DFService>();
        services.AddScoped<Services.HealthCare.Insurability>();
        foreach (var service in SoapServices.All)
        {
            service.Register(services);
        }

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
        foreach (var service in SoapServices.All)
        {
            service.Map(app);
        }

        app.MapPost("/SOA4520/{**operation}", (HttpContext context) => SoapFaultWriter.WriteAsync(context,
            SoapFault.Client($"The operation at {context.Request.Path} is not available in this simulator (GET /admin/services lists what is served).", 500)));
        AdminApi.Map(app);
        SppisStateApi.Map(app);
        SandboxApi.Map(app);
        FaultApi.Map(app);
        Scenarios.ScenarioApi.Map(app);
    }
}
