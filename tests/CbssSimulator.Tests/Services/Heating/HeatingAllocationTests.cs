using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Heating;

/// <summary>OCMWCPASHeatingAllocation 20090409 with its dated rules, OCMWCPASHouseholdIncome and OCMWCPASRvvBimOmnioStatus.</summary>
public class HeatingAllocationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    public static readonly XNamespace Req = "http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest";
    public static readonly XNamespace Rep = "http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationReply";
    private static readonly XNamespace Hi = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HouseholdIncome";
    private static readonly XNamespace Bim = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/RvvBimOmnioStatus";
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1965' AND BirthDate < '2000'";
    private readonly SoapClient client = factory.Soap();

    /// <summary>An invoice as the real client writes it: Amount in ten-thousandths of a euro.</summary>
    public static string Allocation(string op, string ssin, int category, string delivery, decimal litres, decimal pricePerLitre, int fuel = 3, int dwellings = 1,
        string cbe = Cbe) => $"""
        <ns1:AllocationRequest xmlns:ns1="{Req}" xmlns:com="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes">
          <ns1:{op}>
            <ns1:PrimaryBeneficiary><ns1:SSIN>{ssin}</ns1:SSIN><ns1:Category>{category}</ns1:Category></ns1:PrimaryBeneficiary>
            <ns1:Invoice><com:Amount>{(long)(litres * pricePerLitre * 10000)}</com:Amount><com:Quantity>{litres.ToString(CultureInfo.InvariantCulture)}</com:Quantity>
              <com:HousingNumber>{dwellings}</com:HousingNumber><com:DeliveryDate>{delivery}</com:DeliveryDate><com:UnitFuel>{fuel}</com:UnitFuel></ns1:Invoice>
          </ns1:{op}>
          <ns1:OCMW_CPAS><ns1:KboBceNumber>{cbe}</ns1:KboBceNumber></ns1:OCMW_CPAS>
        </ns1:AllocationRequest>
        """;

    public static string Other(string element, string ssin, string inner, string cbe = Cbe) => $"""
        <ns1:AllocationRequest xmlns:ns1="{Req}"><ns1:{element}><ns1:SSIN>{ssin}</ns1:SSIN>{inner}</ns1:{element}>
          <ns1:OCMW_CPAS><ns1:KboBceNumber>{cbe}</ns1:KboBceNumber></ns1:OCMW_CPAS></ns1:AllocationRequest>
        """;

    private Task<SsdnReply> Send(string body) => client.SsdnAsync(Ssdn("OCMWCPASHeatingAllocation", body, version: "20090409"));

    private static (string Decision, string Reasons) Verdict(SsdnReply r) =>
        (r.Body!.Element(Rep + "Decision")!.Value, string.Join(",", r.Body.Elements(Rep + "Reason").Select(x => x.Element(Rep + "Code")!.Value)));

    private static string Field(SsdnReply r, string name) => r.Body!.Element(Rep + "Allocation")!.Element(Rep + name)!.Value;

    [Fact]
    public async Task Compute_Save_Consult_DuplicateRefused_Cancel_SaveAgain()
    {
        var p = People.Where(Adults + " AND HouseholdId IN (SELECT HouseholdId FROM Person GROUP BY HouseholdId HAVING count(*) >= 2)", 0);
        var partner = People.Where($"HouseholdId = {p.HouseholdId} AND Ssin <> '{p.Ssin}'");
        await client.RegisterAsync(p, 31, "2026-11-01");
        var computed = await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2026-10-15", 1000, 1.10m));
        Assert.Equal(("ACCEPTED", ""), Verdict(computed));
        Assert.Equal(("17", "170.00", "COMPUTED"), (Field(computed, "CentsPerLitre"), Field(computed, "Amount"), Field(computed, "Status")));
        Assert.Null(computed.Body!.Element(Rep + "Allocation")!.Element(Rep + "AllocationReference"));

        var saved = await Send(Allocation("SaveAllocation", p.Ssin, 3, "2026-10-15", 1000, 1.10m));
        string reference = Field(saved, "AllocationReference");
        await client.RegisterAsync(p, 40, "2026-11-01");
        var consulted = await Send(Other("ConsultAllocation", p.Ssin, "<ns1:ReferenceYear>2026</ns1:ReferenceYear>"));
        Assert.Equal(reference, Assert.Single(consulted.Body!.Elements(Rep + "Allocation")).Element(Rep + "AllocationReference")!.Value);

        await client.RegisterAsync(partner, 31, "2026-11-01");
        Assert.Equal(("REFUSED", "HTA006"), Verdict(await Send(Allocation("SaveAllocation", partner.Ssin, 3, "2026-11-02", 500, 1.10m))));

        var cancelled = await Send(Other("CancelAllocation", p.Ssin, $"<ns1:AllocationReference>{reference}</ns1:AllocationReference>"));
        Assert.Equal(("ACCEPTED", "CANCELLED"), (Verdict(cancelled).Decision, Field(cancelled, "Status")));
        Assert.Empty((await Send(Other("ConsultAllocation", p.Ssin, "<ns1:ReferenceYear>2026</ns1:ReferenceYear>"))).Body!.Elements(Rep + "Allocation"));
        Assert.Equal(("REFUSED", "HTA007"), Verdict(await Send(Other("CancelAllocation", p.Ssin, $"<ns1:AllocationReference>{reference}</ns1:AllocationReference>"))));
        Assert.Equal("ACCEPTED", Verdict(await Send(Allocation("SaveAllocation", partner.Ssin, 3, "2026-11-02", 500, 1.10m))).Decision);
    }

    [Fact]
    public async Task Category2_RefusedAboveTheCeiling_AcceptedBelow_AsHouseholdIncomeSays()
    {
        var rich = People.Where(Adults + " AND Ssin IN (SELECT Ssin FROM Employment WHERE EndDate IS NULL AND MonthlyWage > 4500 AND StartDate < '2024-01-01')"
            + " AND HouseholdId IN (SELECT HouseholdId FROM Person GROUP BY HouseholdId HAVING count(*) = 1)");
        var poor = People.Where(Adults + " AND Ssin NOT IN (SELECT Ssin FROM Employment) AND Ssin NOT IN (SELECT Ssin FROM SelfEmployment)"
            + " AND Ssin NOT IN (SELECT Ssin FROM Unemployment) AND HouseholdId IN (SELECT HouseholdId FROM Person GROUP BY HouseholdId HAVING count(*) = 1)");
        foreach (var (p, expected) in new[] { (rich, "REFUSED"), (poor, "ACCEPTED") })
        {
            await client.RegisterAsync(p, 40, "2026-11-01");
            var income = await client.SsdnAsync(Ssdn("OCMWCPASHouseholdIncome",
                $"<hi:HouseholdIncomeRequest xmlns:hi=\"{Hi}\"><hi:SSIN>{p.Ssin}</hi:SSIN><hi:DeliveryDate>2026-10-15</hi:DeliveryDate></hi:HouseholdIncomeRequest>", version: "20260101"));
            decimal total = decimal.Parse(income.Body!.Element(Hi + "HouseholdIncome")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(("2025", "24814.75"), (income.Body.Element(Hi + "IncomeYear")!.Value, income.Body.Element(Hi + "Ceiling")!.Value));
            Assert.Equal(expected == "ACCEPTED", total <= 24814.75m);

            var reply = await Send(Allocation("ComputeAllocation", p.Ssin, 2, "2026-10-15", 1000, 1.10m));
            Assert.Equal((expected, expected == "ACCEPTED" ? "" : "HTA004"), Verdict(reply));
            Assert.Equal(income.Body.Element(Hi + "HouseholdIncome")!.Value, reply.Body!.Element(Rep + "Income")!.Element(Rep + "HouseholdIncome")!.Value);
        }
    }

    [Theory]
    [InlineData("2022-09-15", 1.20, "2000", "24", "480.00")]
    [InlineData("2021-09-15", 0.80, "1500", "14", "210.00")]
    [InlineData("2023-02-10", 1.00, "2000", "16", "320.00")]
    [InlineData("2023-04-10", 1.00, "1500", "14", "210.00")]
    public async Task TheDeliveryDatesRule_LitresAndBrackets(string delivery, double price, string litres, string cents, string amount)
    {
        var p = People.Where(Adults, 10 + (int)(price * 10) % 7 + delivery[3] - '0');
        await client.RegisterAsync(p, 31, delivery[..8] + "01");
        var reply = await Send(Allocation("ComputeAllocation", p.Ssin, 3, delivery, 2500, (decimal)price));
        Assert.Equal(("ACCEPTED", litres, cents, amount), (Verdict(reply).Decision, Field(reply, "LitresAllowed"), Field(reply, "CentsPerLitre"), Field(reply, "Amount")));
    }

    [Fact]
    public async Task LitresAreDividedByDwellings_ThePumpIsAFlatAmount_OtherFuelsAreNotCovered()
    {
        var p = People.Where(Adults, 30);
        await client.RegisterAsync(p, 31, "2022-10-01");
        var flats = await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2022-10-05", 6000, 1.10m, dwellings: 4));
        Assert.Equal(("1500", "1500"), (Field(flats, "LitresPerDwelling"), Field(flats, "LitresAllowed")));
        Assert.Equal("456.00", Field(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2022-10-05", 40, 1.90m, fuel: 1)), "Amount"));
        Assert.Equal(("REFUSED", "HTA001"), Verdict(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2022-10-05", 1000, 1.10m, fuel: 6))));
    }

    [Fact]
    public async Task Category1_FollowsTheBimStatus_Category3_NeedsADebtFile_OldAndFutureDeliveries()
    {
        var p = People.Where(Adults + " AND HouseholdId IN (SELECT HouseholdId FROM Person GROUP BY HouseholdId HAVING count(*) = 1)", 40);
        await client.RegisterAsync(p, 40, "2026-11-01");
        var status = await client.SsdnAsync(Ssdn("OCMWCPASRvvBimOmnioStatus", $"<b:BimOmnioStatusRequest xmlns:b=\"{Bim}\"><b:SSIN>{p.Ssin}</b:SSIN></b:BimOmnioStatusRequest>", version: "20260101"));
        bool bim = status.Body!.Element(Bim + "IncreasedIntervention")!.Value == "true";
        var cat1 = await Send(Allocation("ComputeAllocation", p.Ssin, 1, "2026-11-20", 1000, 1.10m));
        Assert.Equal(!bim, Verdict(cat1).Reasons.Contains("HTA003"));
        Assert.Equal(("REFUSED", "HTA005"), Verdict(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2026-11-20", 1000, 1.10m))));
        Assert.Contains("HTA008", Verdict(await Send(Allocation("ComputeAllocation", p.Ssin, 2, "2026-12-20", 1000, 1.10m))).Reasons);

        await client.RegisterAsync(p, 31, "2006-01-01");
        Assert.Equal(("REFUSED", "HTA002"), Verdict(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2006-01-10", 1000, 0.35m))));
        Assert.Equal("5", Field(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2006-01-10", 1000, 0.43m)), "CentsPerLitre"));
    }

    [Fact]
    public async Task Controls_TheHeatingPeriodMustOverlap_ConsultNeeds001To009Or040()
    {
        var p = People.Where(Adults, 50);
        await client.RegisterAsync(p, 31, "2025-03-01");
        Assert.Equal(["32000012"], (await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2026-10-15", 1000, 1.10m))).ServiceCodes);
        Assert.Equal("ACCEPTED", Verdict(await Send(Allocation("ComputeAllocation", p.Ssin, 3, "2025-10-15", 1000, 1.10m))).Decision);
        Assert.Equal(["32000012"], (await Send(Other("ConsultAllocation", p.Ssin, "<ns1:ReferenceYear>2025</ns1:ReferenceYear>"))).ServiceCodes);
    }

    [Theory]
    [InlineData("<ns1:KboBceNumber>0212344876</ns1:KboBceNumber>", "<ns1:KboBceNumber>0299900145</ns1:KboBceNumber>", "31000001")]
    [InlineData("<com:HousingNumber>1</com:HousingNumber>", "<com:HousingNumber>0</com:HousingNumber>", "31000001")]
    [InlineData("<com:DeliveryDate>2026-10-15</com:DeliveryDate>", "", "31000007")]
    [InlineData("<ns1:Category>3</ns1:Category>", "<ns1:Category>4</ns1:Category>", "31000001")]
    public async Task InvalidRequests_GetTheServiceError(string from, string to, string code)
    {
        var p = People.Where(Adults, 51);
        await client.RegisterAsync(p, 31, "2026-11-01");
        var reply = await Send(Allocation("SaveAllocation", p.Ssin, 3, "2026-10-15", 1000, 1.10m).Replace(from, to));
        Assert.Equal("NO", reply.ServiceOk);
        Assert.Equal(code, reply.ServiceCodes[0]);
        await client.RegisterAsync(p, 40, "2026-11-01");
        var consulted = await Send(Other("ConsultAllocation", p.Ssin, "<ns1:ReferenceYear>2026</ns1:ReferenceYear>"));
        Assert.Equal("YES", consulted.ServiceOk);
        Assert.Empty(consulted.Body!.Elements(Rep + "Allocation"));
    }

    [Fact]
    public async Task HouseholdIncomeAndBimStatus_Need040_AndTheirFields()
    {
        var p = People.Where(Adults, 60);
        await client.RegisterAsync(p, 1, "2026-11-01");
        string income = $"<hi:HouseholdIncomeRequest xmlns:hi=\"{Hi}\"><hi:SSIN>{p.Ssin}</hi:SSIN><hi:DeliveryDate>2026-10-15</hi:DeliveryDate></hi:HouseholdIncomeRequest>";
        string bim = $"<b:BimOmnioStatusRequest xmlns:b=\"{Bim}\"><b:SSIN>{p.Ssin}</b:SSIN></b:BimOmnioStatusRequest>";
        Assert.Equal(["32000012"], (await client.SsdnAsync(Ssdn("OCMWCPASHouseholdIncome", income, version: "20260101"))).ServiceCodes);
        Assert.Equal(["32000012"], (await client.SsdnAsync(Ssdn("OCMWCPASRvvBimOmnioStatus", bim, version: "20260101"))).ServiceCodes);
        await client.RegisterAsync(p, 40, "2026-11-01");
        Assert.Equal("YES", (await client.SsdnAsync(Ssdn("OCMWCPASRvvBimOmnioStatus", bim, version: "20260101"))).ServiceOk);
        var missing = await client.SsdnAsync(Ssdn("OCMWCPASHouseholdIncome", income.Replace("<hi:DeliveryDate>2026-10-15</hi:DeliveryDate>", ""), version: "20260101"));
        Assert.Equal(["31000007"], missing.ServiceCodes);
        var consultedLastYear = await client.SsdnAsync(Ssdn("OCMWCPASHouseholdIncome", income.Replace("2026-10-15", "2024-10-15"), version: "20260101"));
        Assert.Equal(["32000012"], consultedLastYear.ServiceCodes);
    }

    [Fact]
    public async Task Cancel_AnotherCpassAllocation_IsRefused_AndWithoutIntegrationNoAnswer()
    {
        var p = People.Where(Adults, 61);
        await client.RegisterAsync(p, 31, "2026-11-01");
        await client.RegisterAsync(p, 31, "2026-11-01", cbe: "0299900145");
        var saved = await Send(Allocation("SaveAllocation", p.Ssin, 3, "2026-10-15", 1000, 1.10m));
        string reference = Field(saved, "AllocationReference");
        var foreign = await client.SsdnAsync(Ssdn("OCMWCPASHeatingAllocation",
            Other("CancelAllocation", p.Ssin, $"<ns1:AllocationReference>{reference}</ns1:AllocationReference>", "0299900145"), "0299900145", version: "20090409"));
        Assert.Equal(("REFUSED", "HTA007"), Verdict(foreign));
        var stranger = People.Where(Adults, 62);
        Assert.Equal(["32000012"], (await Send(Other("CancelAllocation", stranger.Ssin, $"<ns1:AllocationReference>{reference}</ns1:AllocationReference>"))).ServiceCodes);
    }

    /// <summary>
    /// The body a real client built (Lino, 2011; sppis-interfaces.md §3.1), the SSIN and the category (2 for a person without income,
    /// so the outcome is known) changed: €0.839 a litre in 2011 is 14 cents, 1,000 L give €140.
    /// </summary>
    [Fact]
    public async Task TheRealClientsComputeRequest_IsAnsweredByThe2009Rule()
    {
        var p = People.Where(Adults + " AND Ssin NOT IN (SELECT Ssin FROM Employment) AND Ssin NOT IN (SELECT Ssin FROM SelfEmployment)"
            + " AND Ssin NOT IN (SELECT Ssin FROM Unemployment) AND HouseholdId IN (SELECT HouseholdId FROM Person GROUP BY HouseholdId HAVING count(*) = 1)", 1);
        await client.RegisterAsync(p, 1, "2011-09-01");
        var reply = await Send($"""
            <ns1:AllocationRequest xmlns:ns1="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest"
                xmlns:com="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes">
             <ns1:ComputeAllocation>
              <ns1:PrimaryBeneficiary><ns1:SSIN>{p.Ssin}</ns1:SSIN><ns1:Category>2</ns1:Category></ns1:PrimaryBeneficiary>
              <ns1:Invoice><com:Amount>8390100</com:Amount><com:Quantity>1000</com:Quantity>
               <com:HousingNumber>1</com:HousingNumber><com:DeliveryDate>2011-09-19</com:DeliveryDate>
               <com:UnitFuel>3</com:UnitFuel></ns1:Invoice>
             </ns1:ComputeAllocation>
             <ns1:OCMW_CPAS><ns1:KboBceNumber>0212344876</ns1:KboBceNumber></ns1:OCMW_CPAS>
            </ns1:AllocationRequest>
            """);
        Assert.Equal(("ACCEPTED", ""), Verdict(reply));
        Assert.Equal(("0.8390", "14", "1000", "140.00"), (Field(reply, "PricePerLitre"), Field(reply, "CentsPerLitre"), Field(reply, "LitresAllowed"), Field(reply, "Amount")));
    }
}
