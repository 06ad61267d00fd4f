using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Patrimony;

/// <summary>PatrimonyService: the real estate (patrimony), a modelled SOA service.</summary>
public sealed class PatrimonyModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IPatrimonyService, PatrimonyService>(PatrimonyNamespaces.Path, PatrimonyService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IPatrimonyService>("PatrimonyService", "consult", ModelledContract, x => x.Modelled(PatrimonyNamespaces.Interface, "consultPatrimonyRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]> { ["PatrimonyService"] = ["ConsultImmo"] };
}
