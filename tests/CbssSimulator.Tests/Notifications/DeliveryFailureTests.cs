using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Notifications;

/// <summary>A simulator whose deliveries give up after two retries.</summary>
public sealed class TwoRetriesFactory : SimulatorFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Notifications:MaxRetries"] = "2" };
}

/// <summary>An endpoint that never answers: the tries, their back-off on the fake clock, and the end of it.</summary>
public class DeliveryFailureTests(TwoRetriesFactory factory) : IClassFixture<TwoRetriesFactory>
{
    private readonly SoapClient root = factory.Soap();

    [Fact]
    public async Task AnEndpointThatRefusesConnections_IsTriedThreeTimes_ThenTheNotificationIsFailed_AndStillPullable()
    {
        const string scenario = """
            name: unreachable
            today: "2026-11-23"
            cpas:
              - { cbe: "0299900145", endpoint: "http://127.0.0.1:9/cbss" }
            persons:
              - { id: p, ssin: "86051512406", lastName: Lambert, firstNames: Julie, birthDate: "1986-05-15", address: { postalCode: "4000", street: "Rue Saint-Léonard", houseNumber: "212" } }
            integrations:
              - { person: p, cpas: "0299900145", qualityCode: 2, start: "2026-10-01" }
            """;
        using (var put = await root.Http.PutAsJsonAsync("/admin/sandboxes/unreachable", new { scenarioText = scenario }))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using (var post = await root.Http.PostAsJsonAsync("/admin/sandboxes/unreachable/events", new { kind = "identityCard", person = "p" }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        }

        // The back-off (2 s, then 4 s) runs on the fake clock: move it only while the delivery waits for its next try,
        // until it gives up (the tries themselves are real connections: poll for them).
        List<JsonElement> attempts = [];
        for (int step = 0; step < 1000 && !attempts.Any(a => a.GetProperty("outcome").GetString() == "failed"); step++)
        {
            if (attempts.Count > 0 && attempts[^1].GetProperty("outcome").GetString() == "retry")
            {
                factory.Time.Advance(TimeSpan.FromMilliseconds(250));
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System); // a real connection is being tried
            }

            attempts = (await root.GetJsonAsync<JsonElement>("/admin/sandboxes/unreachable/notifications/deliveries")).GetProperty("attempts").EnumerateArray().ToList();
        }

        Assert.Equal(["retry", "retry", "failed"], attempts.Select(a => a.GetProperty("outcome").GetString()));
        Assert.Equal([1, 2, 3], attempts.Select(a => a.GetProperty("attempt").GetInt32()));
        Assert.All(attempts, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("httpStatus").ValueKind));
        Assert.All(attempts, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("error").GetString())));
        var first = DateTimeOffset.Parse(attempts[0].GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTimeOffset.Parse(attempts[0].GetProperty("nextTry").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(next - first == TimeSpan.FromSeconds(2), string.Join("\n", attempts));
        var journal = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/unreachable/journal?code=NO_ANSWER");
        Assert.Equal(3, journal.GetProperty("total").GetInt32());

        // Not delivered, so the CPAS can still pull it.
        using var pull = await root.Http.PostAsJsonAsync("/admin/sandboxes/unreachable/notifications/pull", new { cpas = "0299900145" });
        var pulled = await pull.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal("notifyPerson", Assert.Single(pulled!).GetProperty("operation").GetString());
    }
}
