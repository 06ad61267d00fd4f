using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Handi;

/// <summary>HandiService: the disability allowances, a modelled SOA service.</summary>
public sealed class HandiModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IHandiService, HandiService>(HandiNamespaces.Path, HandiService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IHandiService>("HandiService", "consult", ModelledContract, x => x.Modelled(HandiNamespaces.Interface, "consultHandiRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]> { ["HandiService"] = ["HandiService V1"] };
}
