using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>The legacy SSDN OCMWCPASFindByAddress: no integration control; who lives at an address, as NRPPersonService finds them.</summary>
public class FindByAddressTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace F = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/FindByAddress";
    private readonly SoapClient client = factory.Soap();

    private static string Request(string zip, string street, string number, string? box = null) =>
        $"<f:FindByAddressRequest xmlns:f=\"{F}\"><f:Address><f:PostalCode>{zip}</f:PostalCode><f:Street>{street}</f:Street>"
        + $"<f:HouseNumber>{number}</f:HouseNumber>{(box is null ? "" : $"<f:Box>{box}</f:Box>")}</f:Address></f:FindByAddressRequest>";

    [Fact]
    public async Task WithoutAnyIntegration_TheHouseholdAtTheAddressIsFound_StreetCaseAndAccentsIgnored()
    {
        var head = People.Where("Register = 'RN' AND FamilyRole = '01' AND DeathDate IS NULL AND (SELECT count(*) FROM Person m WHERE m.HouseholdId = Person.HouseholdId) >= 3");
        var a = TestRegistry.People.CurrentAddress(head.Ssin)!;
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASFindByAddress", Request(a.PostalCode, a.Street.ToUpperInvariant(), a.HouseNumber)));
        Assert.Equal("YES", reply.ServiceOk);
        var found = reply.Body!.Elements(F + "Person").Select(p => p.Element(F + "SSIN")!.Value).ToList();
        Assert.Superset(TestRegistry.People.Household(head.HouseholdId!.Value).Where(m => m.DeathDate is null).Select(m => m.Ssin).ToHashSet(), found.ToHashSet());
        Assert.Equal(found.Count.ToString(CultureInfo.InvariantCulture), reply.Body!.Element(F + "NumberOfPersons")!.Value);
    }

    [Fact]
    public async Task NobodyThere_IsAReplyWithNoPerson()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASFindByAddress", Request("4700", "Nirgendwostraße", "999")));
        Assert.Equal("YES", reply.ServiceOk);
        Assert.Equal("0", reply.Body!.Element(F + "NumberOfPersons")!.Value);
        Assert.Empty(reply.Body!.Elements(F + "Person"));
    }

    [Fact]
    public async Task AnAddressWithoutHouseNumber_IsAMissingMandatoryArgument()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASFindByAddress",
            $"<f:FindByAddressRequest xmlns:f=\"{F}\"><f:Address><f:PostalCode>4700</f:PostalCode><f:Street>Haasstraße</f:Street></f:Address></f:FindByAddressRequest>"));
        Assert.Equal(["31000007"], reply.ServiceCodes);
    }
}
