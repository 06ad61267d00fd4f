using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CbssSimulator.Tests.Hostile;

/// <summary>What every hostile case checks: the exact refusal, then that the host still serves.</summary>
internal static class HostileAssert
{
    /// <summary>A 400 problem+json whose detail (or title) holds every given word.</summary>
    public static async Task<JsonElement> Problem400(HttpResponseMessage response, params string[] words)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        var said = problem.GetProperty("title").GetString() + " " + (problem.TryGetProperty("detail", out var d) ? d.GetString() : "");
        foreach (var word in words)
        {
            Assert.Contains(word, said, StringComparison.Ordinal);
        }

        return problem;
    }

    public static async Task StillServes(HttpClient http)
    {
        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var clock = await http.GetAsync("/admin/clock");
        Assert.Equal(HttpStatusCode.OK, clock.StatusCode);
        Assert.NotNull((await clock.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("today").GetString());
    }
}
