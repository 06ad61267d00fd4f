using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Notifications;

/// <summary>scenarios/cpas-online.yaml replayed (seed 001): a citizen's request listed, read, marked read, the citizen identified, integrated and a file opened.</summary>
public class CpasOnlineTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Herstappe = "0299900343";
    private const string Path = "/SOA4520/CpasOnline/v1", Intf = "http://kszbcss.fgov.be/intf/CpasOnline/v1";
    private readonly SoapClient root = factory.Soap();

    private static string Action(string operation) => "http://kszbcss.fgov.be/CpasOnline/" + operation;

    private async Task<SoapClient> Load(string name)
    {
        string text = (await File.ReadAllTextAsync(System.IO.Path.Combine(ScenarioTests.Folder, "cpas-online.yaml")))
            .Replace("name: cpas-online", $"name: {name}", StringComparison.Ordinal);
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { scenarioText = text });
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
        return root.ForSandbox(name);
    }

    [Fact]
    public async Task ARequest_IsListedRead_AndTurnedIntoAFile_OnceTheCitizenIsIdentifiedAndIntegrated()
    {
        var s = await Load("cpas-online");
        var unread = await s.SoaAsync(Path, Action("listRequests"), Intf, "listRequestsRequest", "<read>false</read>", Herstappe);
        var listed = Assert.Single(unread.Elements("onlineRequest"));
        string reference = listed.Element("reference")!.Value;
        Assert.Matches("^2A[0-9A-Z]{10}$", reference);
        Assert.Equal("2026-11-20", listed.Element("submissionDate")!.Value);
        Assert.Equal("Delacroix", listed.Element("lastName")!.Value);
        Assert.Null(listed.Element("readDate"));

        // By period: the submission date decides; outside it, nothing.
        var before = await s.SoaAsync(Path, Action("listRequests"), Intf, "listRequestsRequest", "<submittedFrom>2026-11-21</submittedFrom>", Herstappe);
        Assert.Equal("MSG00100", before.Element("status")!.Element("code")!.Value);

        var details = (await s.SoaAsync(Path, Action("getRequestDetails"), Intf, "getRequestDetailsRequest", $"<reference>{reference}</reference>", Herstappe))
            .Element("onlineRequest")!;
        var identification = details.Element("identification")!;
        Assert.Equal("Louise@hotmail.be", identification.Element("email")!.Value);
        Assert.Equal("0484567862", identification.Element("phone")!.Value);
        Assert.Equal("RN", identification.Element("register")!.Value);
        string ssin = identification.Element("ssin")!.Value;
        Assert.Equal("aide financière frais d'énergie (électricité, gaz, mazout)", details.Element("request")!.Element("nature")!.Value);
        Assert.Equal("Test", details.Element("request")!.Element("description")!.Value);
        Assert.Equal("true", details.Element("situation")!.Element("livesAtResidenceAddress")!.Value);

        // Another CPAS does not see it.
        var other = await s.SoaAsync(Path, Action("getRequestDetails"), Intf, "getRequestDetailsRequest", $"<reference>{reference}</reference>", Cbe);
        Assert.Equal("MSG00008", other.Element("status")!.Element("code")!.Value);

        var read = await s.SoaAsync(Path, Action("markAsRead"), Intf, "markAsReadRequest", $"<reference>{reference}</reference>", Herstappe);
        Assert.Equal("2026-11-23", read.Element("onlineRequest")!.Element("readDate")!.Value);
        Assert.Equal("MSG00100", (await s.SoaAsync(Path, Action("listRequests"), Intf, "listRequestsRequest", "<read>false</read>", Herstappe)).Element("status")!.Element("code")!.Value);
        Assert.Single((await s.SoaAsync(Path, Action("listRequests"), Intf, "listRequestsRequest", "<read>true</read>", Herstappe)).Elements("onlineRequest"));

        // Opening a file needs the citizen integrated: identify by NISS, integrate 001, then open.
        var refused = await s.SoaAsync(Path, Action("openFile"), Intf, "openFileRequest", $"<ssin>{ssin}</ssin><reference>{reference}</reference>", Herstappe);
        Assert.Equal("MSG00012", refused.Element("status")!.Element("code")!.Value);
        var found = await s.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(ssin), Herstappe));
        Assert.Equal("YES", found.ServiceOk);
        await s.RegisterAsync(new CbssSimulator.Registry.PersonRow { Ssin = ssin, LastName = "Delacroix", BirthDate = "1997-03-24" }, 1, "2026-11-23", cbe: Herstappe);
        var opened = await s.SoaAsync(Path, Action("openFile"), Intf, "openFileRequest", $"<ssin>{ssin}</ssin><reference>{reference}</reference>", Herstappe);
        Assert.Equal("MSG00000", opened.Element("status")!.Element("code")!.Value);
        Assert.Equal(ssin, opened.Element("onlineRequest")!.Element("file")!.Element("ssin")!.Value);
        Assert.Equal("2026-11-23", opened.Element("onlineRequest")!.Element("file")!.Element("openingDate")!.Value);

        using var verify = await root.Http.PostAsync("/admin/sandboxes/cpas-online/verify", null);
        var verdict = await verify.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task TheCitizensForm_IsServedOutsideAdmin_AndItsRequestReachesTheCpasOfTheResidence()
    {
        var s = await Load("citizen-form");
        using var page = await root.Http.GetAsync("/sandboxes/citizen-form/cpas-online/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\" action=\"requests\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal), StringComparison.Ordinal); // no external asset

        // No CPAS named: the residence's postal code (Herstappe, NIS 73028) names it.
        using var form = await root.Http.PostAsync("/sandboxes/citizen-form/cpas-online/requests", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["firstName"] = "Marc", ["lastName"] = "Peeters", ["postalCode"] = "3717", ["nature"] = "revenu d'intégration", ["isStudent"] = "no",
        }));
        Assert.Equal(HttpStatusCode.Created, form.StatusCode);
        Assert.Contains("CPAS de Herstappe", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unread = await s.SoaAsync(Path, Action("listRequests"), Intf, "listRequestsRequest", "<read>false</read>", Herstappe);
        var peeters = unread.Elements("onlineRequest").Single(r => r.Element("lastName")!.Value == "Peeters");
        Assert.Equal("2026-11-23", peeters.Element("submissionDate")!.Value);
        var details = (await s.SoaAsync(Path, Action("getRequestDetails"), Intf, "getRequestDetailsRequest", $"<reference>{peeters.Element("reference")!.Value}</reference>", Herstappe))
            .Element("onlineRequest")!;
        Assert.Equal("false", details.Element("situation")!.Element("isStudent")!.Value);
        Assert.Null(details.Element("identification")!.Element("ssin"));

        // JSON too; a bad postal code is a precise 400, not a stack trace.
        using var json = await root.Http.PostAsJsonAsync("/sandboxes/citizen-form/cpas-online/requests",
            new { firstName = "Ann", lastName = "Smet", postalCode = "9999", nature = "logement" });
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("'postalCode' must be a Belgian postal code", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var garbage = await root.Http.PostAsync("/sandboxes/citizen-form/cpas-online/requests", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        using var nothing = await root.Http.PostAsync("/sandboxes/citizen-form/cpas-online/requests", new StringContent("null", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        using var huge = await root.Http.PostAsync("/sandboxes/citizen-form/cpas-online/requests",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["description"] = new string('x', 20_000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
