using CbssSimulator.Hosting;

namespace CbssSimulator.Services.ChildBenefits;

/// <summary>ChildBenefits: the family allowances, a modelled SOA service.</summary>
public sealed class ChildBenefitsModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IChildBenefitsService, ChildBenefitsService>(ChildBenefitsNamespaces.Path, ChildBenefitsService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IChildBenefitsService>("ChildBenefits", "consult", ModelledContract, x => x.Modelled(ChildBenefitsNamespaces.Interface, "consultChildBenefitsRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
