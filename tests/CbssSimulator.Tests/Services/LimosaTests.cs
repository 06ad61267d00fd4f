using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Postings;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Dolsis Limosa operations (modelled): postings of foreign BIS workers, their Belgian client and A1; 001–009 at D.</summary>
public class LimosaTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static readonly Lazy<List<PersonRow>> AllPosted = new(() =>
    {
        using var c = Db.Open();
        var clients = new CareerStore(Db).ConstructionClients();
        return Dapper.SqlMapper.Query<PersonRow>(c, "SELECT * FROM Person WHERE Register = 'BIS' AND DeathDate IS NULL AND Nationality <> 150 ORDER BY Ssin")
            .Where(p => Limosa.Postings(p, clients, D).Count > 0).ToList();
    });

    private static PersonRow Posted(int n) => AllPosted.Value[n];

    private async Task<XElement> Call(string action, string element, string payload)
    {
        var answer = await client.PostAsync(DolsisNamespaces.Path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{DolsisNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{payload}</m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task APostedWorker_HasDeclarations_AClientAndAnA1OfHisCountry()
    {
        var p = Posted(0);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var found = await Call(DolsisNamespaces.PostedWorkers, "findPostedWorkersRequest", $"<ssin>{p.Ssin}</ssin>");
        var posting = found.Descendants("posting").First();
        Assert.Equal(p.Nationality.ToString(), posting.Element("foreignEmployer")!.Element("countryCode")!.Value);
        string id = posting.Element("limosaId")!.Value;

        var detail = await Call(DolsisNamespaces.PostedWorkerDetail, "getPostedWorkerDetailRequest", $"<ssin>{p.Ssin}</ssin><limosaId>{id}</limosaId>");
        var cbe = detail.Descendants("belgianClient").Single().Element("cbeNumber")!.Value;
        Assert.Equal("124", new CareerStore(Db).Employer(cbe)!.JointCommittee);

        var a1 = await Call(DolsisNamespaces.PostingDocument, "findPostingDocumentDetailRequest", $"<ssin>{p.Ssin}</ssin><limosaId>{id}</limosaId>");
        Assert.Equal(("A1", p.Nationality.ToString(), posting.Element("beginDate")!.Value),
            (a1.Descendants("documentType").Single().Value, a1.Descendants("issuingCountryCode").Single().Value, a1.Descendants("beginDate").Single().Value));
        Assert.Equal("MSG00100", Code(await Call(DolsisNamespaces.PostingDocument, "findPostingDocumentDetailRequest", $"<ssin>{p.Ssin}</ssin><limosaId>L00000000</limosaId>")));
    }

    [Fact]
    public async Task ABelgianResident_IsNoPostedWorker()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990'", 9);
        await client.RegisterAsync(p, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Call(DolsisNamespaces.PostedWorkers, "findPostedWorkersRequest", $"<ssin>{p.Ssin}</ssin>")));
    }

    [Theory]
    [InlineData(30, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var p = Posted(code == 30 ? 1 : 2);
        await client.RegisterAsync(p, code, start, end);
        Assert.Equal("MSG00012", Code(await Call(DolsisNamespaces.PostedWorkers, "findPostedWorkersRequest", $"<ssin>{p.Ssin}</ssin>")));
    }
}
