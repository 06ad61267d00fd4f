using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Services.ChildBenefits;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Sources.FamilyBenefits;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>ChildBenefits (modelled): files follow the households; paid to someone of the child's household; 001–009 at D.</summary>
public class ChildBenefitsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);
    private static readonly PersonStore Persons = new(Db);

    private static PersonRow Child(int n) => People.Where("Register = 'RN' AND DeathDate IS NULL AND FamilyRole = '03' AND BirthDate > '2012'", n);

    private async Task<XElement> Consult(string ssin)
    {
        var answer = await client.PostAsync(ChildBenefitsNamespaces.Path, ChildBenefitsNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultChildBenefitsRequest xmlns:m="{ChildBenefitsNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:consultChildBenefitsRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public void EveryMinorChild_HasAFile_PaidToAnAdultOfItsHousehold()
    {
        using var c = Db.Open();
        var children = c.Query<PersonRow>("SELECT * FROM Person WHERE Register = 'RN' AND FamilyRole = '03' AND DeathDate IS NULL AND BirthDate > '2009-12-31'").ToList();
        Assert.True(children.Count > 100);
        var allowances = new FamilyAllowances(Persons);
        int withAdult = 0;
        foreach (var child in children)
        {
            var household = Persons.Household(child.HouseholdId!.Value);
            var file = allowances.Files(child, D).SingleOrDefault(f => f.ChildSsin == child.Ssin);
            bool adult = household.Any(m => m.FamilyRole is "01" or "02" && m.DeathDate is null);
            Assert.Equal(adult, file is not null);
            if (file is not null)
            {
                withAdult++;
                var beneficiary = household.Single(m => m.Ssin == file.BeneficiarySsin);
                Assert.True(beneficiary.FamilyRole is "01" or "02");
                Assert.True(beneficiary.Sex == 2 || !household.Any(m => m.FamilyRole is "01" or "02" && m.Sex == 2 && m.DeathDate is null));
                Assert.Equal(IncompleteDate.Parse(child.BirthDate).Earliest, file.Begin);
            }
        }

        Assert.True(withAdult > children.Count / 2);
    }

    [Fact]
    public async Task TheChild_AndItsBeneficiary_SeeTheSameFile()
    {
        var child = Enumerable.Range(0, 20).Select(Child).First(c => new FamilyAllowances(Persons).Files(c, D).Count > 0);
        var file = new FamilyAllowances(Persons).Files(child, D).Single();
        await client.RegisterAsync(child, 1, "2026-11-01");
        var mine = await Consult(child.Ssin);
        Assert.Equal(("MSG00000", file.BeneficiarySsin), (Code(mine), mine.Descendants("beneficiarySsin").Single().Value));
        Assert.Contains(mine.Descendants("householdMember"), m => m.Element("ssin")!.Value == file.BeneficiarySsin);

        await client.RegisterAsync(Persons.Find(file.BeneficiarySsin)!, 1, "2026-11-01");
        var parents = await Consult(file.BeneficiarySsin);
        Assert.Contains(parents.Descendants("childSsin"), s => s.Value == child.Ssin);
        Assert.All(parents.Descendants("beneficiarySsin"), b => Assert.Equal(file.BeneficiarySsin, b.Value));
    }

    [Theory]
    [InlineData(30, "2026-01-01", null)]
    [InlineData(2, "2026-01-01", "2026-11-22")]
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var p = Child(code == 30 ? 30 : 31);
        await client.RegisterAsync(p, code, start, end);
        Assert.Equal("MSG00012", Code(await Consult(p.Ssin)));
    }

    [Fact]
    public async Task NoChild_IsNoData()
    {
        var single = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1960' AND HouseholdId NOT IN (SELECT HouseholdId FROM Person WHERE FamilyRole = '03' AND HouseholdId IS NOT NULL)", 2);
        await client.RegisterAsync(single, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Consult(single.Ssin)));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = Enumerable.Range(40, 20).Select(Child).First(c => new FamilyAllowances(Persons).Files(c, D).Count > 0);
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IChildBenefitsService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, ChildBenefitsNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultChildBenefitsRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "files");
    }
}
