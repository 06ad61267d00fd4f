using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Patrimony;
using CbssSimulator.Sources.Cadastre;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>PatrimonyService (modelled): the dwelling at the household's address, shares, history; 001–009, 030, 031 at D.</summary>
public class PatrimonyTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);
    private static readonly PersonStore Persons = new(Db);
    private static readonly RealEstate Estate = new(Persons);

    private static PersonRow Head(int from, Func<IReadOnlyList<Property>, bool> what) => Enumerable.Range(from, 300)
        .Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND FamilyRole = '01' AND BirthDate < '1990'", n)).First(p => what(Estate.Properties(p, D)));

    private async Task<XElement> Consult(string ssin, string extra = "")
    {
        var answer = await client.PostAsync(PatrimonyNamespaces.Path, PatrimonyNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultPatrimonyRequest xmlns:m="{PatrimonyNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin>{extra}</m:consultPatrimonyRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task AnOwner_HasTheDwellingAtTheHouseholdAddress_SharedWithThePartner()
    {
        var head = Head(0, x => x.Count > 0 && x[0].Share == 50);
        var partner = Persons.Household(head.HouseholdId!.Value).Single(m => m.FamilyRole == "02");
        await client.RegisterAsync(head, 30, "2026-11-01");
        await client.RegisterAsync(partner, 31, "2026-11-20");
        var home = Persons.CurrentAddress(head.Ssin)!;
        var mine = (await Consult(head.Ssin)).Descendants("property").First();
        Assert.Equal($"{home.Street} {home.HouseNumber}, {home.PostalCode} {home.Municipality}", mine.Element("location")!.Value);
        Assert.Equal(home.FromDate, mine.Element("acquisition")!.Element("date")!.Value);
        var theirs = (await Consult(partner.Ssin)).Descendants("property").First();
        Assert.Equal(("50", mine.Element("parcel")!.ToString()), (theirs.Element("share")!.Value, theirs.Element("parcel")!.ToString()));
    }

    [Fact]
    public async Task ASoldDwelling_ShowsOnlyWithHistory()
    {
        var head = Head(0, x => x.Any(p => p.Transferred is not null));
        await client.RegisterAsync(head, 1, "2026-11-01");
        var now = await Consult(head.Ssin);
        var all = await Consult(head.Ssin, "<withHistory>true</withHistory>");
        Assert.Equal(now.Descendants("property").Count() + 1, all.Descendants("property").Count());
        var sold = all.Descendants("transfer").Single();
        Assert.Equal(Persons.Addresses(head.Ssin).Last(a => a.ToDate is not null).ToDate, sold.Element("date")!.Value);
    }

    [Theory]
    [InlineData(40, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var head = Head(code == 40 ? 100 : 200, x => x.Count > 0);
        await client.RegisterAsync(head, code, start, end);
        Assert.Equal("MSG00012", Code(await Consult(head.Ssin)));
    }

    [Fact]
    public async Task AChild_OwnsNothing()
    {
        var child = People.Where("Register = 'RN' AND DeathDate IS NULL AND FamilyRole = '03'", 3);
        await client.RegisterAsync(child, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Consult(child.Ssin)));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var head = Head(50, x => x.Count > 0);
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(head, 1, "2026-11-01");
        var channel = new ChannelFactory<IPatrimonyService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, PatrimonyNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultPatrimonyRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{head.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "properties");
    }
}
