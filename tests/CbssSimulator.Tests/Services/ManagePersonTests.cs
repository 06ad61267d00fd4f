using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>ManagePerson.createKSZCitizen (modelled SSDN): the legacy BIS creation.</summary>
public class ManagePersonTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    private Task<SsdnReply> Create(string last, string birth, int gender, bool force = false, string serviceId = "ManagePerson") =>
        client.SsdnAsync(Ssdn(serviceId, $"""
            <mp:createKSZCitizenRequest xmlns:mp="http://www.ksz-bcss.fgov.be/XSD/SSDN/ManagePerson">
              <mp:LastName>{last}</mp:LastName><mp:FirstName>Amadou</mp:FirstName><mp:BirthDate>{birth}</mp:BirthDate><mp:Gender>{gender}</mp:Gender>
              <mp:Nationality>324</mp:Nationality><mp:Address><mp:PostalCode>1080</mp:PostalCode><mp:Street>Rue de Ribaucourt</mp:Street><mp:HouseNumber>9</mp:HouseNumber></mp:Address>
              {(force ? "<mp:ForceRegistration>true</mp:ForceRegistration>" : "")}
            </mp:createKSZCitizenRequest>
            """));

    [Fact]
    public async Task CreatesABisNumber_ThatIdentifyPersonThenFinds()
    {
        var reply = await Create("Diallo", "1990-05-00", 0, serviceId: "ManagePerson.createKSZCitizen");
        Assert.Equal("YES", reply.ServiceOk);
        var ssin = reply.Body!.Elements().Single().Value;
        Assert.Equal(SsinKind.BisSexUnknown, Ssin.Kind(ssin));
        var found = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(ssin)));
        Assert.Equal("BCSS_KSZ", found.Body!.Descendants().Single(e => e.Name.LocalName == "LimitedLegalData").Attribute("origin")!.Value);
    }

    [Fact]
    public async Task ALikelyDuplicate_IsRefusedWithItsCandidates_UnlessForced()
    {
        var first = await Create("Bah", "1979-02-03", 1);
        var ssin = first.Body!.Elements().Single().Value;
        var again = await Create("BAH", "1979-02-03", 1);
        Assert.Equal(["32007020"], again.ServiceCodes);
        Assert.Contains(("Candidate SSIN", ssin), again.Information("32007020"));
        Assert.Equal("YES", (await Create("BAH", "1979-02-03", 1, force: true)).ServiceOk);
    }
}

/// <summary>The WINDOW control of FamilyCompositionService and PersonHistory: D − 2 months is inside, one day earlier is not.</summary>
public class ModelledWindowTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Theory]
    [InlineData("FamilyCompositionService", "2026-09-23", "MSG00000")]
    [InlineData("FamilyCompositionService", "2026-09-22", "MSG00012")]
    [InlineData("PersonHistory", "2026-09-23", "MSG00000")]
    [InlineData("PersonHistory", "2026-09-22", "MSG00012")]
    public async Task WindowEdge(string service, string integrationEnd, string code)
    {
        var client = factory.Soap();
        await client.SetTodayAsync(new DateOnly(2026, 11, 23));
        var p = People.Adult(100 + (service == "PersonHistory" ? 2 : 0) + (code == "MSG00000" ? 0 : 1));
        await client.RegisterAsync(p, 4, "2026-07-01", integrationEnd);
        var (path, action, element) = service == "PersonHistory"
            ? (CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Path, CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Action, "getHistoryRequest")
            : (CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Path, CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Action, "getFamilyCompositionRequest");
        string intf = service == "PersonHistory" ? CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Interface : CbssSimulator.Services.FamilyComposition.FamilyCompositionNamespaces.Interface;
        var answer = await client.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{p.Ssin}</ssin></m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal(code, answer.Body.Element("status")!.Element("code")!.Value);
    }
}
