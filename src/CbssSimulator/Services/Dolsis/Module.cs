using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Dolsis;

/// <summary>Dolsis: employments (Dimona/DmfA), employers and posted workers (Limosa), a modelled SOA service.</summary>
public sealed class DolsisModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IDolsisService, DolsisService>(DolsisNamespaces.Path, DolsisService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        Operation("findEmployersByWorker", x => $"<ssin>{x.Ssin}</ssin>"),
        Operation("getEmploymentDetail", x => $"<ssin>{x.Ssin}</ssin><employer>0400000086</employer><beginQuarter>{x.Date.Year - 1}Q1</beginQuarter><endQuarter>{x.Date.Year - 1}Q4</endQuarter>"),
        Operation("getEmployerDetail", _ => "<employer>0400000086</employer>"),
        Operation("findPostedWorkers", x => $"<ssin>{x.Ssin}</ssin>"),
        Operation("getPostedWorkerDetail", x => $"<ssin>{x.Ssin}</ssin><limosaId>L00000000</limosaId>"),
        Operation("findPostingDocumentDetail", x => $"<ssin>{x.Ssin}</ssin><limosaId>L00000000</limosaId>"),
    ];

    private ServedOperation Operation(string operation, Func<ExampleContext, string> payload) =>
        SoaOperation<IDolsisService>("Dolsis", operation, ModelledContract, x => x.Modelled(DolsisNamespaces.Interface, operation + "Request", payload(x)));
}
