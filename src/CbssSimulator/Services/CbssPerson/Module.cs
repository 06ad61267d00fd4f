using CbssSimulator.Hosting;

namespace CbssSimulator.Services.CbssPerson;

/// <summary>CBSSPersonService: updates a BIS person's address (modelled SOA).</summary>
public sealed class CbssPersonModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<ICbssPersonService, CbssPersonService>(CbssPersonNamespaces.Path, CbssPersonService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ICbssPersonService>("CBSSPersonService", "updatePerson", ModelledContract,
            x => x.Modelled(CbssPersonNamespaces.Interface, "updatePersonRequest",
                $"<ssin>{x.Ssin}</ssin><address><postalCode>1000</postalCode><street>Rue Neuve</street><houseNumber>2</houseNumber></address>")),
    ];
}
