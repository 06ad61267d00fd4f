using CbssSimulator.Hosting;

namespace CbssSimulator.Services.SelfEmployed;

/// <summary>SelfEmployedV2: the self-employed career (INASTI), a modelled SOA service.</summary>
public sealed class SelfEmployedModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<ISelfEmployedService, SelfEmployedService>(SelfEmployedNamespaces.Path, SelfEmployedService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ISelfEmployedService>("SelfEmployedV2", "consult", ModelledContract, x => x.Modelled(SelfEmployedNamespaces.Interface, "consultSelfEmployedCareerRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]> { ["SelfEmployedV2"] = ["SelfEmployedV1"] };
}
