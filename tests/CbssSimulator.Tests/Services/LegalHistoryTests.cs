using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Name and nationality histories of the registry, as Tx25 (history) and PersonHistory answer them.</summary>
public class LegalHistoryTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace R = "http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema";
    private readonly SoapClient client = factory.Soap();

    [Fact]
    public void TheRegistry_HoldsNaturalisationsAndNameChanges()
    {
        var db = new RegistryDatabase(TestRegistry.TemplatePath);
        var naturalised = People.Where("Ssin IN (SELECT Ssin FROM NationalityHistory)");
        Assert.Equal(150, naturalised.Nationality);
        Assert.NotEqual(150, LegalHistory.PastNationalities(db, naturalised.Ssin).Single().Code);
        var renamed = People.Where("Ssin IN (SELECT Ssin FROM NameHistory)");
        Assert.NotEqual(renamed.LastName, LegalHistory.PastNames(db, renamed.Ssin).Single().LastName);
    }

    [Fact]
    public async Task Tx25WithHistory_ShowsTheFormerNationality_WithItsEnd()
    {
        var p = People.Where("Ssin IN (SELECT Ssin FROM NationalityHistory) AND DeathDate IS NULL", 1);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var current = await client.Tx25Async(p.Ssin, Envelopes.Cbe, history: false);
        Assert.Equal(["150"], current.Descendants(R + "Nationality").Elements(R + "Nationality").Select(n => n.Element(R + "Code")!.Value));
        var all = await client.Tx25Async(p.Ssin, Envelopes.Cbe, history: true);
        var nationalities = all.Descendants(R + "Nationalities").Single().Elements().ToList();
        Assert.Equal(2, nationalities.Count);
        Assert.NotNull(nationalities[1].Element(R + "DelDate"));
    }

    [Fact]
    public async Task PersonHistory_ShowsFormerNames()
    {
        var p = People.Where("Ssin IN (SELECT Ssin FROM NameHistory) AND DeathDate IS NULL AND Register <> 'BIS'");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var answer = await client.PostAsync(CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Path, CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:getHistoryRequest xmlns:m="{CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{p.Ssin}</ssin></m:getHistoryRequest></soapenv:Body></soapenv:Envelope>
            """);
        var names = answer.Body.Descendants("name").Select(n => n.Element("lastName")!.Value).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(p.LastName, names[^1]);
    }
}
