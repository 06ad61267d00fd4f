using CbssSimulator.Hosting;

namespace CbssSimulator.Services.HealthCare;

/// <summary>HealthCareInsurance: the health-care insurability (mutualities), a modelled SOA service.</summary>
public sealed class HealthCareModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IHealthCareInsuranceService, HealthCareInsuranceService>(HealthCareNamespaces.Path, HealthCareInsuranceService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IHealthCareInsuranceService>("HealthCareInsurance", "consult", ModelledContract, x => x.Modelled(HealthCareNamespaces.Interface, "consultHealthCareInsuranceRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
