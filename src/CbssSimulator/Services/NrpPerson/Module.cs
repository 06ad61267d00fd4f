using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.NrpPerson;

/// <summary>NRPPersonService: finds the persons living at an address (modelled SOA).</summary>
public sealed class NrpPersonModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<INrpPersonService, NrpPersonService>(NrpPersonNamespaces.Path, NrpPersonService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<INrpPersonService>("NRPPersonService", "findByAddress", ModelledContract, x => x.Modelled(NrpPersonNamespaces.Interface, "findByAddressRequest",
            x.Persons.CurrentAddress(x.Ssin) is { } a
                ? $"<address><postalCode>{a.PostalCode}</postalCode><street>{ExampleContext.Escape(a.Street)}</street><houseNumber>{ExampleContext.Escape(a.HouseNumber)}</houseNumber></address>"
                : "<address><postalCode>4700</postalCode><street>Aachener Straße</street><houseNumber>12</houseNumber></address>")),
    ];
}
