using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Catalogue;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Vesta;

/// <summary>What the Vesta and KBI tests share: the CPAS of each region, the message family, the send helper.</summary>
public static class VestaWire
{
    public static readonly XNamespace V = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Vesta";
    public static readonly XNamespace I = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Inburgering";
    public const string Version = "20120403";
    public const string KbiVersion = "20130911";

    /// <summary>The first CPAS of a region by KBO number (the one the catalogue's examples use for a region-bound row).</summary>
    public static string FirstCpas(string region) =>
        RegistryGenerator.CpasList().Where(c => c.Region == region).Select(c => c.Cbe).Order(StringComparer.Ordinal).First();

    public static readonly string Flemish = FirstCpas(Regions.Flanders);
    public static readonly string Walloon = FirstCpas("Wallonia");

    /// <summary>A valid KBO number no CPAS has: added as a CPAS of unknown region by its first call.</summary>
    public static readonly string Added = Kbo.Create(18_765_432);

    public static string Client(string ssin) => $"<v:SSIN role=\"client\">{ssin}</v:SSIN>";

    public static string Collaborator(string ssin) => $"<v:SSIN role=\"collaborator\">{ssin}</v:SSIN>";

    public static string Body(string service, string key, string fields = "") =>
        $"<v:{service}Request xmlns:v=\"{V}\"><v:Key>{key}</v:Key>{fields}</v:{service}Request>";

    public static string Period(string start, string? end = null) =>
        $"<v:Period><v:StartDate>{start}</v:StartDate>{(end is null ? "" : $"<v:EndDate>{end}</v:EndDate>")}</v:Period>";

    public static string Date(string day) => $"<v:Date>{day}</v:Date>";

    public static string Line(string collaborator, string inner = "<v:Hours>2</v:Hours>") => $"<v:Performance><v:Collaborator>{collaborator}</v:Collaborator>{inner}</v:Performance>";

    public static Task<SsdnReply> Vesta(this SoapClient client, string service, string key, string fields = "", string? cbe = null) =>
        client.SsdnAsync(Ssdn(service, Body(service, key, fields), cbe ?? Flemish, version: Version));

    public static Task<SsdnReply> Kbi(this SoapClient client, string operation, string inner, string? cbe = null) =>
        client.SsdnAsync(Ssdn("Inburgering." + operation, $"<k:{operation}Request xmlns:k=\"{I}\">{inner}</k:{operation}Request>", cbe ?? Flemish, version: KbiVersion));

    public static string? Result(this SsdnReply reply) => reply.Body?.Element(V + "Result")?.Value;

    public static PersonRow Person(int n) => People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '2000' AND BirthDate NOT LIKE '%-00%' AND Ssin <> '85073003328'"
        + " AND Ssin NOT IN (SELECT Ssin FROM VestaRecord WHERE Ssin IS NOT NULL)", n);
}

