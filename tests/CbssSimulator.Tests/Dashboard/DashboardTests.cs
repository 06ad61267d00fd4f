using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CbssSimulator.Catalogue;
using CbssSimulator.Dashboard;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Dashboard;

/// <summary>The dashboard's files and the admin routes it reads, without a browser (docs/dashboard.md).</summary>
public class DashboardTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Fact]
    public async Task TheDashboard_IsServedAtUi_EveryFileItNames_WithAPolicyOfThisOriginOnly()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await http.GetAsync("/ui/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DashboardApi.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        var html = await page.Content.ReadAsStringAsync();
        var named = Regex.Matches(html, "(?:src|href)=\"(/ui/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/ui/core.js", named);
        Assert.Contains("/ui/app.css", named);
        foreach (var file in named)
        {
            using var asset = await http.GetAsync(file);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{file}: {asset.StatusCode}");
            string expected = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", ".svg" => "image/svg+xml", _ => "text/html" };
            Assert.Equal(expected, asset.Content.Headers.ContentType?.MediaType);
        }

        using var bare = await http.GetAsync("/ui");
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/ui/", bare.Headers.Location?.OriginalString);
        using var missing = await http.GetAsync("/ui/nothing.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var outside = await http.GetAsync("/ui/../admin/clock");
        Assert.NotEqual("text/javascript", outside.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void TheFiles_NameNoOtherSite_AndHoldNoInlineScript()
    {
        Assert.Contains("index.html", DashboardApi.Assets.Keys);
        Assert.True(DashboardApi.Assets.Count >= 8, "index, css, icon and the scripts are embedded");
        foreach (var (name, bytes) in DashboardApi.Assets)
        {
            // The SVG namespace is a name, never fetched; any other absolute or protocol-relative address would be.
            string text = Encoding.UTF8.GetString(bytes).Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("https?://", RegexOptions.IgnoreCase), text);
            Assert.DoesNotMatch(new Regex("""(?:src|href|action)\s*=\s*["']//|url\(\s*["']?(?:https?:)?//|@import""", RegexOptions.IgnoreCase), text);
        }

        string html = Encoding.UTF8.GetString(DashboardApi.Assets["index.html"]);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\s(?:on[a-z]+|style)=", RegexOptions.IgnoreCase), html);
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", true)]
    [InlineData("text/html", true)]
    [InlineData(null, false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData("text/html;q=0.5, application/json", false)]
    public async Task TheRoot_SendsBrowsersToTheDashboard_AndKeepsItsJsonForApiClients(string? accept, bool browser)
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await http.SendAsync(request);
        Assert.Contains("Accept", response.Headers.Vary);
        if (browser)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/ui/", response.Headers.Location?.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("/ui/", doc.RootElement.GetProperty("links").GetProperty("dashboard").GetString());
        }
    }

    [Fact]
    public async Task APersonsPage_HoldsLegalData_Household_Addresses_AndTheIntegrationsOfEveryCpas()
    {
        using var http = factory.CreateClient();
        var example = (await http.GetFromJsonAsync<ExampleRequest>("/admin/services/OCMWCPASManageAccess/REGISTER/example?ssin=76031412406&cbe=0212344876"))!;
        using var post = new HttpRequestMessage(HttpMethod.Post, example.Path) { Content = new StringContent(example.Envelope, Encoding.UTF8, "text/xml") };
        post.Headers.TryAddWithoutValidation("SOAPAction", example.SoapAction);
        using var registered = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        using var doc = JsonDocument.Parse(await http.GetStringAsync("/admin/sandboxes/default/persons/76031412406"));
        var page = doc.RootElement;
        Assert.Equal("De Wachter", page.GetProperty("person").GetProperty("lastName").GetString());
        Assert.Contains(page.GetProperty("household").EnumerateArray(), m => m.GetProperty("ssin").GetString() == "10050203780");
        Assert.Equal("Rue de la Station", page.GetProperty("addresses").EnumerateArray().Last().GetProperty("street").GetString());
        var integration = Assert.Single(page.GetProperty("integrations").EnumerateArray(), i => i.GetProperty("cbeNumber").GetString() == "0212344876");
        Assert.Equal("001", integration.GetProperty("qualityCode").GetString());
        Assert.Equal("2026-11-23", integration.GetProperty("start").GetString());

        using var unknown = await http.GetAsync("/admin/persons/00000000000");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ThePhoneticSearch_IsTheServicesOne_WithItsBirthDateTolerance()
    {
        using var http = factory.CreateClient();
        async Task<string[]> Found(string query) =>
            (await http.GetFromJsonAsync<JsonElement[]>("/admin/sandboxes/default/persons/phonetic?" + query))!.Select(p => p.GetProperty("ssin").GetString()!).ToArray();

        Assert.Contains("85073003328", await Found("lastName=Dewachter&birthDate=1985-07-28&tolerance=2"));
        Assert.DoesNotContain("85073003328", await Found("lastName=Dewachter&birthDate=1985-07-28&tolerance=1"));
        Assert.Contains("85073003328", await Found("lastName=DE%20WACHTER&firstName=Stefaan&birthDate=1985-07-00&tolerance=0&gender=1"));
        Assert.DoesNotContain("85073003328", await Found("lastName=Dewachter&birthDate=1985-07-30&gender=2"));

        foreach (var (query, words) in new[]
        {
            ("birthDate=1985-07-30", "'lastName' is required"),
            ("lastName=Dewachter&birthDate=30/07/1985", "'birthDate' must be written yyyy-MM-dd"),
            ("lastName=Dewachter&birthDate=1985-07-30&tolerance=11", "'tolerance' must lie between 0 and 10"),
            ("lastName=Dewachter&birthDate=1985-07-30&gender=3", "'gender' is 1 (male), 2 (female)"),
        })
        {
            using var bad = await http.GetAsync("/admin/persons/phonetic?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains(words, await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var unreadable = await http.GetAsync("/admin/persons/phonetic?lastName=Dewachter&birthDate=1985-07-30&tolerance=ten");
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal("application/problem+json", unreadable.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheScenarioFiles_OfTheFolder_AreListed()
    {
        using var http = factory.CreateClient();
        var files = (await http.GetFromJsonAsync<string[]>("/admin/scenarios"))!;
        Assert.Contains("ris-couple.yaml", files);
        Assert.DoesNotContain("scenario.schema.json", files);
        Assert.DoesNotContain("README.md", files);
    }
}

/// <summary>With an admin token, the page itself is open (it holds no data) and everything it shows is behind the token.</summary>
public class DashboardTokenTests(DashboardTokenTests.TokenFactory factory) : IClassFixture<DashboardTokenTests.TokenFactory>
{
    public sealed class TokenFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Admin:Token"] = "ui-token" };
    }

    [Fact]
    public async Task ThePage_LoadsWithoutTheToken_ItsDataOnlyWithIt_AsTheDashboardSendsIt()
    {
        using var http = factory.CreateClient();
        using var page = await http.GetAsync("/ui/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var path in new[] { "/admin/sandboxes", "/admin/persons/85073003328", "/admin/persons/phonetic?lastName=Dewachter&birthDate=1985-07-30", "/admin/scenarios" })
        {
            using var refused = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // The dashboard's own request: Bearer token, JSON body, the page's Origin (this simulator).
        using var put = new HttpRequestMessage(HttpMethod.Put, "/admin/sandboxes/default/clock")
        {
            Content = new StringContent("""{"today":"2027-01-31"}""", Encoding.UTF8, "application/json"),
        };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ui-token");
        put.Headers.Add("Origin", "http://localhost");
        using var moved = await http.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/admin/sandboxes");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        using var refusedWrong = await http.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedWrong.StatusCode);
    }
}
