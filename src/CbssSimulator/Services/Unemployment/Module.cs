using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Unemployment;

/// <summary>UnemploymentDataService: the unemployment data (ONEM), a modelled SOA service.</summary>
public sealed class UnemploymentModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IUnemploymentService, UnemploymentService>(UnemploymentNamespaces.Path, UnemploymentService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IUnemploymentService>("UnemploymentDataService", "consult", ModelledContract, x => x.Modelled(UnemploymentNamespaces.Interface, "consultUnemploymentDataRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
