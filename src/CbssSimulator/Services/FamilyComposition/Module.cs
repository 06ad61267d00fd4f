using CbssSimulator.Hosting;

namespace CbssSimulator.Services.FamilyComposition;

/// <summary>FamilyCompositionService: the family composition, a modelled SOA service.</summary>
public sealed class FamilyCompositionModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IFamilyCompositionService, FamilyCompositionService>(FamilyCompositionNamespaces.Path, FamilyCompositionService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IFamilyCompositionService>("FamilyCompositionService", "getFamilyComposition", ModelledContract, x => x.Modelled(FamilyCompositionNamespaces.Interface, "getFamilyCompositionRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
