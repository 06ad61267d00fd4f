using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Tx25 (RetrieveTIGroups v2); the simulator date is 2026-11-23 unless a test moves it.</summary>
public class RetrieveTIGroupsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace R = "http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema";
    private readonly SoapClient client = factory.Soap();
    private const string Cbe = Envelopes.Cbe;

    private static (string Value, string Code) Status(XElement response) =>
        (response.Element("status")!.Element("value")!.Value, response.Element("status")!.Element("code")!.Value);

    private static IReadOnlyList<string> Groups(XElement response) =>
        response.Element("rrn_it_implicit")?.Elements().Select(e => e.Name.LocalName).ToList() ?? [];

    [Fact]
    public async Task NotIntegrated_IsRefusedWithMsg00012_AndItsInformation()
    {
        var p = People.Adult(30);
        var response = await client.Tx25Async(p.Ssin, Cbe);
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(response));
        var info = response.Element("status")!.Elements("information").ToDictionary(i => i.Element("fieldName")!.Value, i => i.Element("fieldValue")?.Value);
        Assert.Equal(p.Ssin, info["ssin"]);
        Assert.Equal(Cbe, info["cbeNumber"]);
        Assert.Contains("not integrated", info["details"]);
        Assert.Empty(Groups(response));
    }

    [Fact]
    public async Task Integrated001_AnswersTheNationalRegisterGroups()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND EidCard IS NOT NULL AND FamilyRole = '02' AND CivilState = 20");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var response = await client.Tx25Async(p.Ssin, Cbe);
        Assert.Equal(("DATA_FOUND", "MSG00000"), Status(response));
        Assert.Equal(["NationalNumber", "FileOwner", "Names", "LegalMainAddresses", "Nationalities", "BirthPlace", "CivilStates", "HeadOfFamily", "IdentityCards"], Groups(response).Take(9));
        Assert.Contains("RegistrationRegisters", Groups(response)); // and the TIs of the person's facts (Tx25TiTableTests)
        var rrn = response.Element("rrn_it_implicit")!;
        Assert.Equal(p.Ssin, rrn.Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Value);
        Assert.Equal(p.PartnerSsin, rrn.Descendants(R + "Spouse").Single().Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Value);
        Assert.Equal(p.PartnerSsin, rrn.Element(R + "HeadOfFamily")!.Descendants(R + "NationalNumber").First().Element(R + "NationalNumber")!.Value);
        Assert.All(rrn.Elements(), g => Assert.NotNull(g.DescendantsAndSelf().Attributes("Type").FirstOrDefault()));
    }

    [Fact]
    public async Task History_AddsPastAddressesWithTheirEnd()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND (SELECT count(*) FROM Address a WHERE a.Ssin = Person.Ssin) >= 3");
        await client.RegisterAsync(p, 2, "2026-10-01");
        var now = await client.Tx25Async(p.Ssin, Cbe, history: false);
        var all = await client.Tx25Async(p.Ssin, Cbe, history: true);
        Assert.Single(now.Descendants(R + "LegalMainAddress"));
        Assert.True(all.Descendants(R + "LegalMainAddress").Count() >= 3);
        Assert.Equal(all.Descendants(R + "LegalMainAddress").Count() - 1, all.Descendants(R + "LegalMainAddress").Count(a => a.Element(R + "DelDate") is not null));
    }

    [Fact]
    public async Task HeadOfAHousehold_SeesItsMembers()
    {
        var head = People.Where("Register = 'RN' AND FamilyRole = '01' AND DeathDate IS NULL AND (SELECT count(*) FROM Person m WHERE m.HouseholdId = Person.HouseholdId) >= 3");
        await client.RegisterAsync(head, 5, "2026-11-01");
        var response = await client.Tx25Async(head.Ssin, Cbe);
        var members = response.Descendants(R + "FamilyMember").Select(m => m.Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Value).ToList();
        Assert.Equal(TestRegistry.People.Household(head.HouseholdId!.Value).Where(m => m.Ssin != head.Ssin && m.DeathDate is null).Select(m => m.Ssin).Order(), members.Order());
    }

    [Fact]
    public async Task DebtorOnly030_LeavesOutTheApplicantOnlyTis()
    {
        var p = People.Adult(31);
        await client.RegisterAsync(p, 30, "2026-11-01");
        var debtor = await client.Tx25Async(p.Ssin, Cbe);
        Assert.Equal(("DATA_FOUND", "MSG00000"), Status(debtor));
        Assert.DoesNotContain("IdentityCards", Groups(debtor));
        Assert.Contains("LegalMainAddresses", Groups(debtor));
        await client.RegisterAsync(p, 1, "2026-11-01");
        Assert.Contains("IdentityCards", Groups(await client.Tx25Async(p.Ssin, Cbe)));
    }

    [Fact]
    public async Task DebtFile031_IsNotInTheTx25Row_AndIsRefused()
    {
        var p = People.Adult(32);
        await client.RegisterAsync(p, 31, "2026-11-23");
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(await client.Tx25Async(p.Ssin, Cbe)));
    }

    [Fact]
    public async Task AnotherCpasIntegration_DoesNotOpenTheData()
    {
        var p = People.Adult(33);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: CbssSimulator.Registry.RegistryGenerator.CpasList().First(c => c.NisCode == 21004).Cbe);
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(await client.Tx25Async(p.Ssin, Cbe)));
    }

    [Theory]
    [InlineData("administrative staff", "DATA_FOUND")]
    [InlineData("social issues", "DATA_FOUND")]
    [InlineData("PCSA:SOMETHING_ELSE", "NO_RESULT")]
    public async Task LegalContext_V2AndTheTwoV1Values_AreAccepted(string legalContext, string value)
    {
        var p = People.Adult(34);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var response = await client.Tx25Async(p.Ssin, Cbe, legalContext: legalContext);
        Assert.Equal(value, Status(response).Value);
        if (value == "NO_RESULT")
        {
            Assert.Equal("MSG00013", Status(response).Code);
        }
    }

    [Fact]
    public async Task SsinErrors_FollowDecision14()
    {
        Assert.Equal(("NO_RESULT", "MSG00011"), Status(await client.Tx25Async("85073003327", Cbe)));
        Assert.Equal(("NO_RESULT", "MSG00005"), Status(await client.Tx25Async(IdentifyPersonTests.Unknown, Cbe)));
    }

    [Fact]
    public async Task CbeNumberWithABadChecksum_IsAValidationError() =>
        Assert.Equal(("NO_RESULT", "MSG00008"), Status(await client.Tx25Async(People.Stefaan, "0123456789")));

    [Fact]
    public async Task BisNumber_IsNotInTheNationalRegister()
    {
        var bis = People.Where("Register = 'BIS'");
        await client.RegisterAsync(bis, 1, "2026-11-01");
        Assert.Equal(("NO_DATA_FOUND", "MSG00100"), Status(await client.Tx25Async(bis.Ssin, Cbe)));
    }

    [Fact]
    public async Task Deceased_HasADecease()
    {
        var dead = People.Where("Register = 'RN' AND DeathDate IS NOT NULL");
        await client.RegisterAsync(dead, 9, "2026-11-01");
        var response = await client.Tx25Async(dead.Ssin, Cbe, language: "nl");
        Assert.Contains("Deceases", Groups(response));
    }

    [Fact]
    public async Task Language_ChangesTheLabels()
    {
        var p = People.Adult(35);
        await client.RegisterAsync(p, 1, "2026-11-01");
        string Label(XElement r) => r.Descendants(R + "Nationality").Elements(R + "Nationality").Single().Element(R + "Label")!.Value;
        Assert.Equal("België", Label(await client.Tx25Async(p.Ssin, Cbe, language: "nl")));
        Assert.Equal("Belgien", Label(await client.Tx25Async(p.Ssin, Cbe, language: "de")));
    }
}

/// <summary>The WINDOW control through the service: D − 2 months and D + 45 days are inside, one day further is not.</summary>
public class Tx25WindowTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Theory]
    [InlineData("2026-07-01", "2026-09-23", true)]   // ends on D − 2 months
    [InlineData("2026-07-01", "2026-09-22", false)]  // ends the day before
    [InlineData("2027-01-07", "2027-02-28", true)]   // starts on D + 45 days
    [InlineData("2027-01-08", "2027-02-28", false)]  // starts the day after
    public async Task Window_Edges(string start, string end, bool allowed)
    {
        var client = factory.Soap();
        var p = People.Adult(40 + (allowed ? 0 : 1) + (start.StartsWith("2027") ? 2 : 0));
        await client.SetTodayAsync(new DateOnly(2026, 11, 23));
        await client.RegisterAsync(p, 2, start, end);
        var status = (await client.Tx25Async(p.Ssin, Envelopes.Cbe)).Element("status")!.Element("code")!.Value;
        Assert.Equal(allowed ? "MSG00000" : "MSG00012", status);
    }
}
