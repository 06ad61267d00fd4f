using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.PersonService;
using CbssSimulator.Soap;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>
/// The modelled SOA identification services: PersonServiceV4, FamilyCompositionService, PersonHistory,
/// SSINInformationService, NRPPersonService. Every answer is checked against our contracts/.
/// </summary>
public class ModelledIdentificationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly ContractSchemas Ours = new(Path.Combine(AppContext.BaseDirectory, "contracts"));
    private readonly SoapClient client = factory.Soap();

    private async Task<XElement> Call(string folder, string elementsXsd, string intf, string path, string action, string element, string payload, string cbe = Envelopes.Cbe)
    {
        var answer = await client.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><ticket>t-1</ticket><customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{payload}</m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        Assert.Empty(ContractSchemas.Validate(Ours.Load($"soa/{folder}/{elementsXsd}"), answer.Body).Select(i => i.Message));
        Assert.Equal("t-1", answer.Body.Element("informationCustomer")!.Element("ticket")!.Value);
        return answer.Body;
    }

    private Task<XElement> BySsin(string ssin) => Call("PersonService", "PersonServiceServiceV4.xsd", PersonServiceNamespaces.Interface, PersonServiceNamespaces.Path,
        PersonServiceNamespaces.BySsinAction, "searchPersonBySsinRequest", $"<criteria><ssin>{ssin}</ssin></criteria>");

    private Task<XElement> Phonetically(string criteria) => Call("PersonService", "PersonServiceServiceV4.xsd", PersonServiceNamespaces.Interface,
        PersonServiceNamespaces.Path, PersonServiceNamespaces.PhoneticAction, "searchPersonPhoneticallyRequest", $"<criteria>{criteria}</criteria>");

    private Task<XElement> Family(string ssin) => Call("FamilyComposition", "FamilyCompositionServiceServiceV1.xsd", CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Interface,
        CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Path, CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Action, "getFamilyCompositionRequest", $"<ssin>{ssin}</ssin>");

    private Task<XElement> History(string ssin) => Call("PersonHistory", "PersonHistoryServiceV1.xsd", CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Interface,
        CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Path, CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Action, "getHistoryRequest", $"<ssin>{ssin}</ssin>");

    private Task<XElement> Identifiers(string ssin) => Call("SSINInformation", "SSINInformationServiceServiceV1.xsd", CbssSimulator.Services.SsinInformation.SsinInformationNamespaces.Interface,
        CbssSimulator.Services.SsinInformation.SsinInformationNamespaces.Path, CbssSimulator.Services.SsinInformation.SsinInformationNamespaces.Action, "getSsinHistoryRequest", $"<ssin>{ssin}</ssin>");

    private Task<XElement> AtAddress(string zip, string street, string number) => Call("NRPPerson", "NRPPersonServiceServiceV1.xsd", CbssSimulator.Services.NrpPerson.NrpPersonNamespaces.Interface,
        CbssSimulator.Services.NrpPerson.NrpPersonNamespaces.Path, CbssSimulator.Services.NrpPerson.NrpPersonNamespaces.Action, "findByAddressRequest",
        $"<address><postalCode>{zip}</postalCode><street>{street}</street><houseNumber>{number}</houseNumber></address>");

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task PersonServiceV4_BySsin_AnswersThePerson_AndTheSsinErrors()
    {
        var found = await BySsin(People.Stefaan);
        Assert.Equal("MSG00000", Code(found));
        Assert.Equal("De Wachter", found.Element("result")!.Element("person")!.Element("lastName")!.Value);
        Assert.Equal("MSG00011", Code(await BySsin("85073003327")));
        Assert.Equal("MSG00005", Code(await BySsin(IdentifyPersonTests.Unknown)));
    }

    [Fact]
    public async Task PersonServiceV4_Phonetically_FollowsTheSeedsRules()
    {
        var hit = await Phonetically("<lastName>DEWACHTER</lastName><firstName>STEFANIE</firstName><birthDate>1975-00-00</birthDate><tolerance>5</tolerance>");
        Assert.Contains(hit.Descendants("ssin"), e => e.Value == "76031412406");
        Assert.Equal("MSG00100", Code(await Phonetically("<lastName>MARS</lastName><birthDate>1970-08-16</birthDate>")));
        var invalid = await Phonetically("<lastName>DEWACHTER</lastName><birthDate>1975-13-45</birthDate>");
        Assert.Equal(("MSG00008", "birthDate"), (Code(invalid), invalid.Element("status")!.Element("information")!.Element("fieldName")!.Value));
        var huge = await Phonetically("<lastName>DEWACHTER</lastName><birthDate>1975-00-00</birthDate><tolerance>99999999999999999999</tolerance>");
        Assert.Equal(("MSG00008", "tolerance"), (Code(huge), huge.Element("status")!.Element("information")!.Element("fieldName")!.Value));
    }

    [Fact]
    public async Task FamilyComposition_NeedsTheTx25Integration_AndListsTheHousehold()
    {
        var head = People.Where("Register = 'RN' AND FamilyRole = '01' AND DeathDate IS NULL AND (SELECT count(*) FROM Person m WHERE m.HouseholdId = Person.HouseholdId) >= 2", 2);
        Assert.Equal("MSG00012", Code(await Family(head.Ssin)));
        await client.RegisterAsync(head, 30, "2026-11-01");
        var answer = await Family(head.Ssin);
        Assert.Equal(TestRegistry.People.Household(head.HouseholdId!.Value).Select(m => m.Ssin).Order(),
            answer.Descendants("member").Select(m => m.Element("ssin")!.Value).Order());
    }

    [Fact]
    public async Task PersonHistory_AcceptsADebtFile031_AndGivesTheAddressHistory()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND (SELECT count(*) FROM Address a WHERE a.Ssin = Person.Ssin) >= 2", 3);
        Assert.Equal("MSG00012", Code(await History(p.Ssin)));
        await client.RegisterAsync(p, 31, "2026-11-23");
        var answer = await History(p.Ssin);
        Assert.Equal("MSG00000", Code(answer));
        Assert.Equal(TestRegistry.People.Addresses(p.Ssin).Count, answer.Descendants("address").Count());
        Assert.Equal([31], (await client.GetJsonAsync<System.Text.Json.JsonElement>($"/admin/sandboxes/default/journal?service=PersonHistory&ssin={p.Ssin}"))
            .GetProperty("entries").EnumerateArray().Last().GetProperty("qualityCodes").EnumerateArray().Select(c => c.GetInt32()));
    }

    [Fact]
    public async Task SsinInformation_TellsTheChainOfAReplacedBisNumber()
    {
        var rn = People.Adult(95);
        var bis = People.Where("Register = 'BIS'", 1);
        await client.RegisterAsync(bis, 1, "2026-11-23");
        var replaced = await client.PostAsync(CbssSimulator.Services.BisPerson.BisPersonNamespaces.Path, CbssSimulator.Services.BisPerson.BisPersonNamespaces.ReplaceAction, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <b:replaceSSINRequest xmlns:b="{CbssSimulator.Services.BisPerson.BisPersonNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><oldSsin>{bis.Ssin}</oldSsin><newSsin>{rn.Ssin}</newSsin></b:replaceSSINRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal("MSG00000", replaced.Body.Element("status")!.Element("code")!.Value);
        var chain = (await Identifiers(rn.Ssin)).Descendants("identifier").Select(i => (i.Element("ssin")!.Value, i.Element("state")!.Value)).ToList();
        Assert.Equal([(bis.Ssin, "REPLACED"), (rn.Ssin, "ACTIVE")], chain);
        Assert.Equal(rn.Ssin, (await Identifiers(bis.Ssin)).Descendants("replacedBy").Single().Value);
        Assert.Equal("MSG00006", Code(await BySsin(bis.Ssin)));
        Assert.Equal("MSG00005", Code(await Identifiers(IdentifyPersonTests.Unknown)));
    }

    [Fact]
    public async Task NrpPerson_FindsWhoLivesAtAnAddress()
    {
        var here = await AtAddress("4700", "AACHENER STRASSE", "12");
        Assert.Equal([People.Stefaan], here.Descendants("ssin").Select(s => s.Value));
        Assert.Equal("MSG00100", Code(await AtAddress("4700", "Aachener Straße", "999")));
    }

    [Fact]
    public async Task PersonServiceV4_ThroughTheWcfClient()
    {
        using var kestrel = new KestrelSimulatorFactory();
        var channel = new ChannelFactory<IPersonService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, PersonServiceNamespaces.Path))).CreateChannel();
        var request = XElement.Parse($"""
            <searchPersonBySsinRequest><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><criteria><ssin>{People.Stefaan}</ssin></criteria></searchPersonBySsinRequest>
            """);
        var response = await channel.SearchPersonBySsinAsync(new SearchPersonBySsinRequest { Body = AnyBody.From(request) });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "status" && e["code"]!.InnerText == "MSG00000");
        var invalid = await channel.SearchPersonBySsinAsync(new SearchPersonBySsinRequest
        {
            Body = AnyBody.From(XElement.Parse(request.ToString().Replace(People.Stefaan, "85133003328"))),
        });
        Assert.Contains(invalid.Body!.Elements!, e => e.LocalName == "status" && e["code"]!.InnerText == "MSG00008");
    }
}

