using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Postings;

namespace CbssSimulator.Services.Dolsis;

/// <summary>
/// The Limosa operations of Dolsis (SYSDATE; 001–009, on the posted worker's SSIN — a BIS number): findPostedWorkers
/// lists the declarations, getPostedWorkerDetail gives one with its Belgian client, findPostingDocumentDetail its A1.
/// An unknown <c>limosaId</c> for that worker → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed partial class DolsisService
{
    public static readonly ControlRow PostedWorkersRow = ControlTable.Get("Dolsis", "findPostedWorkers");
    public static readonly ControlRow PostedWorkerDetailRow = ControlTable.Get("Dolsis", "getPostedWorkerDetail");
    public static readonly ControlRow PostingDocumentRow = ControlTable.Get("Dolsis", "findPostingDocumentDetail");

    public Task<FindPostedWorkersResponse> FindPostedWorkersAsync(FindPostedWorkersRequest request) => Task.FromResult(new FindPostedWorkersResponse
    {
        Body = consult.Answer(Intf + "findPostedWorkersResponse", PostedWorkersRow, (_, person) =>
            (null, Postings(person) is { Count: > 0 } list ? new XElement("postings", list.Select(PostingXml)) : null)),
    });

    public Task<GetPostedWorkerDetailResponse> GetPostedWorkerDetailAsync(GetPostedWorkerDetailRequest request) => Task.FromResult(new GetPostedWorkerDetailResponse
    {
        Body = consult.Answer(Intf + "getPostedWorkerDetailResponse", PostedWorkerDetailRow, (body, person) =>
            (null, Posting(body, person) is { } x && new CareerStore(db).Employer(x.ClientCbe) is { } client
                ? new XElement("postingDetail", PostingXml(x), Employer(client) is { } e ? new XElement("belgianClient", e.Elements()) : null,
                    new XElement("jointCommittee", client.JointCommittee), new XElement("workplaceMunicipalityCode", x.WorkplaceNis))
                : null)),
    });

    public Task<FindPostingDocumentDetailResponse> FindPostingDocumentDetailAsync(FindPostingDocumentDetailRequest request) => Task.FromResult(new FindPostingDocumentDetailResponse
    {
        Body = consult.Answer(Intf + "findPostingDocumentDetailResponse", PostingDocumentRow, (body, person) =>
            (null, Posting(body, person) is { } x
                ? new XElement("postingDocument", new XElement("documentType", "A1"), new XElement("documentId", $"A1-{x.Country}-{x.LimosaId[1..]}"),
                    new XElement("issuingCountryCode", x.Country), new XElement("beginDate", x.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("endDate", x.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                : null)),
    });

    private IReadOnlyList<Posting> Postings(PersonRow person) => Limosa.Postings(person, new CareerStore(db).ConstructionClients(), clock.Today);

    private Posting? Posting(XElement body, PersonRow person) => Postings(person).FirstOrDefault(x => x.LimosaId == body.Element("limosaId")?.Value.Trim());

    private static XElement PostingXml(Posting x) => new("posting", new XElement("limosaId", x.LimosaId), new XElement("beginDate", x.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new XElement("endDate", x.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("foreignEmployer", new XElement("name", x.ForeignEmployer), new XElement("countryCode", x.Country)));
}
