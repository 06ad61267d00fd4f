using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>The journal can debug a failing test: bodies, sandbox, status, codes, why a control refused (docs/decisions.md, "The journal keeps what a failing test needs").</summary>
public class JournalBodiesTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private async Task<SoapClient> Sandbox(string name)
    {
        (await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons = 200 })).EnsureSuccessStatusCode();
        return root.ForSandbox(name);
    }

    private async Task<JsonElement[]> Entries(string name, string query = "")
    {
        using var doc = JsonDocument.Parse(await root.Http.GetStringAsync($"/admin/sandboxes/{name}/journal{query}"));
        return [.. doc.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task AnEntry_KeepsTheRequestAndTheReply_TheSandboxAndTheStatus()
    {
        var client = await Sandbox("bodies");
        await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, 
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><t:sendTestMessageRequest xmlns:t=\"http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1\"><echo>journal me</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>");
        var entry = Assert.Single(await Entries("bodies"));
        Assert.Contains("journal me", entry.GetProperty("request").GetString());
        Assert.Contains("Envelope", entry.GetProperty("reply").GetString());
        Assert.Equal("bodies", entry.GetProperty("sandbox").GetString());
        Assert.Equal(200, entry.GetProperty("httpStatus").GetInt32());
    }

    [Fact]
    public async Task ARefusedCall_SaysWhichIntegrationsWereLookedAt_AndAnInjectedFaultCarriesSsinAndCpas()
    {
        var client = await Sandbox("refusals");
        await client.Tx25Async("85073003328", Envelopes.Cbe);
        var refused = Assert.Single(await Entries("refusals"));
        Assert.Equal("MSG00012", refused.GetProperty("code").GetString());
        Assert.Contains("has no integration for 85073003328", refused.GetProperty("refusal").GetString());

        (await root.Http.PutAsJsonAsync("/admin/sandboxes/refusals/faults", new { rules = new[] { new { service = "RetrieveTIGroups", kind = "http500" } } })).EnsureSuccessStatusCode();
        await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25("85073003328", Envelopes.Cbe));
        var injected = (await Entries("refusals", "?code=injected")).Single();
        Assert.Equal("85073003328", injected.GetProperty("ssins")[0].GetString());
        Assert.Equal(Envelopes.Cbe, injected.GetProperty("cpas").GetString());
        Assert.Equal(500, injected.GetProperty("httpStatus").GetInt32());
        Assert.Contains("Injected fault", injected.GetProperty("reply").GetString());

        Assert.Empty(await Entries("refusals", "?since=2999-01-01T00:00:00Z"));
        Assert.Equal(2, (await Entries("refusals", "?until=2999-01-01T00:00:00Z&ssin=85073003328")).Length);
    }

    [Fact]
    public async Task GetSandbox_ShowsClockFaultsAndJournalCounts()
    {
        var client = await Sandbox("shown");
        await client.Tx25Async("85073003328", Envelopes.Cbe);
        using var doc = JsonDocument.Parse(await root.Http.GetStringAsync("/admin/sandboxes/shown"));
        var s = doc.RootElement;
        Assert.Equal("shown", s.GetProperty("name").GetString());
        Assert.True(s.GetProperty("clock").TryGetProperty("today", out _));
        Assert.Equal(1, s.GetProperty("journal").GetProperty("byCode").GetProperty("MSG00012").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await root.Http.GetAsync("/admin/sandboxes/nosuch")).StatusCode);
    }
}

/// <summary>Admin actions are logged in words.</summary>
public class AdminLogTests
{
    [Theory]
    [InlineData("PUT", "/admin/sandboxes/fam", "sandbox made")]
    [InlineData("DELETE", "/admin/sandboxes/fam", "sandbox deleted")]
    [InlineData("POST", "/admin/sandboxes/fam/reset", "sandbox reset")]
    [InlineData("PUT", "/admin/sandboxes/fam/faults", "faults set")]
    [InlineData("PUT", "/admin/clock", "clock moved")]
    [InlineData("POST", "/admin/clock/advance", "clock moved")]
    public void AdminActions_AreNamed(string method, string path, string action) =>
        Assert.Equal(action, CbssSimulator.Admin.AdminLogMiddleware.Describe(method, path));
}
