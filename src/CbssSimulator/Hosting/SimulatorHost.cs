using CbssSimulator.Admin;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;
using CbssSimulator.Soap;
using CbssSimulator.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;

namespace CbssSimulator.Hosting;

/// <summary>Builds the web host: registry, clock, SOAP endpoints behind the gate, admin API.</summary>
public static class SimulatorHost
{
    public static WebApplication Build(string[] args)
    {
        // Configuration is read once (options are bound and validated at start), so no file watcher: watching the
        // current folder walks every folder under it at start (docs/decisions.md, "Cold start").
        var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
        if (!string.Equals(builder.Configuration["Globalization:KeepCulture"], "true", StringComparison.OrdinalIgnoreCase))
        {
            // Dates and numbers are read and written the same on every machine (docs/decisions.md, "Invariant culture").
            System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        }

        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls(string.Equals(builder.Configuration["Tls:Https"], "true", StringComparison.OrdinalIgnoreCase)
                ? Tls.TlsSetup.DefaultHttpsUrl : "http://localhost:8080");
        }

        Tls.TlsSetup.Configure(builder);

        var level = Enum.TryParse<LogEventLevel>(builder.Configuration["Log:MinimumLevel"], out var l) ? l : LogEventLevel.Information;
        // The request scope and activity ASP.NET Core's hosting starts for every request exist only for its own log
        // lines, which carry nothing this console prints (docs/decisions.md, "Logging off the request path").
        var log = new LoggerConfiguration().MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            .WriteTo.BatchedConsole()
            .CreateLogger();
        builder.Services.AddSerilog(log, dispose: true);
        builder.Services.AddSingleton<Serilog.ILogger>(log);

        AddSimulator(builder.Services);
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<OpenApiSandboxPaths>();
            o.AddSchemaTransformer<Admin.OpenApiOptionalFields>();
        });
        var app = builder.Build();
        app.Services.GetRequiredService<SandboxRegistry>(); // generate or open the registry before serving
        MapSimulator(app);
        app.MapOpenApi();
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "CBSS Simulator listening on {Urls}: SOAP on the root paths, admin API under /admin, OpenAPI at /openapi/v1.json", string.Join(", ", app.Urls)));
        return app;
    }

    public static void AddSimulator(IServiceCollection services)
    {
        // Every options class, bound once and validated at start: a bad value stops the start, naming its key.
        services.AddOptions<SoapHostOptions>().BindConfiguration("Soap").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SandboxOptions>().BindConfiguration("Sandboxes").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Scenarios.ScenarioLimits>().BindConfiguration("Scenarios").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration("Admin");
        services.AddOptions<Tls.TlsOptions>().BindConfiguration("Tls");
        services.AddSingleton<ClientCertificateGate>();
        services.TryAddSingleton<Serilog.ILogger>(Serilog.Core.Logger.None);
        services.AddSingleton<CallLog>();
        services.AddOptions<Metrics.MetricsOptions>().BindConfiguration("Metrics").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Metrics.SimulatorMetrics>();
        services.AddOptions<PersonaOptions>().BindConfiguration("Personas").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailOnPurposeGate>();
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
        // What the call's sandbox already holds is handed out as it is, not kept a second time by the request's scope:
        // the same object either way, one dictionary entry fewer per service a call resolves (docs/decisions.md,
        // "Copies a call does not make"). None of them is disposable, so the scope tracks none.
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Clock);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Database);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Persons);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Cpas);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Integrations);
        services.AddTransient(sp => sp.GetRequiredService<CurrentSandbox>().Sandbox.Control);
        services.AddSingleton(sp => new ContractSchemas(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SoapHostOptions>>().Value.ContractsPath
            ?? Path.Combine(AppContext.BaseDirectory, "contracts")));
        services.AddSingleton<Wire.Ssdn.SsdnSchemas>();
        services.AddSingleton(sp =>
        {
            var schemas = sp.GetRequiredService<ContractSchemas>();
            var registry = new SoapEndpointRegistry();
            foreach (var service in ServiceModules.SoapEndpoints)
            {
                registry.Add(service.Path, service.Contract, () => service.Endpoint(schemas));
            }

            return registry;
        });
        services.AddScoped<CallContext>();
        services.AddAuthenticSources();
        Notifications.NotificationsHosting.AddNotifications(services);
        services.AddScoped<Wire.CommonV3.ModelledConsult>();
        ServiceModules.Register(services);

        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // → ProblemMiddleware
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict; // a number is a number: "42" is refused, and the OpenAPI types say integer
        });
        services.AddSingleton(new SoapDispatcher(ServiceModules.SoapEndpoints.Select(s => s.Contract)));
    }

    public static void MapSimulator(WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<Metrics.SimulatorMetrics>();
        metrics.Observe(app.Services.GetRequiredService<SandboxRegistry>());
        app.UseMiddleware<ProblemMiddleware>();
        app.UseMiddleware<AdminGuardMiddleware>();
        app.UseMiddleware<SandboxMiddleware>();
        app.UseMiddleware<Notifications.DueEventsMiddleware>();
        app.UseMiddleware<AdminLogMiddleware>();
        app.UseMiddleware<BasicAuthMiddleware>();
        app.UseMiddleware<ContractFileMiddleware>();
        app.UseMiddleware<SoapGateMiddleware>();
        app.UseRouting(); // after the SOAP paths, which need no route: their first call does not build the admin API's endpoints (docs/decisions.md, "Cold start")
        app.MapPost("/SOA4520/{**operation}", (HttpContext context) => SoapFaultWriter.WriteAsync(context,
            SoapFault.Client($"The operation at {context.Request.Path} is not available in this simulator (GET /admin/services lists what is served).", 500)));
        AdminApi.Map(app);
        HomeApi.Map(app);
        SppisStateApi.Map(app);
        PersonPageApi.Map(app);
        Dashboard.DashboardApi.Map(app);
        SandboxApi.Map(app);
        FaultApi.Map(app);
        Scenarios.ScenarioApi.Map(app);
        Notifications.NotificationsHosting.MapNotifications(app);
        Prometheus.MetricServerMiddlewareExtensions.MapMetrics(app, "/metrics", metrics.Registry); // behind the admin token when one is in force (AdminGuardMiddleware)
    }
}