/// <summary>
/// The Vesta and KBI rows of seed 003 §4.16 through the host: each row's codes accepted and refused (through the row's
/// catalogue example), the windows at their edges, the Flemish-CPAS-only clause, the every-NISS rule, the uncontrolled
/// consultations without an SSIN.
/// </summary>
public class VestaControlTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static int next = 200;

    private static PersonRow Fresh() => VestaWire.Person(Interlocked.Increment(ref next));

    public static TheoryData<string, string> RegionRows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var r in ControlTable.Rows.Where(r => r.Region is not null))
        {
            rows.Add(r.Service, r.Operation);
        }

        return rows;
    }

    private async Task<SsdnReply> SendExample(string service, string operation, string ssin, string cbe)
    {
        var example = await client.GetJsonAsync<ExampleRequest>($"/admin/services/{service}/{operation}/example?ssin={ssin}&cbe={cbe}");
        var answer = await client.PostAsync(example.Path, example.SoapAction, example.Envelope);
        var reply = new SsdnReply(answer.Body.Value);
        OfficialSchemas.AssertValidSsdnReply(reply.Document);
        return reply;
    }

    /// <summary>Every region-bound row: each of its codes passes the control, a code outside it is refused with 32000012.</summary>
    [Theory]
    [MemberData(nameof(RegionRows))]
    public async Task Row_AcceptsItsCodes_RefusesOthers(string service, string operation)
    {
        var row = ControlTable.Get(service, operation);
        foreach (var code in row.Codes)
        {
            var p = Fresh();
            await client.RegisterAsync(p, code, "2026-11-01", cbe: VestaWire.Flemish);
            var reply = await SendExample(service, operation, p.Ssin, VestaWire.Flemish);
            Assert.DoesNotContain("32000012", reply.ServiceCodes);
            Assert.DoesNotContain("32000013", reply.ServiceCodes);
        }

        int outside = QualityCodes.AnyCpas.First(c => !row.Codes.Contains(c) && c != 40 && c != 31);
        var q = Fresh();
        await client.RegisterAsync(q, outside, "2026-11-01", cbe: VestaWire.Flemish);
        var refused = await SendExample(service, operation, q.Ssin, VestaWire.Flemish);
        Assert.Equal(["32000012"], refused.ServiceCodes);
    }

    /// <summary>Every region-bound row refuses a Walloon CPAS, Eupen's (German-speaking) and a CPAS a caller added, with 32000013.</summary>
    [Theory]
    [MemberData(nameof(RegionRows))]
    public async Task Row_RefusesACpasOutsideFlanders(string service, string operation)
    {
        var row = ControlTable.Get(service, operation);
        foreach (var cbe in new[] { VestaWire.Walloon, Cbe, VestaWire.Added })
        {
            var p = Fresh();
            await client.RegisterAsync(p, row.Codes.First(), "2026-11-01", cbe: cbe);
            var reply = await SendExample(service, operation, p.Ssin, cbe);
            Assert.Equal(["32000013"], reply.ServiceCodes);
            Assert.Contains(("RequiredRegion", (string?)Regions.Flanders), reply.Information("32000013"));
        }
    }

    [Fact]
    public async Task ACallerAddedCpas_HasTheRegionUnknown_AndTheJournalSaysWhy()
    {
        var p = Fresh();
        await client.RegisterAsync(p, 8, "2026-11-01", cbe: VestaWire.Added);
        var reply = await client.Vesta("VestaConsultClient", VestaWire.Client(p.Ssin), cbe: VestaWire.Added);
        Assert.Contains(("Region", (string?)Regions.Unknown), reply.Information("32000013"));
        var journal = await client.GetJsonAsync<JsonElement>($"/admin/sandboxes/default/journal?service=VestaConsultClient&ssin={p.Ssin}");
        string refusal = journal.GetProperty("entries").EnumerateArray().Last().GetProperty("refusal").GetString()!;
        Assert.Contains("open to the CPAS of Flanders only", refusal, StringComparison.Ordinal);
        Assert.Contains("added by its first call", refusal, StringComparison.Ordinal);
    }

    /// <summary>Date rows: the integration 2026-11-01..2026-12-31 (021) against the date in the message, bounds inclusive.</summary>
    [Theory]
    [InlineData("2026-10-31", false)]
    [InlineData("2026-11-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public async Task DateRow_EndEmployment_OverlapsTheEndDate(string day, bool allowed)
    {
        var p = Fresh();
        await client.RegisterAsync(p, 21, "2026-11-01", "2026-12-31", cbe: VestaWire.Flemish);
        var reply = await client.Vesta("VestaEndEmployment", VestaWire.Collaborator(p.Ssin), VestaWire.Date(day));
        Assert.Equal(allowed ? ["32050001"] : ["32000012"], reply.ServiceCodes); // allowed: no employment to end yet
    }

    /// <summary>Period rows: the employment period against the integration 2026-11-01..2026-12-31; an open end overlaps.</summary>
    [Theory]
    [InlineData("2026-09-01", "2026-10-31", false)]
    [InlineData("2026-09-01", "2026-11-01", true)]
    [InlineData("2026-12-31", null, true)]
    [InlineData("2027-01-01", null, false)]
    public async Task PeriodRow_EmployPerson_OverlapsTheEmploymentPeriod(string start, string? end, bool allowed)
    {
        var p = Fresh();
        await client.RegisterAsync(p, 21, "2026-11-01", "2026-12-31", cbe: VestaWire.Flemish);
        var reply = await client.Vesta("VestaEmployPerson", VestaWire.Collaborator(p.Ssin), VestaWire.Period(start, end));
        Assert.Equal(allowed ? "DONE" : null, reply.Result());
        Assert.Equal(allowed ? [] : ["32000012"], reply.ServiceCodes);
    }

    /// <summary>The fictitious reference period is the day D (2026-11-23): an integration ending the day before is refused.</summary>
    [Theory]
    [InlineData("2026-10-01", "2026-11-22", false)]
    [InlineData("2026-10-01", "2026-11-23", true)]
    [InlineData("2026-11-23", null, true)]
    public async Task ReferenceRow_ConsultClient_TheDayD(string start, string? end, bool allowed)
    {
        var p = Fresh();
        await client.RegisterAsync(p, 8, start, end, cbe: VestaWire.Flemish);
        var reply = await client.Vesta("VestaConsultClient", VestaWire.Client(p.Ssin));
        Assert.Equal(allowed ? "NOT_FOUND" : null, reply.Result());
    }

    /// <summary>
    /// A fictitious-reference row ignores the message's optional date ("de aanwezige datum kan niet gebruikt worden"): a
    /// profile dated 2020 is added under an integration that covers only D; a removal date row uses its date instead.
    /// </summary>
    [Fact]
    public async Task ReferenceRow_IgnoresTheMessagesDate_DateRow_UsesIt()
    {
        var p = Fresh();
        await client.RegisterAsync(p, 8, "2026-11-01", cbe: VestaWire.Flemish);
        await client.Vesta("VestaCreateDossier", VestaWire.Client(p.Ssin), VestaWire.Date("2026-11-23"));
        var added = await client.Vesta("VestaAddProfile", VestaWire.Client(p.Ssin), VestaWire.Date("2020-01-01") + "<v:Profile>BEL-30</v:Profile>");
        Assert.Equal("DONE", added.Result());
        var outside = await client.Vesta("VestaCancelMostRecentProfile", VestaWire.Client(p.Ssin), VestaWire.Date("2020-01-01"));
        Assert.Equal(["32000012"], outside.ServiceCodes);
        var inside = await client.Vesta("VestaCancelMostRecentProfile", VestaWire.Client(p.Ssin), VestaWire.Date("2026-11-23"));
        Assert.Equal("DONE", inside.Result());
    }

    /// <summary>A row whose window needs the message's date: without it, 31000007 naming the field.</summary>
    [Fact]
    public async Task ADateRow_WithoutItsDate_IsMandatory()
    {
        var p = Fresh();
        var reply = await client.Vesta("VestaCancelMostRecentProfile", VestaWire.Client(p.Ssin));
        Assert.Equal(["31000007"], reply.ServiceCodes);
        Assert.Contains(("Date", (string?)null), reply.Information("31000007"));
    }

    [Fact]
    public async Task TheCatalogue_ShowsTheRegionClauseAndTheSsinRule()
    {
        var services = await client.GetJsonAsync<JsonElement[]>("/admin/services");
        var control = services.Single(s => s.GetProperty("service").GetString() == "VestaConsultDossier").GetProperty("control");
        Assert.Equal("Flanders", control.GetProperty("region").GetString());
        Assert.Equal("eachIfAny", control.GetProperty("ssins").GetString());
        Assert.Equal("Flemish CPAS only; every NISS of the key, one failing refuses the request; no NISS: no control", control.GetProperty("conditions").GetString());
        var kbi = services.Single(s => s.GetProperty("service").GetString() == "KBIInburgering" && s.GetProperty("operation").GetString() == "geefDossierKBI");
        Assert.Equal("Flanders", kbi.GetProperty("control").GetProperty("region").GetString());
        var tx25 = services.Single(s => s.GetProperty("service").GetString() == "RetrieveTIGroups").GetProperty("control");
        Assert.Equal(JsonValueKind.Null, tx25.GetProperty("region").ValueKind);
        Assert.Equal("one", tx25.GetProperty("ssins").GetString());
    }

    /// <summary>An amount past what a decimal holds fails the schema (31000001); one past a million euro an hour is named (31050002).</summary>
    [Fact]
    public async Task AnAmountOutOfRange_IsNamed()
    {
        var p = Fresh();
        await client.RegisterAsync(p, 8, "2026-11-01", cbe: VestaWire.Flemish);
        var reply = await client.Vesta("VestaAddContribution", VestaWire.Client(p.Ssin), "<v:Contribution>999999999999999999999999999999999999</v:Contribution>");
        Assert.Equal(["31000001"], reply.ServiceCodes);
        reply = await client.Vesta("VestaAddContribution", VestaWire.Client(p.Ssin), "<v:Contribution>5000000</v:Contribution>");
        Assert.Equal(["31050002"], reply.ServiceCodes);
        Assert.Contains(reply.Information("31050002"), i => i.Name == "Contribution");
    }
}