/// <summary>Quality codes outside a row are refused, and every modelled SOA service answers the WCF client.</summary>
public class ModelledRowsAndWcfTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    private static string Body(string element, string payload) =>
        $"<{element}><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>"
        + $"<legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{payload}</{element}>";

    private static string Code(AnyBody body) => body.Elements!.Single(e => e.LocalName == "status")["code"]!.InnerText;

    private T Channel<T>(string path) =>
        new ChannelFactory<T>(new BasicHttpBinding(), new EndpointAddress(new Uri(factory.BaseAddress, path))).CreateChannel();

    [Fact]
    public async Task FamilyComposition_Refuses031_PersonHistory_Refuses040_ThroughTheWcfClient()
    {
        var p = People.Adult(110);
        var client = factory.Soap();
        await client.RegisterAsync(p, 31, "2026-11-23");
        await client.RegisterAsync(p, 40, "2026-01-01");
        var family = Channel<CbssSimulator.Services.FamilyComposition.IFamilyCompositionService>(CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Path);
        var refused = await family.GetFamilyCompositionAsync(new() { Body = AnyBody.From(XElement.Parse(Body("getFamilyCompositionRequest", $"<ssin>{p.Ssin}</ssin>"))) });
        Assert.Equal("MSG00012", Code(refused.Body!));
        var history = Channel<CbssSimulator.Services.PersonHistory.IPersonHistoryService>(CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Path);
        var allowed = await history.GetHistoryAsync(new() { Body = AnyBody.From(XElement.Parse(Body("getHistoryRequest", $"<ssin>{p.Ssin}</ssin>"))) });
        Assert.Equal("MSG00000", Code(allowed.Body!)); // 031 is in the PersonHistory row

        var q = People.Adult(111);
        await client.RegisterAsync(q, 40, "2026-01-01");
        var refusedHistory = await history.GetHistoryAsync(new() { Body = AnyBody.From(XElement.Parse(Body("getHistoryRequest", $"<ssin>{q.Ssin}</ssin>"))) });
        Assert.Equal("MSG00012", Code(refusedHistory.Body!));
    }

    [Fact]
    public async Task SsinInformation_AndNrpPerson_ThroughTheWcfClient()
    {
        var info = Channel<CbssSimulator.Services.SsinInformation.ISsinInformationService>(CbssSimulator.Services.SsinInformation.SsinInformationNamespaces.Path);
        var chain = await info.GetHistoryAsync(new() { Body = AnyBody.From(XElement.Parse(Body("getSsinHistoryRequest", $"<ssin>{People.Stefaan}</ssin>"))) });
        Assert.Equal("MSG00000", Code(chain.Body!));
        var nrp = Channel<CbssSimulator.Services.NrpPerson.INrpPersonService>(CbssSimulator.Services.NrpPerson.NrpPersonNamespaces.Path);
        var here = await nrp.FindByAddressAsync(new() { Body = AnyBody.From(XElement.Parse(Body("findByAddressRequest",
            "<address><postalCode>4700</postalCode><street>Aachener Straße</street><houseNumber>12</houseNumber></address>"))) });
        Assert.Contains(People.Stefaan, here.Body!.Elements!.Single(e => e.LocalName == "persons").InnerText);
    }
}
