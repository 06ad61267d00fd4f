using CbssSimulator.Hosting;

namespace CbssSimulator.Services.PersonHistory;

/// <summary>PersonHistory: a person's register history, a modelled SOA service.</summary>
public sealed class PersonHistoryModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IPersonHistoryService, PersonHistoryService>(PersonHistoryNamespaces.Path, PersonHistoryService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IPersonHistoryService>("PersonHistory", "getHistory", ModelledContract, x => x.Modelled(PersonHistoryNamespaces.Interface, "getHistoryRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
