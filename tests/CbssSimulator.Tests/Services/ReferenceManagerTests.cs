using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>ReferenceManager.consult 20050525 (modelled): other sectors' integrations, OVERLAP with the declared integration.</summary>
public class ReferenceManagerTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Rm = "http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade";
    private readonly SoapClient client = factory.Soap();

    private static PersonRow WithOtherSectors(int n) =>
        People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM SectorInscription)", n);

    private Task<SsdnReply> Consult(string ssin, int requestor, string integratedFrom, string? requestedPeriod = null, string serviceId = "ReferenceManager") =>
        client.SsdnAsync(Ssdn(serviceId, $"""
            <rm:ReferenceManagerRequest xmlns:rm="{Rm}" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
              <rm:ConsultOtherSectorsCriteria>
                <rm:QualityCodeRequestor>{requestor}</rm:QualityCodeRequestor>
                <rm:RequestedSsin>{ssin}</rm:RequestedSsin>
                <rm:IntegratedPeriod><common:StartDate>{integratedFrom}</common:StartDate></rm:IntegratedPeriod>
                {requestedPeriod}
                <rm:FetchDescriptions>true</rm:FetchDescriptions>
              </rm:ConsultOtherSectorsCriteria>
            </rm:ReferenceManagerRequest>
            """, version: "20050525"));

    [Fact]
    public async Task Integrated001_SeesEveryOtherSectorIntegration_WithDescriptions()
    {
        var p = WithOtherSectors(0);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var reply = await Consult(p.Ssin, 1, "2026-11-01");
        Assert.Equal("YES", reply.ServiceOk);
        var expected = OtherSectors.ForSsin(new RegistryDatabase(TestRegistry.TemplatePath), p.Ssin);
        var consultations = reply.Body!.Elements(Rm + "Consultation").ToList();
        Assert.Equal(expected.Select(e => e.Sector), consultations.Select(c => int.Parse(c.Element(Rm + "Sector")!.Value, CultureInfo.InvariantCulture)));
        Assert.All(consultations, c => Assert.Equal(2, c.Elements(Rm + "SectorDescription").Count()));
    }

    [Fact]
    public async Task TheDeclaredCodeAndPeriod_MustBeTheCallersOwn()
    {
        var p = WithOtherSectors(1);
        await client.RegisterAsync(p, 1, "2026-11-01");
        Assert.Equal(["32000012"], (await Consult(p.Ssin, 2, "2026-11-01")).ServiceCodes);  // 002 is not the caller's code
        Assert.Equal(["32000012"], (await Consult(p.Ssin, 1, "2027-06-01")).ServiceCodes);  // the 001 integration ends 2026-12-31
        Assert.Equal("YES", (await Consult(p.Ssin, 1, "2026-12-31")).ServiceOk);           // one common day
    }

    [Fact]
    public async Task DebtFile031_IsNotInTheRow()
    {
        var p = WithOtherSectors(2);
        await client.RegisterAsync(p, 31, "2026-11-23");
        Assert.Equal(["32000012"], (await Consult(p.Ssin, 31, "2026-11-23")).ServiceCodes);
    }

    [Fact]
    public async Task RequestedPeriod_Filters_AndTheLongServiceIdIsAccepted()
    {
        var p = WithOtherSectors(3);
        await client.RegisterAsync(p, 30, "2026-11-01");
        var none = await Consult(p.Ssin, 30, "2026-11-01", "<rm:RequestedPeriod><common:StartDate>1900-01-01</common:StartDate><common:EndDate>1900-12-31</common:EndDate></rm:RequestedPeriod>",
            serviceId: "ReferenceManager.consult");
        Assert.Equal("YES", none.ServiceOk);
        Assert.Empty(none.Body!.Elements(Rm + "Consultation"));
    }
}
