using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Handi;
using CbssSimulator.Services.SocialRate;
using CbssSimulator.Sources.DisabilityAllowances;
using CbssSimulator.Sources.Pensions;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>HandiService V2 and SocialRateInvestigation (modelled): disability rights by age; the social tariff follows them and GRAPA.</summary>
public class DisabilityAndSocialRateTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);
    private static readonly PersonStore Persons = new(Db);

    private static PersonRow Find(string condition, Func<PersonRow, bool> what, int from = 0) =>
        Enumerable.Range(from, 2000).Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND " + condition, n)).First(what);

    private async Task<XElement> Call(string intf, string path, string action, string element, string ssin)
    {
        var answer = await client.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private Task<XElement> Handi(string ssin) => Call(HandiNamespaces.Interface, HandiNamespaces.Path, HandiNamespaces.Action, "consultHandiRequest", ssin);

    private Task<XElement> Rate(string ssin) => Call(SocialRateNamespaces.Interface, SocialRateNamespaces.Path, SocialRateNamespaces.Action, "consultSocialRateRequest", ssin);

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public void Rights_FollowAge()
    {
        using var c = Db.Open();
        var rights = Dapper.SqlMapper.Query<PersonRow>(c, "SELECT * FROM Person WHERE Register = 'RN' AND DeathDate IS NULL").Select(p => (p, r: Disability.Right(p, D)))
            .Where(x => x.r is not null).ToList();
        Assert.Equal(["APA", "ARR_AI", "CHILD_SUPPLEMENT"], rights.Select(x => x.r!.Kind).Distinct().Order());
        foreach (var (p, r) in rights)
        {
            var age = D.Year - IncompleteDate.Parse(p.BirthDate).Earliest.Year;
            Assert.True(r!.Kind switch { "CHILD_SUPPLEMENT" => age <= 21, "ARR_AI" => age is >= 21 and <= 65, _ => age >= 65 }, $"{p.Ssin} {r.Kind} at {age}");
            Assert.True(r.Begin <= D);
        }
    }

    [Fact]
    public async Task AnArrAiRecipient_HasTheRightACardAndTheSocialTariffForTheHousehold()
    {
        var p = Find("BirthDate BETWEEN '1965' AND '2000' AND HouseholdId IS NOT NULL", x => Disability.Right(x, D)?.Kind == "ARR_AI");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var handi = await Handi(p.Ssin);
        Assert.Equal(("MSG00000", "ARR_AI"), (Code(handi), handi.Descendants("kind").Single().Value));
        Assert.Contains(handi.Descendants("socialCard"), c => c.Value == "SOCIAL_REDUCTION");
        var rate = await Rate(p.Ssin);
        Assert.Equal(("ARR_AI", p.Ssin), (rate.Descendants("category").Single().Value, rate.Descendants("holderSsin").Single().Value));
        if (Persons.Household(p.HouseholdId!.Value).FirstOrDefault(m => m.Ssin != p.Ssin && m.DeathDate is null) is { } other)
        {
            await client.RegisterAsync(other, 1, "2026-11-01");
            Assert.Equal("MSG00000", Code(await Rate(other.Ssin))); // the tariff is the household's
        }
    }

    [Fact]
    public async Task TheIncomeGuarantee_OpensTheSocialTariff_NotHandi()
    {
        var p = Find("BirthDate < '1955' AND Ssin NOT IN (SELECT Ssin FROM Employment)", x =>
            PensionRights.Right(x, false, D)?.Nature == "GRAPA" && Disability.Right(x, D) is null);
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Handi(p.Ssin)));
        var rate = await Rate(p.Ssin);
        Assert.Contains(rate.Descendants("category").Single().Value, new[] { "GRAPA", "APA", "ARR_AI", "CHILD_DISABILITY" });
    }

    [Theory]
    [InlineData(31, "2026-11-01", null)] // a debt file does not open disability (seed 003)
    [InlineData(30, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task Handi_IsRefusedOutside001To009AtD(int code, string start, string? end)
    {
        var p = Find("BirthDate BETWEEN '1965' AND '2000'", x => Disability.Right(x, D) is not null, code * 3);
        await client.RegisterAsync(p, code, start, end);
        Assert.Equal("MSG00012", Code(await Handi(p.Ssin)));
        Assert.Equal("MSG00012", Code(await Rate(p.Ssin)));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = Find("BirthDate < '1955'", x => Disability.Right(x, D)?.Kind == "APA");
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IHandiService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, HandiNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultHandiRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "disability");
    }
}
