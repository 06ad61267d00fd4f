using CbssSimulator.Hosting;

namespace CbssSimulator.Services.CpasOnline;

/// <summary>
/// CPAS Online, the CPAS's side (modelled SOA, seed 001): the requests citizens submit at /cpas-online/ (or a scenario,
/// or the admin API) are listed, read, marked read and turned into a file. The requests' store is shared
/// (src/CbssSimulator/CpasOnline), since the citizen's page writes it.
/// </summary>
public sealed class CpasOnlineModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<ICpasOnlineService, CpasOnlineService>(CpasOnlineNamespaces.Path, CpasOnlineService.Endpoint)];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("cpasOnlineRequests", (sp, person) => sp.GetRequiredService<CbssSimulator.CpasOnline.CpasOnlineStore>().All()
            .Where(r => r.Ssin == person.Ssin || r.FileSsin == person.Ssin)
            .Select(r => new { reference = r.Reference, cbeNumber = r.Cbe, submittedOn = r.SubmittedOn, readOn = r.ReadOn, fileOpenedOn = r.FileOpenedOn })),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ICpasOnlineService>("CpasOnline", "listRequests", ModelledContract,
            x => x.Modelled(CpasOnlineNamespaces.Interface, "listRequestsRequest", $"<read>false</read><submittedFrom>{IsoDate.Text(x.Date.AddMonths(-1))}</submittedFrom><submittedTo>{x.Today}</submittedTo>")),
        SoaOperation<ICpasOnlineService>("CpasOnline", "getRequestDetails", ModelledContract,
            x => x.Modelled(CpasOnlineNamespaces.Interface, "getRequestDetailsRequest", "<reference>2A90072YKMHZ</reference>")),
        SoaOperation<ICpasOnlineService>("CpasOnline", "markAsRead", ModelledContract,
            x => x.Modelled(CpasOnlineNamespaces.Interface, "markAsReadRequest", "<reference>2A90072YKMHZ</reference>")),
        SoaOperation<ICpasOnlineService>("CpasOnline", "openFile", ModelledContract,
            x => x.Modelled(CpasOnlineNamespaces.Interface, "openFileRequest", $"<ssin>{x.Ssin}</ssin><reference>2A90072YKMHZ</reference>")),
    ];
}
