using CbssSimulator.Hosting;

namespace CbssSimulator.Services.SsinInformation;

/// <summary>SSINInformationService: an SSIN's history, a modelled SOA service.</summary>
public sealed class SsinInformationModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<ISsinInformationService, SsinInformationService>(SsinInformationNamespaces.Path, SsinInformationService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ISsinInformationService>("SSINInformationService", "getHistory", ModelledContract, x => x.Modelled(SsinInformationNamespaces.Interface, "getSsinHistoryRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
