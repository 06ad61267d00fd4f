using CbssSimulator.Hosting;
using CbssSimulator.Integrations;

namespace CbssSimulator.Catalogue;

/// <summary>How a served operation is reached.</summary>
public sealed record Transport(TransportStyle Style, string Path, string SoapAction, string Wsdl, string? ServiceId = null, string? Version = null);

/// <summary>One service operation of services.md §4, with its state and its row of the control table.</summary>
public sealed record CatalogueEntry(
    string Service,
    string Operation,
    TransportStyle Style,
    string? ServiceId,
    string? Version,
    string? Path,
    string? SoapAction,
    string? Wsdl,
    string Contract,
    CatalogueState State,
    IReadOnlyList<string> Aliases,
    ControlRow Control)
{
    public bool Served => State == CatalogueState.Served;
}

/// <summary>
/// The service catalogue: one source of truth that <c>GET /admin/services</c>, the README's coverage table and the
/// tests read. Every row of <see cref="ControlTable"/> is an entry; the served ones carry their transport and contract
/// from their service's module (<see cref="ServiceModules"/>).
/// </summary>
public static class ServiceCatalogue
{
    /// <summary>SSDN ServiceIds and Versions seen on the wire for services not served yet (bcss-interfaces.md §3).</summary>
    private static readonly Dictionary<string, string> KnownSsdnVersions = new()
    {
        ["OCMWCPASListOfAttestations"] = "20080317",
    };

    public static IReadOnlyList<CatalogueEntry> Entries { get; } = ControlTable.Rows.Select(Entry).ToList();

    public static CatalogueEntry? Find(string service, string operation) => Entries.FirstOrDefault(e =>
        string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase)
        || e.Aliases.Contains(service, StringComparer.OrdinalIgnoreCase) && string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase));

    private static CatalogueEntry Entry(ControlRow row)
    {
        IReadOnlyList<string> aliases = [.. LegacyNames.For(ServiceModules.Aliases, row.Service, row.Operation),
            .. LegacyNames.For(LegacyNames.Of, row.Service, row.Operation).Where(a => !LegacyNames.For(ServiceModules.Aliases, row.Service, row.Operation).Contains(a))];
        if (ServiceModules.Operations.TryGetValue((row.Service, row.Operation), out var served))
        {
            var t = served.Transport;
            return new(row.Service, row.Operation, t.Style, t.ServiceId, t.Version, t.Path, t.SoapAction, t.Wsdl, served.Contract, CatalogueState.Served, aliases, row);
        }

        bool ssdn = row.Service.StartsWith("OCMWCPAS", StringComparison.Ordinal) || row.Service is "ManagePerson" or "ReferenceManager";
        var style = row.Service.StartsWith("MediPrima", StringComparison.Ordinal) ? TransportStyle.EHealthSoap : ssdn ? TransportStyle.Ssdn : TransportStyle.Soa;
        return new(row.Service, row.Operation, style, ssdn ? row.Service : null, KnownSsdnVersions.GetValueOrDefault(row.Service),
            null, null, null, "—", CatalogueState.NotYet, aliases, row);
    }
}
