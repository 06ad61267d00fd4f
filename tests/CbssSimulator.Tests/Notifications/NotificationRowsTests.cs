using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Notifications;

/// <summary>
/// Each notification row: its trigger (an event made through the admin API), its receivers (CPAS A integrates the person
/// under 002, CPAS B under 040 only) and what it carries.
/// </summary>
public class NotificationRowsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string A = "0299900145", B = "0299900244";
    private const string P = "86051512406";
    private readonly SoapClient root = factory.Soap();

    private static string Scenario(string name) => $$"""
        name: {{name}}
        today: "2026-11-23"
        cpas:
          - { cbe: "{{A}}", name: CPAS A, nisCode: 62063 }
          - { cbe: "{{B}}", name: CPAS B, nisCode: 92094 }
        persons:
          - { id: p, ssin: "{{P}}", lastName: Lambert, firstNames: Julie, birthDate: "1986-05-15", household: h1, address: { postalCode: "4000", street: "Rue Saint-Léonard", houseNumber: "212" } }
          - { id: q, lastName: Renard, firstNames: Olivier, birthDate: "1984-11-02", sex: 1, household: h2, address: { postalCode: "4020", street: "Quai de Rome", houseNumber: "3" } }
        integrations:
          - { person: p, cpas: "{{A}}", qualityCode: 2, start: "2026-10-01" }
          - { person: q, cpas: "{{A}}", qualityCode: 2, start: "2026-10-01" }
          - { person: p, cpas: "{{B}}", qualityCode: 40, start: "2026-01-01" }
        """;

    private async Task<string> Sandbox(string name)
    {
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { scenarioText = Scenario(name) });
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
        return name;
    }

    public static TheoryData<string, string, string, string, string, string> Rows() => new()
    {
        // kind, extra JSON fields, service/operation, TIs (space-separated), receivers, a detail name=value it carries
        { "identityCard", """ "number":"592000000001","validTo":"2036-11-22" """, "MutationsSender/notifyPerson", "195", A, "number=592000000001" },
        { "residencePermit", """ "documentType":"workPermit","number":"B1234567" """, "MutationsSender/notifyPerson", "198", A, "documentType=workPermit" },
        { "waitingRegister", """ "ti":206,"value":"recognised refugee" """, "MutationsSender/waitRegisterMutation", "H206", A, "value=recognised refugee" },
        { "selfEmployedActivity", """ "category":"COMPLEMENTARY" """, "SelfEmployedCareerNotifications/notify", "", A, "category=COMPLEMENTARY" },
        { "pensionRight", """ "category":"GRAPA","amount":1450.5 """, "OCMWCPASPensionRegisterConsult/notifyPensionRegisterMutations", "", A, "monthlyAmount=1450.50" },
        { "eCarmedCalculation", $$""" "cpas":"{{B}}","amount":120 """, "eCarmedCalculationNotification/notify", "", B, "deduction=120.00" },
        { "livingWageAttestation", $$""" "cpas":"{{A}}","amount":1263.17 """, "LivingWagesNotifications/notify", "", B, "cbeNumber=" + A },
        { "incapacityPeriod", """ "end":"2027-02-28" """, "HdiIndemnityPeriodNotification/notify", "", A, "end=2027-02-28" },
        { "employmentStarted", """ "employer":"0400000086","workerType":"STU" """, "PersonnelFile/notify", "", A, "workerType=STU" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task EachRow_ReachesTheCpasItsRuleNames_WithWhatItCarries(string kind, string fields, string serviceOperation, string tis, string receivers, string detail)
    {
        string sandbox = await Sandbox("row-" + kind.ToLowerInvariant());
        using var post = await root.Http.PostAsync($"/admin/sandboxes/{sandbox}/events",
            new StringContent($$"""{"kind":"{{kind}}","person":"p",{{fields}}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(post.StatusCode == HttpStatusCode.Created, await post.Content.ReadAsStringAsync());
        var made = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notifications").EnumerateArray().ToList();
        var n = Assert.Single(made);
        Assert.Equal(serviceOperation, $"{n.GetProperty("service").GetString()}/{n.GetProperty("operation").GetString()}");
        Assert.Equal(receivers, n.GetProperty("cbeNumber").GetString());
        Assert.Equal(tis, string.Join(' ', n.GetProperty("tis").EnumerateArray().Select(t => t.GetString())));
        var body = XElement.Parse(n.GetProperty("body").GetString()!);
        Assert.Equal(P, body.Element("ssin")!.Value);
        Assert.Equal("2026-11-23", body.Element("eventDate")!.Value);
        var (name, value) = (detail.Split('=')[0], detail.Split('=')[1]);
        Assert.Equal(value, body.Elements("detail").Single(d => d.Attribute("name")!.Value == name).Value);
    }

    [Fact]
    public async Task AMarriage_ChangesBothPersonsAndTheHousehold_AndIsNotifiedForEach()
    {
        string sandbox = await Sandbox("row-marriage");
        using var post = await root.Http.PostAsJsonAsync($"/admin/sandboxes/{sandbox}/events", new { kind = "marriage", person = "p", partner = "q" });
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var made = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notifications").EnumerateArray().ToList();
        Assert.All(made, n => Assert.Equal(A, n.GetProperty("cbeNumber").GetString())); // B's 040 is no code of these rows
        Assert.Equal(2, made.Count(n => n.GetProperty("operation").GetString() == "notifyPerson" && n.GetProperty("tis")[0].GetString() == "120"));
        Assert.Contains(made, n => n.GetProperty("operation").GetString() == "notifyFamilyComposition");
        var persons = await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q=Renard");
        var q = Assert.Single(persons);
        Assert.Equal(20, q.GetProperty("civilState").GetInt32());
        Assert.Equal("4000", q.GetProperty("address").GetProperty("postalCode").GetString()); // moved in with the person
        var p = Assert.Single(await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q=Lambert"));
        Assert.Equal(p.GetProperty("householdId").GetInt64(), q.GetProperty("householdId").GetInt64());
    }

    [Fact]
    public async Task ABirth_AddsAChildToTheHousehold_AndTellsTheCpasIntegratingTheParent()
    {
        string sandbox = await Sandbox("row-birth");
        using var post = await root.Http.PostAsJsonAsync($"/admin/sandboxes/{sandbox}/events", new { kind = "birth", person = "p", sex = 2, firstNames = "Lina" });
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var n = Assert.Single((await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notifications").EnumerateArray());
        Assert.Equal("notifyFamilyComposition", n.GetProperty("operation").GetString());
        var body = XElement.Parse(n.GetProperty("body").GetString()!);
        string child = body.Elements("detail").Single(d => d.Attribute("name")!.Value == "member").Value;
        var lina = Assert.Single(await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q={child}"));
        Assert.Equal("2026-11-23", lina.GetProperty("birthDate").GetString());
        Assert.Equal("Lina", lina.GetProperty("firstNames").GetString());
        Assert.Equal("4000", lina.GetProperty("address").GetProperty("postalCode").GetString());
    }

    [Fact]
    public async Task AScheduledEvent_WaitsForItsDate_ThenIsApplied_AndARefusedOneChangesNothing()
    {
        string sandbox = await Sandbox("row-schedule");
        using (var post = await root.Http.PostAsJsonAsync($"/admin/sandboxes/{sandbox}/events", new { kind = "death", person = "p", date = "2026-12-10" }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
            var created = await post.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("scheduled", created.GetProperty("event").GetProperty("state").GetString());
            Assert.Empty(created.GetProperty("notifications").EnumerateArray());
        }

        using (var ended = await root.Http.PostAsJsonAsync($"/admin/sandboxes/{sandbox}/events", new { kind = "employmentEnded", person = "p", employer = "0400000086" }))
        {
            var refused = (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("event");
            Assert.StartsWith("refused: ", refused.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/notifications"));
        using (var advance = await root.Http.PostAsJsonAsync($"/admin/sandboxes/{sandbox}/clock/advance", new { days = 17 }))
        {
            Assert.Equal(HttpStatusCode.OK, advance.StatusCode);
        }

        var events = await root.GetJsonAsync<JsonElement>($"/admin/sandboxes/{sandbox}/events");
        var death = events.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "death");
        Assert.Equal("applied", death.GetProperty("state").GetString());
        Assert.Equal("2026-12-10", death.GetProperty("appliedOn").GetString());
        var n = Assert.Single(await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/notifications"));
        Assert.Equal("2026-12-10", n.GetProperty("eventDate").GetString());
        Assert.Equal(A, n.GetProperty("cbeNumber").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"teleport","person":"p"}""", "'kind' is one of")]
    [InlineData("""{"kind":"death","person":"nobody"}""", "There is no person 'nobody'")]
    [InlineData("""{"kind":"death","person":"p","date":"10/12/2026"}""", "'date' must be a date written YYYY-MM-DD")]
    [InlineData("""{"kind":"move","person":"p","address":{"postalCode":"0001","street":"x","houseNumber":"1"}}""", "0001 is not a Belgian postal code")]
    [InlineData("""{"kind":"waitingRegister","person":"p","ti":150}""", "'ti' between 205 and 213")]
    public async Task ABadEvent_IsA400NamingWhatIsWrong(string json, string problem)
    {
        string sandbox = await Sandbox("row-bad");
        using var post = await root.Http.PostAsync($"/admin/sandboxes/{sandbox}/events", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains(problem, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScenarioEvent_IsCheckedWithItsLine()
    {
        const string text = """
            name: bad-events
            cpas:
              - { cbe: "0299900145", endpoint: "ftp://vendor.example/x" }
            events:
              - { kind: death, person: nobody, date: "2026-12-01" }
              - { kind: waitingRegister, person: "86051512406", date: "2026-12-01", ti: 206 }
              - { kind: move, person: "86051512406", date: "2026-12-01" }
            """;
        using var post = await root.Http.PostAsJsonAsync("/admin/scenarios/validate", new { text });
        var body = await post.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("\"valid\":false", body, StringComparison.Ordinal);
        Assert.Contains(":3: the value does not have the expected form at cpas[0].endpoint", body, StringComparison.Ordinal);
        Assert.Contains("'nobody' is neither the id of a person", body, StringComparison.Ordinal);
        Assert.Contains("a move needs 'address'", body, StringComparison.Ordinal);
        Assert.DoesNotContain(":6: ", body, StringComparison.Ordinal); // the waiting-register event is right
    }

    [Theory]
    [InlineData("ftp://vendor.example/notifications", 400)]
    [InlineData("not a url", 400)]
    [InlineData("https://vendor.example/cbss/notifications", 200)]
    public async Task AnEndpoint_MustBeAnHttpUrl(string url, int status)
    {
        string sandbox = await Sandbox("row-endpoint");
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{sandbox}/cpas/{A}/endpoint", new { url });
        Assert.Equal(status, (int)put.StatusCode);
    }
}
