using CbssSimulator.Sources.Cadastre;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.FamilyBenefits;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.HealthInsurance;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Sppis;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Sources;

/// <summary>
/// The authentic sources, registered once (scoped: each reads the current sandbox's registry database). Their tables
/// are created and filled by <see cref="Registry.RegistryGenerator"/> from the schema and generator each source owns.
/// </summary>
public static class SourcesRegistration
{
    public static IServiceCollection AddAuthenticSources(this IServiceCollection services)
    {
        services.AddScoped<CareerStore>();
        services.AddScoped<SelfEmployedStore>();
        services.AddScoped<UnemploymentStore>();
        services.AddScoped<Insurability>();
        services.AddScoped<HouseholdFinances>();
        services.AddScoped<RealEstate>();
        services.AddScoped<FamilyAllowances>();
        services.AddScoped<SppisStore>();
        services.AddScoped<AttestationStore>();
        services.AddScoped<Vesta.VestaWorld>();
        return services;
    }
}
