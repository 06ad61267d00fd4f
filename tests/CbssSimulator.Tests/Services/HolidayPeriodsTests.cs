using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>The ONVA holiday periods (seed 004: OCMWCPASPensionRegisterConsult; modelled, Version 20260101): refused without 001–009/030/031 at D, the year's entitlements with one.</summary>
public class HolidayPeriodsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace H = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HolidayPeriods";
    private readonly SoapClient client = factory.Soap();

    private Task<SsdnReply> Ask(string ssin, int year) => client.SsdnAsync(Ssdn("OCMWCPASPensionRegisterConsult",
        $"<h:HolidayPeriodsRequest xmlns:h=\"{H}\"><h:SSIN>{ssin}</h:SSIN><h:HolidayYear>{year}</h:HolidayYear></h:HolidayPeriodsRequest>", version: "20260101"));

    [Fact]
    public async Task NotIntegrated_IsRefused_ThenAFullYearOfWorkGivesTwentyDays()
    {
        var worker = People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Employment WHERE WorkerType = 'OTH' AND WorkingTime = 100 AND StartDate < '2024-01-01' AND EndDate IS NULL) AND Ssin NOT IN (SELECT Ssin FROM Employment WHERE EndDate IS NOT NULL OR WorkingTime < 100)");
        Assert.Equal(["32000012"], (await Ask(worker.Ssin, 2026)).ServiceCodes);

        await client.RegisterAsync(worker, 31, "2026-11-23");
        var reply = await Ask(worker.Ssin, 2026);
        Assert.Equal("YES", reply.ServiceOk);
        var entitlement = reply.Body!.Elements(H + "Entitlement").Single();
        Assert.Equal(("2025", "20"), (entitlement.Element(H + "ReferenceYear")!.Value, entitlement.Element(H + "Days")!.Value));
        Assert.Contains(entitlement.Element(H + "PayingBody")!.Value, new[] { "ONVA", "EMPLOYER" });
    }

    [Fact]
    public async Task ThePensionRegistersOwnVersion_StillAnswersThePensionRegister()
    {
        var p = People.Adult(90);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASPensionRegisterConsult",
            $"<h:HolidayPeriodsRequest xmlns:h=\"{H}\"><h:SSIN>{p.Ssin}</h:SSIN><h:HolidayYear>2026</h:HolidayYear></h:HolidayPeriodsRequest>", version: "20090706"));
        Assert.Equal(["31000001"], reply.ServiceCodes); // 20090706 expects the pension register's request
    }
}
