using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>OCMWCPASPerformInvestigation 20080604 (WINDOW; 001–009, 030, 031); replies checked against the official schema.</summary>
public class PerformInvestigationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Pi = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation";
    private static readonly XNamespace P = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Person";
    private readonly SoapClient client = factory.Soap();

    private static string Request(string ssin, string? groups = null) =>
        $"<pi:PerformInvestigationRequest xmlns:pi=\"{Pi}\"><pi:SocialSecurityUser>{ssin}</pi:SocialSecurityUser>{groups}</pi:PerformInvestigationRequest>";

    private Task<SsdnReply> Investigate(string ssin, string? groups = null) =>
        client.SsdnAsync(Ssdn("OCMWCPASPerformInvestigation", Request(ssin, groups), version: "20080604"));

    [Fact]
    public async Task Integrated001_AnswersTheHousehold_TheirLegalData_AndTheAddressHistory()
    {
        var head = People.Where("Register = 'RN' AND FamilyRole = '01' AND DeathDate IS NULL AND (SELECT count(*) FROM Person m WHERE m.HouseholdId = Person.HouseholdId) >= 3", 1);
        await client.RegisterAsync(head, 1, "2026-11-01");
        var reply = await Investigate(head.Ssin);
        Assert.Equal("YES", reply.ServiceOk);
        var household = TestRegistry.People.Household(head.HouseholdId!.Value);
        var members = reply.Body!.Descendants(Pi + "FamilyMember").Select(m => m.Element(Pi + "SocialSecurityUser")!.Value).Order();
        Assert.Equal(household.Select(m => m.Ssin).Order(), members);
        Assert.Equal(household.Count, reply.Body.Descendants(P + "Citizen").Count());
        Assert.Equal(head.Ssin, reply.Body.Descendants(P + "Citizen").First().Element(P + "SocialSecurityUser")!.Value);
        Assert.Equal(TestRegistry.People.Addresses(head.Ssin).Count, reply.Body.Descendants(Pi + "LegalAddresses").Single().Elements().Count());
        Assert.Empty(reply.Body.Descendants(Pi + "WaitRegister"));
    }

    [Fact]
    public async Task DataGroups_SelectWhatIsAnswered()
    {
        var p = People.Adult(80);
        await client.RegisterAsync(p, 4, "2026-11-01");
        var reply = await Investigate(p.Ssin, $"<pi:DataGroups><pi:CitizenGroup>false</pi:CitizenGroup><pi:AddressHistoryGroup>true</pi:AddressHistoryGroup></pi:DataGroups>");
        Assert.Equal(["AddressHistoryGroup"], reply.Body!.Element(Pi + "DataGroups")!.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task WaitingRegister_IsAnsweredToAnApplicant_NotToADebtorOnly()
    {
        var waiting = People.Where("Register = 'WAITING' AND DeathDate IS NULL");
        await client.RegisterAsync(waiting, 30, "2026-11-01");
        Assert.Empty((await Investigate(waiting.Ssin)).Body!.Descendants(Pi + "WaitRegister"));
        await client.RegisterAsync(waiting, 1, "2026-11-01");
        var wait = (await Investigate(waiting.Ssin)).Body!.Descendants(Pi + "WaitRegister").Single();
        Assert.Equal(waiting.RegisteredSince, wait.Descendants(Pi + "demandDate").Single().Value);
        Assert.Empty(wait.Elements(Pi + "RefugeeLocationH212")); // TI 212: shown to nobody
    }

    [Fact]
    public async Task NotIntegrated_OrUnknown_IsAnError()
    {
        var p = People.Adult(81);
        var refused = await Investigate(p.Ssin);
        Assert.Equal(["32000012"], refused.ServiceCodes);
        Assert.Contains(("OrgUnit", Cbe), refused.Information("32000012"));
        Assert.Equal(["32000005"], (await Investigate(IdentifyPersonTests.Unknown)).ServiceCodes);
        Assert.Equal(["31000011"], (await Investigate("85073003327")).ServiceCodes);
    }
}

/// <summary>A debt file (031 for one month) opens PerformInvestigation while the month lies in the WINDOW, and not after.</summary>
public class PerformInvestigationWindowTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Theory]
    [InlineData("2027-02-22", "YES")]  // D − 2 months = 2026-12-22, the last day of the 031 month
    [InlineData("2027-02-23", "NO")]   // one day later
    public async Task DebtFile031_WindowEdge(string today, string ok)
    {
        var client = factory.Soap();
        var p = People.Adult(ok == "YES" ? 82 : 83);
        await client.SetTodayAsync(new DateOnly(2026, 11, 23));
        await client.RegisterAsync(p, 31, "2026-11-23");
        await client.SetTodayAsync(IsoDate.Parse(today));
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASPerformInvestigation",
            $"<pi:PerformInvestigationRequest xmlns:pi=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation\"><pi:SocialSecurityUser>{p.Ssin}</pi:SocialSecurityUser></pi:PerformInvestigationRequest>",
            version: "20080604"));
        Assert.Equal(ok, reply.ServiceOk);
    }
}
