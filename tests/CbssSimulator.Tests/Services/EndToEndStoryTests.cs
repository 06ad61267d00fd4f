using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>The core loop of a CPAS product: find → consult refused → integrate → consult → the integration expires.</summary>
public class EndToEndStoryTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Fact]
    public async Task Identify_Refused_Register001_DataFound_FiveMonthsLater_RefusedAgain()
    {
        var client = factory.Soap();
        await client.SetTodayAsync(new DateOnly(2026, 11, 23));
        var stephanie = People.Where("LastName = 'De Wachter' AND FirstNames LIKE 'St%phanie%'");

        var found = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("DEWACHTER", "1975-00-00", "STEFANIE", tolerance: 5))));
        var ssin = found.Body!.Descendants().First(e => e.Name.LocalName == "SocialSecurityUser").Value;
        Assert.Equal(stephanie.Ssin, ssin);

        Assert.Equal("MSG00012", (await client.Tx25Async(ssin, Cbe)).Element("status")!.Element("code")!.Value);

        var registered = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess",
            ManageAccess(ssin, "REGISTER", 1, "2026-11-23", proof: ProofByPersonData("DE WACHTER", "1976-03-14", "Stéphanie"))));
        Assert.Equal("YES", registered.ServiceOk);

        var data = await client.Tx25Async(ssin, Cbe);
        Assert.Equal("DATA_FOUND", data.Element("status")!.Element("value")!.Value);

        await client.AdvanceDaysAsync(152); // ~5 months: the 001 integration ended on 2027-01-22, past D − 2 months
        Assert.Equal("MSG00012", (await client.Tx25Async(ssin, Cbe)).Element("status")!.Element("code")!.Value);
    }
}
