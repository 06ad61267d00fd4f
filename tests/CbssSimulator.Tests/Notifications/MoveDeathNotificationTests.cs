using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Notifications;

/// <summary>
/// scenarios/notifications-move-death.yaml replayed: the move and the death reach the integrating CPAS's endpoint (a
/// real loopback listener) only, a 500 is retried after the back-off on the fake clock, the log and the journal tell it.
/// </summary>
public class MoveDeathNotificationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Liege = "0299900145", Namur = "0299900244";
    private readonly SoapClient root = factory.Soap();

    private async Task Load(string name, NotificationListener listener)
    {
        string text = (await File.ReadAllTextAsync(Path.Combine(ScenarioTests.Folder, "notifications-move-death.yaml")))
            .Replace("name: notifications-move-death", $"name: {name}", StringComparison.Ordinal)
            .Replace("http://localhost:9099/cbss/notifications", new Uri(listener.Base, "liege").ToString(), StringComparison.Ordinal)
            .Replace("http://localhost:9098/cbss/notifications", new Uri(listener.Base, "namur").ToString(), StringComparison.Ordinal);
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { scenarioText = text });
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
    }

    private async Task SetToday(string sandbox, string today)
    {
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{sandbox}/clock", new { today });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task MoveAndDeath_ReachTheIntegratingCpasOnly_WithARetryAfterA500()
    {
        await using var listener = await NotificationListener.StartAsync(500);
        await Load("move-death", listener);
        var events = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/move-death/events");
        Assert.All(events.GetProperty("events").EnumerateArray(), e => Assert.Equal("scheduled", e.GetProperty("state").GetString()));
        Assert.Empty(listener.Arrivals);

        // 1 December: the household moves; applicant (002) and partner (001) are integrated by Liège at that date.
        await SetToday("move-death", "2026-12-01");
        var arrived = await listener.WaitForAsync(3, factory.Time); // two messages, the first answered 500 then retried
        Assert.All(arrived, a => Assert.Equal("/liege", a.Path));
        Assert.Equal([500, 200, 200], arrived.Select(a => a.AnsweredWith).ToArray());
        var moves = arrived.Where(a => a.AnsweredWith == 200).ToList();
        Assert.All(moves, a =>
        {
            Assert.Equal("\"http://kszbcss.fgov.be/MutationsSender/notifyPerson\"", a.SoapAction);
            Assert.StartsWith("text/xml", a.ContentType, StringComparison.Ordinal);
            Assert.Equal("notifyPerson", a.Message.Name.LocalName);
            Assert.Equal(Liege, a.Field("cbeNumber"));
            Assert.Equal("2026-12-01", a.Field("eventDate"));
            Assert.Equal("020", a.Field("ti"));
            Assert.Equal("4020", a.Detail("postalCode"));
            Assert.Equal("Quai de la Boverie", a.Detail("street"));
        });
        Assert.Contains(moves, a => a.Field("ssin") == "86051512406" && a.Field("qualityCode") == "002");
        Assert.Contains(moves, a => a.Field("ssin") != "86051512406" && a.Field("qualityCode") == "001");

        // The registry moved them: a new current address from that day.
        var applicant = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/move-death/persons?q=Lambert")).Single();
        Assert.Equal("4020", applicant.GetProperty("address").GetProperty("postalCode").GetString());

        // The delivery log: the first try got 500 and names its next try; then delivered.
        var log = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/move-death/notifications/deliveries");
        var attempts = log.GetProperty("attempts").EnumerateArray().ToList();
        var retried = attempts.Single(a => a.GetProperty("outcome").GetString() == "retry");
        Assert.Equal(500, retried.GetProperty("httpStatus").GetInt32());
        Assert.Equal(1, retried.GetProperty("attempt").GetInt32());
        Assert.NotNull(retried.GetProperty("nextTry").GetString());
        var again = attempts.Single(a => a.GetProperty("notificationId").GetInt64() == retried.GetProperty("notificationId").GetInt64()
            && a.GetProperty("outcome").GetString() == "delivered");
        Assert.Equal(2, again.GetProperty("attempt").GetInt32());
        Assert.Equal(200, again.GetProperty("httpStatus").GetInt32());
        var journal = await root.GetJsonAsync<JsonElement>("/admin/sandboxes/move-death/journal?service=MutationsSender");
        Assert.Contains(journal.GetProperty("entries").EnumerateArray(), e => e.GetProperty("outcome").GetString() == "notification delivered" && e.GetProperty("cpas").GetString() == Liege);
        var metrics = PrometheusText.Parse(await root.Http.GetStringAsync("/metrics")); // the two deliveries are counted
        Assert.Equal(2, metrics.Value("cbss_notification_deliveries_total", ("sandbox", "move-death"), ("kind", "MutationsSender"), ("outcome", "delivered")));

        // 15 December: the applicant dies; Liège learns it (notifyPerson 150), the partner is widowed (120) and their household changed.
        await SetToday("move-death", "2026-12-15");
        arrived = await listener.WaitForAsync(6, factory.Time);
        var death = arrived.Skip(3).ToList();
        Assert.Equal(3, death.Count);
        Assert.All(death, a => Assert.Equal("/liege", a.Path));
        var decease = death.Single(a => a.Message.Name.LocalName == "notifyPerson" && a.Field("ssin") == "86051512406");
        Assert.Equal(["150"], decease.Message.Elements("ti").Select(t => t.Value));
        Assert.Equal("2026-12-15", decease.Detail("deathDate"));
        var widowed = death.Single(a => a.Message.Name.LocalName == "notifyPerson" && a.Field("ssin") != "86051512406");
        Assert.Equal(["120"], widowed.Message.Elements("ti").Select(t => t.Value));
        Assert.Equal("30", widowed.Detail("civilState"));
        var family = death.Single(a => a.Message.Name.LocalName == "notifyFamilyComposition");
        Assert.Equal("\"http://kszbcss.fgov.be/MutationsSender/notifyFamilyComposition\"", family.SoapAction);
        Assert.Equal("DECEASED", family.Detail("change"));
        Assert.Equal("86051512406", family.Detail("member"));

        // Namur held an integration of the applicant, but not at these dates: it never heard of them.
        Assert.DoesNotContain(listener.Arrivals, a => a.Path == "/namur");
        var toNamur = await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/move-death/notifications?cpas={Namur}");
        Assert.Empty(toNamur);
        applicant = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/move-death/persons?q=Lambert")).Single();
        Assert.Equal("2026-12-15", applicant.GetProperty("deathDate").GetString());
    }

    [Fact]
    public async Task SameScenario_SameClockMoves_SameRegistryAndNotifications()
    {
        await using var listener = await NotificationListener.StartAsync();
        await Load("replay-a", listener);
        await Load("replay-b", listener);
        foreach (var sandbox in new[] { "replay-a", "replay-b" })
        {
            await SetToday(sandbox, "2026-12-20"); // both events at once, in date order
        }

        var a = await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/replay-a/notifications");
        var b = await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/replay-b/notifications");
        Assert.Equal(5, a.Length);
        Assert.Equal(a.Select(n => n.GetProperty("body").GetString()), b.Select(n => n.GetProperty("body").GetString()));

        // A reset brings the events back unscheduled (and stops the deliveries in flight: let them land first);
        // the same move applies them the same way again.
        await listener.WaitForAsync(10, factory.Time);
        using (var reset = await root.Http.PostAsync("/admin/sandboxes/replay-a/reset", null))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        Assert.Empty(await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/replay-a/notifications"));
        await SetToday("replay-a", "2026-12-20");
        var again = await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/replay-a/notifications");
        Assert.Equal(a.Select(n => n.GetProperty("body").GetString()), again.Select(n => n.GetProperty("body").GetString()));
        await listener.WaitForAsync(15, factory.Time);
    }
}
