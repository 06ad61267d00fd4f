using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Sppis.Law1965Forms;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>OCMWCPASWet65Loi65AB / C / DF: the law-of-1965 loop with the simulated SPP IS (bodies of the public schema).</summary>
public class Law1965Tests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace L = Law1965Forms.Ns, C = Law1965Forms.C65;
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private readonly SoapClient client = factory.Soap();

    private async Task<IReadOnlyList<XElement>> Send(string service, string body, string cbe = Cbe)
    {
        var reply = await client.SsdnAsync(Ssdn(service, body, cbe, version: "20260101"));
        Assert.True(reply.ServiceOk == "YES", reply.Text);
        return reply.Body!.Elements().Where(e => e.Name.LocalName.StartsWith("DecisionResult", StringComparison.Ordinal)).ToList();
    }

    private static (string Evaluation, string Errors) Verdict(XElement result) =>
        (result.Element(L + "Evaluation")!.Value, string.Join(",", result.Elements(L + "ErrorsOnForm").Select(e => e.Element(C + "Code")!.Value)));

    private Task<IReadOnlyList<XElement>> AB(string body, string cbe = Cbe) => Send("OCMWCPASWet65Loi65AB", body, cbe);

    private Task<IReadOnlyList<XElement>> DF(string body) => Send("OCMWCPASWet65Loi65DF", body);

    private Task<IReadOnlyList<XElement>> FormC(string body) => Send("OCMWCPASWet65Loi65C", body);

    [Fact]
    public async Task AThenB1_RegisteredByTheFormsOwnBlock_D1RefundsOnlyAnnouncedAid_CEndsIt_Code9RevivesIt()
    {
        var p = People.Where(Adults, 40);
        var child = People.Where(Adults, 41);
        var a = await AB(FormA(Cbe, p.Ssin, "2026-11-01", child.Ssin, Integration(3, "2026-11-01", "2027-10-31")));
        Assert.Equal([("ACCEPTED", ""), ("ACCEPTED", "")], a.Select(Verdict));
        Assert.Equal(["0", "1"], a.Select(r => r.Element(L + "Suffix")!.Value));

        var b1 = Assert.Single(await AB(FormB1(Cbe, p.Ssin, "2026-11-01", aids: "<l:FinancialAid>true</l:FinancialAid><l:MedicalAndPharmaceuticalCosts>true</l:MedicalAndPharmaceuticalCosts>")));
        Assert.Equal(("ACCEPTED", ""), Verdict(b1));
        Assert.Equal(("10000", "2027-04-30"), (b1.Element(L + "Percentage")!.Value, b1.Element(L + "MaximumDate")!.Value));
        var refunded = b1.Element(L + "RefundedAids")!;
        Assert.Equal(["FinancialAid", "MedicalAndPharmaceuticalCosts", "PrimaryBeneficiary", "Partner"], refunded.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("true", refunded.Element(L + "PrimaryBeneficiary")!.Element(L + "Art61")!.Value);

        var d1 = Assert.Single(await DF(FormD1(Cbe, p.Ssin, "2026-11",
            "<l:FinancialAid><l:Amount>85000</l:Amount></l:FinancialAid><l:PharmaceuticalCostsAmount>3000</l:PharmaceuticalCostsAmount><l:HousingCostsAmount>40000</l:HousingCostsAmount>", 128000)));
        Assert.Equal(("PARTIALLYACCEPTED", "D65002"), Verdict(d1));
        var amounts = d1.Element(L + "DecisionOnAmounts")!;
        Assert.Equal([("FinancialAid", "85000"), ("PharmaceuticalCosts", "3000"), ("HousingCosts", "0")],
            amounts.Elements().Select(e => (e.Name.LocalName, e.Element(C + "AcceptedAmount")!.Value)));
        Assert.Equal("88000", d1.Element(L + "TotalAcceptedAmount")!.Value);

        var c = Assert.Single(await FormC(Law1965Forms.FormC(Cbe, p.Ssin, "2027-01-01")));
        Assert.Equal(("ACCEPTED", ""), Verdict(c));
        Assert.Equal(("REFUSED", "D65001"), Verdict(Assert.Single(await DF(FormD1(Cbe, p.Ssin, "2027-01")))));
        Assert.Equal(("ACCEPTED", ""), Verdict(Assert.Single(await FormC(Law1965Forms.FormC(Cbe, p.Ssin, "2027-01-01", cancel: true)))));
        Assert.Equal(("ACCEPTED", ""), Verdict(Assert.Single(await DF(FormD1(Cbe, p.Ssin, "2027-01")))));

        var listed = await client.SsdnAsync(Ssdn("OCMWCPASListOfAttestations", IntegrationIncomeFormsTests.List(p.Ssin, "STATUT65"), version: "20080317"));
        var forms = listed.Body!.Elements(IntegrationIncomeFormsTests.Ma + "Attestation").Select(x => x.Element(IntegrationIncomeFormsTests.Ma + "FormType")!.Element(IntegrationIncomeFormsTests.Ma + "Code")!.Value);
        Assert.Equal(["A", "B1", "D1", "C", "D1", "C", "D1"], forms);
    }

    [Fact]
    public async Task D1_SocialAidsAreRefundedAsTheB1AnnouncedThem()
    {
        var p = People.Where(Adults, 49);
        await client.RegisterAsync(p, 3, "2026-11-01");
        await AB(FormA(Cbe, p.Ssin, "2026-11-01"));
        await AB(FormB1(Cbe, p.Ssin, "2026-11-01"));
        var d1 = Assert.Single(await DF(FormD1(Cbe, p.Ssin, "2026-11", total: 110000).Replace("<l:TotalAmount>",
            "<l:PrimaryBeneficiaryAids><l:Art61Amount>20000</l:Art61Amount><l:AlimonyAmount>5000</l:AlimonyAmount></l:PrimaryBeneficiaryAids><l:TotalAmount>")));
        Assert.Equal(("PARTIALLYACCEPTED", "D65002"), Verdict(d1));
        var aids = d1.Element(L + "DecisionOnAmounts")!.Element(L + "PrimaryBeneficiaryAids")!;
        Assert.Equal(("20000", "0"), (aids.Element(L + "Art61Amount")!.Value, aids.Element(L + "AlimonyAmount")!.Value));
        Assert.Equal("105000", d1.Element(L + "TotalAcceptedAmount")!.Value);
    }

    [Fact]
    public async Task D1_WithoutAnAcceptedB1_IsRefused_AndAB1WithoutAIsRefused()
    {
        var p = People.Where(Adults, 42);
        await client.RegisterAsync(p, 3, "2026-11-01");
        Assert.Equal(("REFUSED", "L65002"), Verdict(Assert.Single(await AB(FormB1(Cbe, p.Ssin, "2026-11-01")))));
        Assert.Equal(("REFUSED", "D65001"), Verdict(Assert.Single(await DF(FormD1(Cbe, p.Ssin, "2026-11")))));
    }

    [Fact]
    public async Task B1_NotifiedAfter45Days_IsRefused()
    {
        var p = People.Where(Adults, 43);
        await client.RegisterAsync(p, 3, "2026-09-01");
        Assert.Equal("ACCEPTED", Verdict((await AB(FormA(Cbe, p.Ssin, "2026-09-01")))[0]).Evaluation);
        Assert.Equal(("REFUSED", "L65001"), Verdict(Assert.Single(await AB(FormB1(Cbe, p.Ssin, "2026-10-08")))));
        Assert.Equal(("ACCEPTED", ""), Verdict(Assert.Single(await AB(FormB1(Cbe, p.Ssin, "2026-10-09")))));
    }

    [Fact]
    public async Task WithoutIntegration_TheBcssRefuses_ADesintegrationBlockRemovesOne_ABrokenRegistrationIsTheFormsReason()
    {
        var p = People.Where(Adults, 44);
        async Task<IReadOnlyList<string>> Refused(string body) =>
            (await client.SsdnAsync(Ssdn("OCMWCPASWet65Loi65AB", body, Cbe, version: "20260101"))).ServiceCodes;
        Assert.Equal(["32000012"], await Refused(FormA(Cbe, p.Ssin, "2026-11-01")));
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Equal(["32000012"], await Refused(FormA(Cbe, p.Ssin, "2026-11-01", registrations: Integration(2, "2026-11-01", "2027-10-31", "Desintegration"))));
        Assert.Equal(["32000012"], await Refused(FormA(Cbe, p.Ssin, "2026-11-01", registrations: Integration(99, "2026-11-01", "2027-10-31"))));
        await client.RegisterAsync(p, 3, "2026-11-01");
        var bad = await AB(FormA(Cbe, p.Ssin, "2026-11-01", registrations: Integration(99, "2026-11-01", "2027-10-31")));
        Assert.Equal(("REFUSED", "CBS002"), Verdict(bad[0]));
    }

    [Fact]
    public async Task B2_ForASecondaryBeneficiary_ThenD2RefundsTheBills_WithoutB2Refused_ThenF()
    {
        var p = People.Where(Adults, 45);
        var child = People.Where(Adults, 46);
        await client.RegisterAsync(p, 3, "2026-11-01");
        await client.RegisterAsync(child, 3, "2026-11-01");
        await AB(FormA(Cbe, p.Ssin, "2026-11-01", child.Ssin));
        Assert.Equal(("REFUSED", "D65003"), Verdict(Assert.Single(await DF(FormD2(Cbe, child.Ssin, 1, "2026-11-15")))));
        Assert.Equal(("ACCEPTED", ""), Verdict(Assert.Single(await AB(FormB2(Cbe, child.Ssin, 1, "2026-11-10")))));
        var d2 = Assert.Single(await DF(FormD2(Cbe, child.Ssin, 1, "2026-11-15")));
        Assert.Equal(("ACCEPTED", "129000"), (Verdict(d2).Evaluation, d2.Element(L + "TotalAcceptedAmount")!.Value));
        Assert.Equal(2, d2.Element(L + "DecisionOnAmounts")!.Elements(L + "HospitalizationcostsBill").Count());

        Assert.Equal(("REFUSED", "F65001"), Verdict(Assert.Single(await DF(FormF(Cbe, p.Ssin, "2026-11-20")))));
        Assert.Equal(("ACCEPTED", ""), Verdict(Assert.Single(await DF(FormF(Cbe, child.Ssin, "2026-11-20")))));
    }

    [Fact]
    public async Task C_EndingNothing_OrCode9WithoutC_IsRefused()
    {
        var p = People.Where(Adults, 47);
        await client.RegisterAsync(p, 3, "2026-11-01");
        Assert.Equal(("REFUSED", "L65003"), Verdict(Assert.Single(await FormC(Law1965Forms.FormC(Cbe, p.Ssin, "2026-12-01")))));
        Assert.Equal(("REFUSED", "L65004"), Verdict(Assert.Single(await FormC(Law1965Forms.FormC(Cbe, p.Ssin, "2026-12-01", cancel: true)))));
    }

    [Theory]
    [InlineData("kbo", "31000001")]
    [InlineData("checksum", "31000011")]
    [InlineData("attest", "31000001")]
    [InlineData("empty", "31000007")]
    public async Task InvalidRequests_GetTheServiceError(string what, string code)
    {
        var p = People.Where(Adults, 48);
        string body = what switch
        {
            "kbo" => FormA("0299900145", p.Ssin, "2026-11-01"),
            "checksum" => FormA(Cbe, p.Ssin[..9] + ((int.Parse(p.Ssin[9..], CultureInfo.InvariantCulture) + 1) % 100).ToString("00", CultureInfo.InvariantCulture), "2026-11-01"),
            "attest" => FormA(Cbe, p.Ssin, "2026-11-01").Replace("A00000000000001", "A0001"),
            _ => $"""<l:L65_AB_DecisionRequest xmlns:l="{Law1965Forms.Ns}" xmlns:c65="{Law1965Forms.C65}">{File(Cbe)}</l:L65_AB_DecisionRequest>""",
        };
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASWet65Loi65AB", body, version: "20260101"));
        Assert.Equal("NO", reply.ServiceOk);
        Assert.Equal(code, reply.ServiceCodes[0]);
    }

    [SkippableFact]
    public void TheRequestsWeSend_ValidateAgainstThePublicSchema()
    {
        Skip.IfNot(OfficialSchemas.Available, OfficialSchemas.MissingMessage);
        string ssin = "85073003328";
        foreach (var body in new[] { FormA(Cbe, ssin, "2026-11-01", ssin, Integration(3, "2026-11-01", "2027-10-31")), FormB1(Cbe, ssin, "2026-11-01"),
                     FormB2(Cbe, ssin, 1, "2026-11-01"), Law1965Forms.FormC(Cbe, ssin, "2026-11-01", cancel: true), FormD1(Cbe, ssin, "2026-11"),
                     FormD2(Cbe, ssin, 1, "2026-11-01"), FormF(Cbe, ssin, "2026-11-01") })
        {
            Assert.Empty(OfficialSchemas.ValidateLoi65(XElement.Parse(body)));
        }
    }
}
