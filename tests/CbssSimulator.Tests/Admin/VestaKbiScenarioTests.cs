using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Scenarios;
using CbssSimulator.Tests.Services.Vesta;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Vesta.VestaWire;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The shipped scenarios of issue 16 (Vesta, KBI): unmet before the vendor's calls, met after them, a Walloon CPAS refused.</summary>
public class VestaKbiScenarioTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Gent = "0207100245";
    private const string Namur = "0920000161";
    private readonly SoapClient root = factory.Soap();

    private Task<SoapClient> Load(string name) => root.LoadScenarioAsync(name);

    private Task<bool> Passed(string sandbox) => root.ExpectationsMetAsync(sandbox);

    private Task<string> Ssin(string sandbox, string q) => root.FirstSsinAsync(sandbox, q);

    [Fact]
    public async Task VestaHomeCare_EmployDossierProfileContributionPerformanceCancel_AndNamurRefused()
    {
        var s = await Load("vesta-home-care");
        string client = await Ssin("vesta-home-care", "De Smet"), helper = await Ssin("vesta-home-care", "Claeys"), colleague = await Ssin("vesta-home-care", "Benali");
        var licence = await s.Vesta("VestaConsultlicence", Collaborator(colleague), cbe: Gent);
        Assert.Equal("VG7654321", licence.Body!.Element(V + "Collaborator")!.Element(V + "LicenceNumber")!.Value); // from the scenario's vesta: section

        Assert.Equal("DONE", (await s.Vesta("VestaEmployPerson", Collaborator(helper), Period("2026-11-23") + "<v:Function>verzorgende</v:Function>", Gent)).Result());
        var dossier = await s.Vesta("VestaCreateDossier", Client(client), Date("2026-11-23") + "<v:HelpType>gezinszorg</v:HelpType>", Gent);
        string number = dossier.Body!.Element(V + "Dossier")!.Element(V + "DossierNumber")!.Value;
        await s.Vesta("VestaAddProfile", Client(client), "<v:Profile>BEL-35</v:Profile>", Gent);
        await s.Vesta("VestaAddContribution", Client(client), "<v:Contribution>3.80</v:Contribution>", Gent);
        var performed = await s.Vesta("VestaCreateDurationPerformance", Collaborator(helper) + Collaborator(colleague),
            $"<v:DossierNumber>{number}</v:DossierNumber>" + Date("2026-11-23") + Line(helper, "<v:Hours>3</v:Hours>") + Line(colleague, "<v:Hours>1.5</v:Hours>"), Gent);
        Assert.Equal("DONE", performed.Result());
        Assert.Equal(["32000013"], (await s.Vesta("VestaConsultClient", Client(client), cbe: Namur)).ServiceCodes);
        Assert.False(await Passed("vesta-home-care"));

        Assert.Equal("DONE", (await s.Vesta("VestaCancelMostRecentProfile", Client(client), Date("2026-11-23"), Gent)).Result());
        Assert.Null((await s.Vesta("VestaConsultClient", Client(client), cbe: Gent)).Body!.Element(V + "Dossier")!.Element(V + "Profile"));
        Assert.True(await Passed("vesta-home-care"));
    }

    [Fact]
    public async Task KbiIntegration_FileReferralFile_AndLiegeRefused()
    {
        const string antwerpen = "0207100344", liege = "0207100443";
        var s = await Load("kbi-integration");
        string newcomer = await Ssin("kbi-integration", "Rahimi");
        var file = await s.Kbi("geefDossierKBI", $"<k:SSIN>{newcomer}</k:SSIN>", antwerpen);
        Assert.Equal("inburgeringsplichtig", file.Body!.Element(I + "Dossier")!.Element(I + "Statuut")!.Value);
        Assert.Equal(2, file.Body.Element(I + "Dossier")!.Elements(I + "Cursus").Count());
        var referral = await s.Kbi("registreerToeleiding", $"<k:SSIN>{newcomer}</k:SSIN><k:Reden>GPMI</k:Reden>", antwerpen);
        Assert.Equal("2026-11-23", referral.Body!.Element(I + "Toeleiding")!.Element(I + "Datum")!.Value);
        Assert.Equal(["32000013"], (await s.Kbi("geefDossierKBI", $"<k:SSIN>{newcomer}</k:SSIN>", liege)).ServiceCodes);
        Assert.False(await Passed("kbi-integration"));

        var again = await s.Kbi("geefDossierKBI", $"<k:SSIN>{newcomer}</k:SSIN>", antwerpen);
        Assert.Equal("GPMI", again.Body!.Element(I + "Dossier")!.Element(I + "Toeleiding")!.Element(I + "Reden")!.Value);
        Assert.True(await Passed("kbi-integration"));
    }

    [Fact]
    public async Task Kbi_ABelgianHasNoFileUntilReferred_AndTheWindowIsSysdate()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Nationality = 150 AND BirthDate < '2000' AND BirthDate NOT LIKE '%-00%'", 3);
        await root.RegisterAsync(p, 9, "2026-11-01", "2026-11-22", cbe: Flemish);
        Assert.Equal(["32000012"], (await root.Kbi("geefDossierKBI", $"<k:SSIN>{p.Ssin}</k:SSIN>")).ServiceCodes); // ended yesterday
        await root.RegisterAsync(p, 9, "2026-11-23", cbe: Flemish);
        var none = await root.Kbi("geefDossierKBI", $"<k:SSIN>{p.Ssin}</k:SSIN>");
        Assert.Equal("GEEN_DOSSIER", none.Body!.Element(I + "Resultaat")!.Value);
        await root.Kbi("registreerToeleiding", $"<k:SSIN>{p.Ssin}</k:SSIN><k:Datum>2026-11-20</k:Datum><k:Reden>GPMI</k:Reden>");
        var file = await root.Kbi("geefDossierKBI", $"<k:SSIN>{p.Ssin}</k:SSIN>");
        Assert.Equal("rechthebbend", file.Body!.Element(I + "Dossier")!.Element(I + "Statuut")!.Value);
        Assert.Equal("2026-11-20", file.Body.Element(I + "Dossier")!.Element(I + "Sinds")!.Value);
    }

    [Fact]
    public void AVestaSection_NamingAnUnknownPerson_ABadOrANonFlemishCpas_IsAnError()
    {
        string text = """
            name: broken-vesta
            vesta:
              employments:
                - { person: nobody, cpas: "0207100245", start: "2026-01-01" }
              dossiers:
                - { person: "85073003328", cpas: "0207100246", start: "2026-01-01" }
                - { person: "85073003328", cpas: "WALLOON", start: "2026-01-01" }
            """.Replace("WALLOON", Walloon, StringComparison.Ordinal);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "broken.yaml"));
        Assert.Contains(error.Errors, e => e.ToString().Contains("'nobody' is neither the id", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.ToString().Contains("'0207100246' is not a valid KBO/BCE number", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.ToString().Contains($"Vesta is open to Flemish CPAS only; CPAS {Walloon} lies in the region 'Wallonia'", StringComparison.Ordinal));
    }
}
