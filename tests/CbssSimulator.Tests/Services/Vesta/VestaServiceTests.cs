using System.Text.Json;
using CbssSimulator.Catalogue;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;
using static CbssSimulator.Tests.Services.Vesta.VestaWire;

namespace CbssSimulator.Tests.Services.Vesta;

/// <summary>
/// The Vesta services through the host: several NISS in one request (one failing refuses all and is named; the journal
/// keeps every NISS), the consultations without an NISS (no control), the world they read and change, KBI.
/// </summary>
public class VestaServiceTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static int next;

    private static PersonRow Fresh() => Person(Interlocked.Increment(ref next));

    private async Task<(PersonRow Client, string Dossier)> ClientWithDossier()
    {
        var c = Fresh();
        await client.RegisterAsync(c, 8, "2026-11-01", cbe: Flemish);
        var created = await client.Vesta("VestaCreateDossier", Client(c.Ssin), Date("2026-11-23") + "<v:HelpType>gezinszorg</v:HelpType>");
        Assert.Equal("DONE", created.Result());
        return (c, created.Body!.Element(V + "Dossier")!.Element(V + "DossierNumber")!.Value);
    }

    [Fact]
    public async Task SeveralCollaborators_OneNotIntegrated_RefusesTheWholeRequest_NamingIt()
    {
        var (_, dossier) = await ClientWithDossier();
        var a = Fresh();
        var b = Fresh();
        await client.RegisterAsync(a, 21, "2026-11-01", cbe: Flemish);
        string fields = $"<v:DossierNumber>{dossier}</v:DossierNumber>" + Date("2026-11-23") + Line(a.Ssin) + Line(b.Ssin);
        var refused = await client.Vesta("VestaCreateDurationPerformance", Collaborator(a.Ssin) + Collaborator(b.Ssin), fields);
        Assert.Equal(["32000012"], refused.ServiceCodes);
        Assert.Contains(("SSIN", (string?)b.Ssin), refused.Information("32000012"));
        Assert.Contains(("Role", (string?)"collaborator"), refused.Information("32000012"));
        var none = await client.Vesta("VestaConsultPerformance", "", $"<v:DossierNumber>{dossier}</v:DossierNumber>");
        Assert.Equal("NOT_FOUND", none.Result()); // nothing written for a, either

        var journal = await client.GetJsonAsync<JsonElement>($"/admin/sandboxes/default/journal?service=VestaCreateDurationPerformance&ssin={a.Ssin}");
        var entry = journal.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal([a.Ssin, b.Ssin], entry.GetProperty("ssins").EnumerateArray().Select(s => s.GetString()));

        await client.RegisterAsync(b, 21, "2026-11-01", cbe: Flemish);
        var done = await client.Vesta("VestaCreateDurationPerformance", Collaborator(a.Ssin) + Collaborator(b.Ssin), fields);
        Assert.Equal("DONE", done.Result());
        Assert.Equal(2, done.Body!.Elements(V + "Performance").Count());
        var both = await client.Vesta("VestaConsultPerformance", "", $"<v:DossierNumber>{dossier}</v:DossierNumber>");
        Assert.Equal([a.Ssin, b.Ssin], both.Body!.Elements(V + "Performance").Select(p => p.Element(V + "Collaborator")!.Value).Order());
    }

    [Fact]
    public async Task AClientAndACollaborator_TheClientFailing_IsNamedAsTheClient()
    {
        var c = Fresh();
        var w = Fresh();
        await client.RegisterAsync(w, 21, "2026-11-01", cbe: Flemish);
        await client.RegisterAsync(c, 30, "2026-11-01", cbe: Flemish);
        var refused = await client.Vesta("VestaConsultPerformance", Client(c.Ssin) + Collaborator(w.Ssin));
        Assert.Equal(["32000012"], refused.ServiceCodes);
        Assert.Contains(("Role", (string?)"client"), refused.Information("32000012"));
    }

    [Fact]
    public async Task AnUnknownSsinInTheKey_RefusesTheRequest_NamingIt()
    {
        var a = Fresh();
        await client.RegisterAsync(a, 21, "2026-11-01", cbe: Flemish);
        var reply = await client.Vesta("VestaConsultlicence", Collaborator(a.Ssin) + Collaborator("00010100173"));
        Assert.Equal(["32000005"], reply.ServiceCodes);
        Assert.Contains(("SSIN", (string?)"00010100173"), reply.Information("32000005"));
    }

    /// <summary>VestaConsultDossier and VestaConsultPerformance without an NISS: no BCSS control (the region still applies).</summary>
    [Fact]
    public async Task WithoutAnSsin_DossierAndPerformanceConsults_AreNotControlled()
    {
        var (c, dossier) = await ClientWithDossier();
        await client.Vesta("VestaAddProfile", Client(c.Ssin), "<v:Profile>BEL-40</v:Profile>");
        var byNumber = await client.Vesta("VestaConsultDossier", "", $"<v:DossierNumber>{dossier}</v:DossierNumber>");
        Assert.Equal("FOUND", byNumber.Result());
        Assert.Equal("BEL-40", byNumber.Body!.Element(V + "Dossier")!.Element(V + "Profile")!.Element(V + "Value")!.Value);
        var journal = await client.GetJsonAsync<JsonElement>("/admin/sandboxes/default/journal?service=VestaConsultDossier");
        var entry = journal.GetProperty("entries").EnumerateArray().Last();
        Assert.Empty(entry.GetProperty("qualityCodes").EnumerateArray());

        var performances = await client.Vesta("VestaConsultPerformance", "", Period("2026-11-01", "2026-11-30"));
        Assert.Equal("YES", performances.ServiceOk);
        var walloon = await client.Vesta("VestaConsultDossier", "", $"<v:DossierNumber>{dossier}</v:DossierNumber>", cbe: Walloon);
        Assert.Equal(["32000013"], walloon.ServiceCodes);
        var noKeyChange = await client.Vesta("VestaCorrectDossier", "", $"<v:DossierNumber>{dossier}</v:DossierNumber>");
        Assert.Equal(["31000007"], noKeyChange.ServiceCodes);

        var other = Fresh(); // with an SSIN the control applies: the other person is not integrated
        var controlled = await client.Vesta("VestaConsultDossier", Client(other.Ssin), $"<v:DossierNumber>{dossier}</v:DossierNumber>");
        Assert.Equal(["32000012"], controlled.ServiceCodes);
    }

    [Fact]
    public async Task ACollaborator_IsEmployed_Ended_UndoneAndCancelled_AsTheConsultsShow()
    {
        var w = Fresh();
        await client.RegisterAsync(w, 21, "2026-11-01", cbe: Flemish);
        var employed = await client.Vesta("VestaEmployPerson", Collaborator(w.Ssin), Period("2026-11-01") + "<v:LicenceNumber>VG1234567</v:LicenceNumber><v:Function>verzorgende</v:Function>");
        Assert.Equal("VG1234567", employed.Body!.Element(V + "Employment")!.Element(V + "LicenceNumber")!.Value);
        Assert.Equal(Flemish, employed.Body.Element(V + "Employment")!.Element(V + "HomeCareService")!.Element(V + "CbeNumber")!.Value);
        await client.Vesta("VestaCreateNewCareStatus", Collaborator(w.Ssin), Date("2026-11-01") + "<v:CareStatus>erkend</v:CareStatus>");
        var licence = await client.Vesta("VestaConsultlicence", Collaborator(w.Ssin));
        Assert.Equal("VG1234567", licence.Body!.Element(V + "Collaborator")!.Element(V + "LicenceNumber")!.Value);
        Assert.Equal("erkend", licence.Body.Element(V + "Collaborator")!.Element(V + "CareStatus")!.Element(V + "Value")!.Value);

        var ended = await client.Vesta("VestaEndEmployment", Collaborator(w.Ssin), Date("2026-11-30"));
        Assert.Equal("2026-11-30", ended.Body!.Element(V + "Employment")!.Element(V + "Period")!.Element(V + "EndDate")!.Value);
        var undone = await client.Vesta("VestaUndoEndEmployment", Collaborator(w.Ssin), Date("2026-11-01"));
        Assert.Null(undone.Body!.Element(V + "Employment")!.Element(V + "Period")!.Element(V + "EndDate"));
        var consulted = await client.Vesta("VestaConsultEmployment", Collaborator(w.Ssin), Period("2026-11-01", "2026-12-31"));
        Assert.Single(consulted.Body!.Elements(V + "Employment"));
        await client.Vesta("VestaCancelEmployment", Collaborator(w.Ssin), Date("2026-11-01"));
        var gone = await client.Vesta("VestaConsultEmployment", Collaborator(w.Ssin), Period("2026-11-01", "2026-12-31"));
        Assert.Equal("NOT_FOUND", gone.Result());

        var state = await client.GetJsonAsync<JsonElement>($"/admin/sppis/{w.Ssin}");
        Assert.Contains(state.GetProperty("vesta").EnumerateArray(), r => r.GetProperty("kind").GetString() == "careStatus");
    }

    [Fact]
    public async Task ADossier_ProfilesContributionsAndPeriods_ChangeAsTheClientConsultShows()
    {
        var (c, dossier) = await ClientWithDossier();
        string key = Client(c.Ssin);
        await client.Vesta("VestaAddProfile", key, "<v:Profile>BEL-20</v:Profile>");
        await client.Vesta("VestaAddProfile", key, Date("2026-11-23") + "<v:Profile>BEL-35</v:Profile>");
        await client.Vesta("VestaAddContribution", key, "<v:Contribution>4.5</v:Contribution>");
        await client.Vesta("VestaCorrectContribution", key, "<v:Contribution>5</v:Contribution>");
        await client.Vesta("VestaCreateActivePeriod", key, Period("2026-11-01"));
        await client.Vesta("VestaCloseActivePeriod", key, Period("2026-11-01", "2026-12-31"));
        await client.Vesta("VestacreateHelpPeriod", key, Period("2026-11-01") + "<v:HelpType>poetshulp</v:HelpType>");
        var cancelled = await client.Vesta("VestaCancelMostRecentProfile", key, Date("2026-11-23"));
        Assert.Equal("DONE", cancelled.Result());

        var seen = (await client.Vesta("VestaConsultClient", key)).Body!.Element(V + "Dossier")!;
        Assert.Equal(dossier, seen.Element(V + "DossierNumber")!.Value);
        Assert.Equal(["BEL-20"], seen.Elements(V + "Profile").Select(p => p.Element(V + "Value")!.Value));
        Assert.Equal(["5.00"], seen.Elements(V + "Contribution").Select(p => p.Element(V + "Value")!.Value));
        Assert.Equal("2026-12-31", seen.Element(V + "ActivePeriod")!.Element(V + "EndDate")!.Value);
        Assert.Equal("poetshulp", seen.Element(V + "HelpPeriod")!.Element(V + "HelpType")!.Value);

        await client.Vesta("VestaUndoCloseActivePeriod", key, Period("2026-11-01"));
        await client.Vesta("VestadeleteHelpPeriod", key, Period("2026-11-01"));
        seen = (await client.Vesta("VestaConsultClient", key)).Body!.Element(V + "Dossier")!;
        Assert.Null(seen.Element(V + "ActivePeriod")!.Element(V + "EndDate"));
        Assert.Null(seen.Element(V + "HelpPeriod"));
        var missing = await client.Vesta("VestacloseHelpPeriod", key, Period("2026-11-01", "2026-12-01"));
        Assert.Equal(["32050001"], missing.ServiceCodes);
    }

    /// <summary>The catalogue's examples, pasted in the order a home-care service works, all succeed at the first Flemish CPAS.</summary>
    [Fact]
    public async Task TheExamples_InLifecycleOrder_AllSucceed()
    {
        var p = Fresh();
        foreach (var code in new[] { 8, 21 })
        {
            await client.RegisterAsync(p, code, "2026-11-01", cbe: Flemish);
        }

        string[] order =
        [
            "VestaEmployPerson", "VestaCreateNewCareStatus", "VestaCreateDossier", "VestaAddProfile", "VestaAddContribution", "VestaCreateActivePeriod",
            "VestacreateHelpPeriod", "VestaCreateStartTimeStopTimePerformance", "VestaCreateDurationPerformance",
            "VestaConsultlicence", "VestaConsultEmployment", "VestaConsultDossier", "VestaConsultClient", "VestaConsultPerformance",
            "VestaCorrectEmployment", "VestaCorrectCareStatusses", "VestaCorrectDossier", "VestaCorrectProfile", "VestaCorrectContribution",
            "VestaCorrectActivePeriod", "VestacorrectHelpPeriod", "VestaCloseActivePeriod", "VestacloseHelpPeriod", "VestaUndoCloseActivePeriod",
            "VestaundocloseHelpPeriod", "VestaEndEmployment", "VestaUndoEndEmployment", "VestaDeletePerformance", "VestaDeleteActivePeriod",
            "VestadeleteHelpPeriod", "VestaCancelMostRecentProfile", "VestaCancelMostRecentContribution", "VestaCancelMostRecentCareStatusses",
            "VestaCancelEmployment",
        ];
        Assert.Equal(34, order.Distinct().Count());
        foreach (var service in order)
        {
            string operation = service.StartsWith("VestaConsult", StringComparison.Ordinal) ? "consult" : "update";
            var example = await client.GetJsonAsync<ExampleRequest>($"/admin/services/{service}/{operation}/example?ssin={p.Ssin}");
            var reply = new SsdnReply((await client.PostAsync(example.Path, example.SoapAction, example.Envelope)).Body.Value);
            Assert.True(reply.ServiceOk == "YES" && reply.Result() is "DONE" or "FOUND", $"{service}: {reply.Text}");
        }
    }

    [Fact]
    public void TheGeneratedWorld_IsTheSameForTheSameSeed_AndOnlyAtFlemishCpas()
    {
        string Dump(string path)
        {
            using var c = new RegistryDatabase(path).Open();
            return string.Join("\n", c.Query<string>("SELECT Cpas || Kind || ifnull(Ssin,'') || ifnull(DossierNumber,'') || ifnull(Value,'') || StartDate FROM VestaRecord ORDER BY Id"));
        }

        var again = Path.Combine(TestTemp.Root, $"vesta-{Guid.NewGuid():N}.db");
        RegistryGenerator.Generate(new GenerationOptions(TestRegistry.Seed, TestRegistry.Persons), again);
        string first = Dump(TestRegistry.TemplatePath);
        Assert.Equal(first, Dump(again));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(again);

        using var db = new RegistryDatabase(TestRegistry.TemplatePath).Open();
        var kinds = db.Query<string>("SELECT DISTINCT Kind FROM VestaRecord").ToHashSet();
        Assert.Superset(new HashSet<string> { "employment", "careStatus", "dossier", "profile", "contribution", "activePeriod", "helpPeriod", "performance" }, kinds);
        Assert.Equal(8, kinds.Count);
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT COUNT(*) FROM VestaRecord v JOIN Cpas c ON c.Cbe = v.Cpas WHERE c.Region <> 'Flanders'"));
    }

    [Fact]
    public async Task AGeneratedClient_IsSeenByItsCpas_OnceIntegrated()
    {
        string ssin, cpas;
        using (var db = new RegistryDatabase(TestRegistry.TemplatePath).Open())
        {
            (ssin, cpas) = db.QueryFirst<(string, string)>("SELECT Ssin, Cpas FROM VestaRecord WHERE Kind = 'dossier' ORDER BY Id LIMIT 1");
        }

        Assert.Equal(["32000012"], (await client.Vesta("VestaConsultClient", Client(ssin), cbe: cpas)).ServiceCodes);
        await client.RegisterAsync(People.Find(ssin), 8, "2026-11-01", cbe: cpas);
        var dossier = (await client.Vesta("VestaConsultClient", Client(ssin), cbe: cpas)).Body!.Element(V + "Dossier")!;
        Assert.NotNull(dossier.Element(V + "Profile"));
        Assert.NotNull(dossier.Element(V + "ActivePeriod"));
        var performances = await client.Vesta("VestaConsultPerformance", "", $"<v:DossierNumber>{dossier.Element(V + "DossierNumber")!.Value}</v:DossierNumber>", cbe: cpas);
        Assert.Equal(4, performances.Body!.Elements(V + "Performance").Count());
    }
}
