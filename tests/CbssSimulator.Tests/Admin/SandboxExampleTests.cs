using System.Net;
using System.Net.Http.Json;
using System.Text;
using CbssSimulator.Catalogue;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>A sandbox's example request is addressed to that sandbox, and comes as raw XML for curl.</summary>
public class SandboxExampleTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Fact]
    public async Task ThePerSandboxExample_GivesTheSandboxsPathAndUrl_AndReachesThatSandbox()
    {
        using var http = factory.CreateClient();
        (await http.PutAsJsonAsync("/admin/sandboxes/fam", new { seed = 42, persons = 50 })).EnsureSuccessStatusCode();
        var example = (await http.GetFromJsonAsync<ExampleRequest>("/admin/sandboxes/fam/services/TestConnectionService/sendTestMessage/example"))!;
        Assert.StartsWith("/sandboxes/fam/SOA4520/", example.Path);
        Assert.Equal(new Uri(http.BaseAddress!, example.Path).ToString(), example.Url);

        var root = (await http.GetFromJsonAsync<ExampleRequest>("/admin/services/TestConnectionService/sendTestMessage/example"))!;
        Assert.StartsWith("/SOA4520/", root.Path);

        using var request = new HttpRequestMessage(HttpMethod.Post, example.Path) { Content = new StringContent(example.Envelope, Encoding.UTF8, "text/xml") };
        request.Headers.TryAddWithoutValidation("SOAPAction", example.SoapAction);
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var journal = await http.GetStringAsync("/admin/sandboxes/fam/journal?service=TestConnectionService");
        Assert.Contains("\"total\":1", journal);
    }

    [Fact]
    public async Task AScenarioNamedByItsFileName_IsFoundInTheDefaultFolder()
    {
        using var http = factory.CreateClient();
        using var put = await http.PutAsJsonAsync("/admin/sandboxes/fromfile", new { scenario = "ris-couple.yaml" });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
    }

    [Fact]
    public async Task FormatXml_GivesTheRawEnvelope()
    {
        using var http = factory.CreateClient();
        using var xml = await http.GetAsync("/admin/services/RetrieveTIGroups/retrieveTI/example?format=xml");
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("text/xml", xml.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<", (await xml.Content.ReadAsStringAsync()).TrimStart());
        using var bad = await http.GetAsync("/admin/services/RetrieveTIGroups/retrieveTI/example?format=yaml");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

/// <summary>GET / points to the routes to start with.</summary>
public class HomeTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Fact]
    public async Task TheRoot_AnswersWithLinks()
    {
        using var http = factory.CreateClient();
        var text = await http.GetStringAsync("/");
        Assert.Contains("/admin/services", text);
        Assert.Contains("/openapi/v1.json", text);
    }
}
