using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.FindByAddress;

/// <summary>OCMWCPASFindByAddress: the legacy SSDN search by address, NRPPersonService's predecessor (modelled).</summary>
public sealed class FindByAddressModule : ServiceModule
{
    /// <summary>The version of the other legacy OCMWCPAS consultations (IdentifyPerson, ManageAccess); ours (docs/decisions.md, "Fidelity round two: consultations").</summary>
    private const string Version = "20050930";

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<FindByAddressService>(FindByAddressService.ServiceId, Version, FindByAddressService.Ns + "FindByAddressRequest",
            ["ssdn/SSDN/OCMW_CPAS/FindByAddress/FindByAddress.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation(FindByAddressService.ServiceId, "search", "modelled (no public schema, namespace or version found)", x => x.Persons.CurrentAddress(x.Ssin) is { } a
            ? $"""
              <fa:FindByAddressRequest xmlns:fa="{FindByAddressService.Ns.NamespaceName}">
                <fa:Address><fa:PostalCode>{a.PostalCode}</fa:PostalCode><fa:Street>{ExampleContext.Escape(a.Street)}</fa:Street><fa:HouseNumber>{ExampleContext.Escape(a.HouseNumber)}</fa:HouseNumber></fa:Address>
              </fa:FindByAddressRequest>
              """
            : $"""
              <fa:FindByAddressRequest xmlns:fa="{FindByAddressService.Ns.NamespaceName}">
                <fa:Address><fa:PostalCode>4700</fa:PostalCode><fa:Street>Aachener Straße</fa:Street><fa:HouseNumber>12</fa:HouseNumber></fa:Address>
              </fa:FindByAddressRequest>
              """),
    ];
}
