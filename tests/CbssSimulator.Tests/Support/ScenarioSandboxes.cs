using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Admin;
using Xunit;

namespace CbssSimulator.Tests.Support;

/// <summary>A shipped scenario loaded into a sandbox of its own name, as a tester does through the admin API.</summary>
internal static class ScenarioSandboxes
{
    /// <summary>PUT /admin/sandboxes/{name} with the text of scenarios/{name}.yaml; the client of that sandbox.</summary>
    public static async Task<SoapClient> LoadScenarioAsync(this SoapClient root, string name)
    {
        using var response = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}",
            new { scenarioText = await File.ReadAllTextAsync(Path.Combine(ScenarioTests.Folder, name + ".yaml")) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return root.ForSandbox(name);
    }

    /// <summary>POST /admin/sandboxes/{sandbox}/verify: whether every expectation of its scenario was met.</summary>
    public static async Task<bool> ExpectationsMetAsync(this SoapClient root, string sandbox)
    {
        using var response = await root.Http.PostAsync($"/admin/sandboxes/{sandbox}/verify", null);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("passed").GetBoolean();
    }

    /// <summary>The SSIN of the first person <c>GET /admin/sandboxes/{sandbox}/persons?q=</c> finds.</summary>
    public static async Task<string> FirstSsinAsync(this SoapClient root, string sandbox, string q) =>
        (await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q={q}")).First().GetProperty("ssin").GetString()!;
}
