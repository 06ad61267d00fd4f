using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>OCMWCPASPensionRegisterConsult 20090706 (modelled) behind PENSION5Y.</summary>
public class PensionRegisterTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Pr = "http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister";
    private readonly SoapClient client = factory.Soap();

    private Task<SsdnReply> Consult(string ssin, string from, string to) => client.SsdnAsync(Ssdn("OCMWCPASPensionRegisterConsult", $"""
        <pr:Penskad_OpenPK_ConsultRequest xmlns:pr="{Pr}" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
          <pr:TargetSSIN>{ssin}</pr:TargetSSIN>
          <pr:Period><common:StartDate>{from}</common:StartDate><common:EndDate>{to}</common:EndDate></pr:Period>
          <pr:RequestedData><pr:Pillar>1</pr:Pillar></pr:RequestedData><pr:Language>fr</pr:Language>
        </pr:Penskad_OpenPK_ConsultRequest>
        """, version: "20090706"));

    /// <summary>The integration 2026-11-01 → 2027-10-31 (002) extended by five years starts on 2021-11-01.</summary>
    [Theory]
    [InlineData("2021-11-01", "2026-11-23", "YES")]
    [InlineData("2021-10-31", "2026-11-23", "NO")]
    [InlineData("2026-01-01", "2027-10-31", "YES")]
    [InlineData("2026-01-01", "2027-11-01", "NO")]
    public async Task Pension5Y_TheExtendedIntegrationMustContainTheWholePeriod(string from, string to, string ok)
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1955'", from.StartsWith("2021") ? (ok == "YES" ? 0 : 1) : (ok == "YES" ? 2 : 3));
        await client.RegisterAsync(p, 2, "2026-11-01");
        var reply = await Consult(p.Ssin, from, to);
        Assert.Equal(ok, reply.ServiceOk);
        if (ok == "NO")
        {
            Assert.Equal(["32000012"], reply.ServiceCodes);
        }
    }

    [Fact]
    public async Task APensioner_HasARightAndMonthlyPayments_AYoungerPersonNone()
    {
        var pensioner = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1950'", 4);
        await client.RegisterAsync(pensioner, 1, "2026-11-01");
        var reply = await Consult(pensioner.Ssin, "2026-01-01", "2026-10-31");
        var right = reply.Body!.Element(Pr + "Right")!;
        Assert.Contains(right.Element(Pr + "Nature")!.Value, new[] { "RETRAITE", "GRAPA" });
        Assert.Equal(10, reply.Body.Elements(Pr + "Payment").Count());

        var young = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1970' AND BirthDate < '2000'", 7);
        await client.RegisterAsync(young, 30, "2026-11-01");
        var none = await Consult(young.Ssin, "2026-01-01", "2026-10-31");
        Assert.Equal("YES", none.ServiceOk);
        Assert.Null(none.Body!.Element(Pr + "Right"));
    }
}
