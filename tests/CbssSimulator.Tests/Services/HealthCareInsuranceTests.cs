using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.HealthCare;
using CbssSimulator.Sources.HealthInsurance;
using CbssSimulator.Sources.Pensions;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>HealthCareInsurance (modelled): insurer and codes coherent with the household and the other sources; 001–009 or 040 at D.</summary>
public class HealthCareInsuranceTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);
    private static readonly PersonStore Persons = new(Db);

    private async Task<XElement> Consult(string ssin, string extra = "")
    {
        var answer = await client.PostAsync(HealthCareNamespaces.Path, HealthCareNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultHealthCareInsuranceRequest xmlns:m="{HealthCareNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin>{extra}</m:consultHealthCareInsuranceRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    private static PersonRow Child(int n) => People.Where(
        "Register = 'RN' AND DeathDate IS NULL AND FamilyRole = '03' AND BirthDate > '2010' AND HouseholdId IN (SELECT HouseholdId FROM Person WHERE FamilyRole = '01' AND Register = 'RN')", n);

    [Fact]
    public void Insurability_FollowsTheHouseholdAndTheOtherSources()
    {
        var insurability = new Insurability(Persons, Db);
        var child = Child(0);
        var head = Persons.Household(child.HouseholdId!.Value).Single(m => m.FamilyRole == "01");
        var (c, h) = (insurability.Situation(child, D)!, insurability.Situation(head, D)!);
        Assert.Equal((head.Ssin, true, h.InsurerCode, h.Ct1), (c.HolderSsin, c.Dependant, c.InsurerCode, c.Ct1));

        var grapa = Enumerable.Range(0, 60).Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1955' AND FamilyRole = '01' AND Ssin NOT IN (SELECT Ssin FROM Employment)", n))
            .First(p => PensionRights.Right(p, false, D)?.Nature == "GRAPA" && insurability.Situation(p, D) is not null);
        Assert.Equal(("131", "131", true, true), insurability.Situation(grapa, D) is { } s ? (s.Ct1, s.Ct2, s.IncreasedIntervention, s.ThirdPartyPayer) : default);
        var retired = Enumerable.Range(0, 60).Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1955' AND FamilyRole = '01'", n))
            .First(p => insurability.Situation(p, D) is { IncreasedIntervention: false });
        Assert.Equal("130", insurability.Situation(retired, D)!.Ct1);
        Assert.Null(insurability.Situation(People.Where("Register = 'BIS'"), D));
    }

    [Theory]
    [InlineData(4, "YES")]
    [InlineData(40, "YES")]
    [InlineData(30, "NO")]
    [InlineData(31, "NO")]
    public async Task TheControl_Is001To009Or040AtD(int code, string allowed)
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990'", code);
        await client.RegisterAsync(p, code, "2026-11-01");
        var answer = await Consult(p.Ssin);
        var expected = new InsurabilityExpectation(new Insurability(Persons, Db).Situation(p, D));
        Assert.Equal(allowed == "NO" ? "MSG00012" : expected.Code, Code(answer));
        if (allowed == "YES" && expected.Code == "MSG00000")
        {
            Assert.Equal(expected.Situation!.InsurerCode, answer.Descendants("insurer").Single().Element("code")!.Value);
            Assert.Equal(Insurability.Insurers[expected.Situation.InsurerCode], answer.Descendants("insurer").Single().Element("name")!.Value);
        }
    }

    private sealed record InsurabilityExpectation(InsuranceSituation? Situation)
    {
        public string Code => Situation is null ? "MSG00100" : "MSG00000";
    }

    [Fact]
    public async Task AnIntegrationEndedTheDayBeforeD_IsRefused_AndAFutureReferenceDateIsMsg00008()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990'", 11);
        await client.RegisterAsync(p, 1, "2026-01-01", "2026-11-22");
        Assert.Equal("MSG00012", Code(await Consult(p.Ssin)));
        await client.RegisterAsync(p, 1, "2026-11-23");
        Assert.Equal("MSG00008", Code(await Consult(p.Ssin, "<referenceDate>2026-11-24</referenceDate>")));
    }

    [Fact]
    public async Task ADependantChild_ShowsItsHolder()
    {
        var child = Enumerable.Range(1, 10).Select(Child).First(c => new Insurability(Persons, Db).Situation(c, D) is not null); // about 2 % are not insured
        await client.RegisterAsync(child, 40, "2026-11-01");
        var answer = await Consult(child.Ssin);
        Assert.True(Code(answer) == "MSG00000", answer.ToString());
        var head = Persons.Household(child.HouseholdId!.Value).Single(m => m.FamilyRole == "01");
        Assert.Equal(("DEPENDANT", head.Ssin), (answer.Descendants("quality").Single().Value, answer.Descendants("holderSsin").Single().Value));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = People.Find("12021490240"); // persona ris-couple-child (docs/personas.md)
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IHealthCareInsuranceService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, HealthCareNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultHealthCareInsuranceRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "insurability");
    }
}
