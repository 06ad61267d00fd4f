using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>Sandboxes: own database, clock, journal; same SOAP paths under /sandboxes/{name}/.</summary>
public class SandboxTests(SandboxTests.SmallJournalFactory factory) : IClassFixture<SandboxTests.SmallJournalFactory>
{
    public sealed class SmallJournalFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Sandboxes:JournalCapacity"] = "5" };
    }

    private readonly SoapClient root = factory.Soap();

    private async Task<SoapClient> Sandbox(string name, int seed = 42, int persons = 300)
    {
        using var response = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed, persons });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return root.ForSandbox(name);
    }

    [Fact]
    public async Task TwoSandboxes_UsedInParallel_NeverSeeEachOthersIntegrations()
    {
        var a = await Sandbox("parallel-a");
        var b = await Sandbox("parallel-b");
        var stefaan = People.Find(People.Stefaan);

        async Task<string> Flow(SoapClient client, int code)
        {
            await client.RegisterAsync(stefaan, code, "2026-11-01");
            return (await client.Tx25Async(People.Stefaan, Cbe)).Element("status")!.Element("code")!.Value;
        }

        var results = await Task.WhenAll(Flow(a, 1), Flow(b, 30));
        Assert.Equal(["MSG00000", "MSG00000"], results);

        var listA = await a.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(People.Stefaan, "LIST", null, "2026-01-01", queryRegister: "SECONDARY")));
        Assert.Equal(["1"], listA.Body!.Elements().Where(e => e.Name.LocalName == "Registrations").Select(r => r.Elements().First().Value));
        Assert.Equal("MSG00012", (await root.Tx25Async(People.Stefaan, Cbe)).Element("status")!.Element("code")!.Value);
    }

    [Fact]
    public async Task Reset_ReturnsTheSandboxToItsInitialState_AndSaysHowFast()
    {
        var s = await Sandbox("reset-me");
        await s.RegisterAsync(People.Find(People.Stefaan), 1, "2026-11-01");
        await root.Http.PutAsJsonAsync("/admin/sandboxes/reset-me/clock", new { today = "2027-05-01" });
        Assert.Equal("2027-05-01", (await root.GetJsonAsync<JsonElement>("/admin/sandboxes/reset-me/clock")).GetProperty("today").GetString());
        Assert.Equal("2026-11-23", (await root.GetJsonAsync<JsonElement>("/admin/clock")).GetProperty("today").GetString());

        using var reset = await root.Http.PostAsync("/admin/sandboxes/reset-me/reset", null);
        var body = await reset.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("resetMilliseconds").GetDouble() < 5_000);
        Assert.Equal("2026-11-23", body.GetProperty("today").GetString());
        Assert.Equal("MSG00012", (await s.Tx25Async(People.Stefaan, Cbe)).Element("status")!.Element("code")!.Value);
    }

    [Fact]
    public async Task Delete_RemovesIt_AndItsPathsAnswerThatThereIsNoSuchSandbox()
    {
        var s = await Sandbox("short-lived");
        using var delete = await root.Http.DeleteAsync("/admin/sandboxes/short-lived");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var answer = await s.PostAsync(SoapClient.TestPath, SoapClient.TestAction, "<x/>");
        Assert.True(answer.IsFault);
        Assert.Contains("no sandbox named 'short-lived'", answer.FaultString);
    }

    [Fact]
    public async Task Wsdl_InASandbox_KeepsThePrefix()
    {
        await Sandbox("wsdl");
        var wsdl = await root.Http.GetStringAsync("/sandboxes/wsdl" + SoapClient.Tx25Path + "?wsdl");
        Assert.Contains("location=\"http://localhost/sandboxes/wsdl" + SoapClient.Tx25Path + "\"", wsdl);
        Assert.Contains("http://localhost/sandboxes/wsdl" + SoapClient.Tx25Path + "?xsd=", wsdl);
    }

    [Fact]
    public async Task Journal_RecordsEveryCall_WithFilters_AndIsBounded()
    {
        var s = await Sandbox("journal");
        var p = People.Find(People.Stefaan);
        await s.RegisterAsync(p, 1, "2026-11-01");
        await s.Tx25Async(p.Ssin, Cbe);
        var tx25 = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/journal/journal?service=RetrieveTIGroups");
        var entry = tx25.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal("retrieveTI", entry.GetProperty("operation").GetString());
        Assert.Equal("MSG00000", entry.GetProperty("code").GetString());
        Assert.Equal(Cbe, entry.GetProperty("cpas").GetString());
        Assert.Equal([1], entry.GetProperty("qualityCodes").EnumerateArray().Select(q => q.GetInt32()));
        var register = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/journal/journal?operation=REGISTER");
        Assert.Equal("OCMWCPASManageAccess", register.GetProperty("entries")[0].GetProperty("service").GetString());

        for (int i = 0; i < 6; i++)
        {
            await s.PostAsync(SoapClient.TestPath, SoapClient.TestAction,
                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><t:sendTestMessageRequest xmlns:t=\"http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1\"><echo>x</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>");
        }

        var all = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/journal/journal");
        Assert.Equal(5, all.GetProperty("total").GetInt32());
        Assert.Equal(3, all.GetProperty("dropped").GetInt32());
    }

    [Fact]
    public async Task BadNames_AndUnknownSandboxes_AreRefused()
    {
        using var bad = await root.Http.PutAsJsonAsync("/admin/sandboxes/not a name!", new { seed = 1, persons = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var missing = await root.Http.GetAsync("/admin/sandboxes/nope/journal");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
