using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Kbi;

/// <summary>KBI Inburgering: the Flemish civic-integration crossroads bank behind sendXML, Flemish CPAS only (modelled contract).</summary>
public sealed class KbiModule : ServiceModule
{
    private const string Contract = "modelled (no public schema found)";
    public const string Version = "20130911";

    public override void Register(IServiceCollection services) => services.AddScoped<ToeleidingStore>();

    public override IReadOnlyList<string> Tables => [ToeleidingStore.Schema];

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<KbiService>("Inburgering.geefDossierKBI", Version, KbiService.I + "geefDossierKBIRequest", ["ssdn/SSDN/Inburgering/Inburgering.xsd"]),
        SsdnServiceRow.Of<KbiService>("Inburgering.registreerToeleiding", Version, KbiService.I + "registreerToeleidingRequest", ["ssdn/SSDN/Inburgering/Inburgering.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("KBIInburgering", "geefDossierKBI", Contract, x => $"""
            <kbi:geefDossierKBIRequest xmlns:kbi="{KbiService.I}"><kbi:SSIN>{x.Ssin}</kbi:SSIN></kbi:geefDossierKBIRequest>
            """, serviceId: "Inburgering.geefDossierKBI"),
        SsdnOperation("KBIInburgering", "registreerToeleiding", Contract, x => $"""
            <kbi:registreerToeleidingRequest xmlns:kbi="{KbiService.I}"><kbi:SSIN>{x.Ssin}</kbi:SSIN><kbi:Datum>{x.Today}</kbi:Datum><kbi:Reden>GPMI</kbi:Reden></kbi:registreerToeleidingRequest>
            """, serviceId: "Inburgering.registreerToeleiding"),
    ];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("kbiToeleidingen", (sp, person) => sp.GetRequiredService<ToeleidingStore>().ForSsin(person.Ssin)
            .Select(t => new { id = t.Reference, cpas = t.Cpas, date = t.Date, reason = t.Reason })),
    ];
}
