using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Catalogue;
using CbssSimulator.Integrations;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

public class AdminApiTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    [Fact]
    public async Task Health_SaysOk_WithTheRegistrySeedAndSize()
    {
        var health = await client.GetJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(TestRegistry.Seed, health.GetProperty("seed").GetInt32());
        Assert.True(health.GetProperty("persons").GetInt32() >= TestRegistry.Persons, "persons is a number: the registry's count");
    }

    [Fact]
    public async Task Persons_CanBeSearchedBySsinNameOrPhonetically()
    {
        var bySsin = await client.GetJsonAsync<JsonElement[]>("/admin/persons?q=85073003328");
        Assert.Equal("De Wachter", bySsin.Single().GetProperty("lastName").GetString());
        Assert.Equal("Aachener Straße", bySsin.Single().GetProperty("address").GetProperty("street").GetString());
        var phonetic = await client.GetJsonAsync<JsonElement[]>("/admin/persons?q=DEWACHTER");
        Assert.Contains(phonetic, p => p.GetProperty("ssin").GetString() == People.Stefaan);
        var page = await client.GetJsonAsync<JsonElement[]>("/admin/persons?skip=10&take=5");
        Assert.Equal(5, page.Length);
    }

    [Fact]
    public async Task Cpas_ListsOnePerMunicipality_WithRegion()
    {
        var cpas = await client.GetJsonAsync<JsonElement[]>("/admin/cpas");
        var eupen = cpas.Single(c => c.GetProperty("cbeNumber").GetString() == "0212344876");
        Assert.Equal(63023, eupen.GetProperty("nisCode").GetInt32());
        Assert.Equal("German-speaking", eupen.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Clock_CanBeSetAndAdvanced_AndRefusesNonsense()
    {
        await client.SetTodayAsync(new DateOnly(2027, 3, 1));
        Assert.Equal("2027-03-01", (await client.GetJsonAsync<JsonElement>("/admin/clock")).GetProperty("today").GetString());
        await client.AdvanceDaysAsync(30);
        Assert.Equal("2027-03-31", (await client.GetJsonAsync<JsonElement>("/admin/clock")).GetProperty("today").GetString());
        using var bad = await client.Http.PutAsJsonAsync("/admin/clock", new { today = "31/03/2027" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await client.SetTodayAsync(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public async Task Services_ListEveryRowOfTheControlTable_WithStateAndControl()
    {
        var services = await client.GetJsonAsync<JsonElement[]>("/admin/services");
        Assert.Equal(ControlTable.Rows.Count, services.Length);
        var tx25 = services.Single(s => s.GetProperty("service").GetString() == "RetrieveTIGroups");
        Assert.Equal("served", tx25.GetProperty("state").GetString());
        Assert.Equal("WINDOW", tx25.GetProperty("control").GetProperty("window").GetString());
        Assert.Equal(SoapClient.Tx25Path + "?wsdl", tx25.GetProperty("wsdl").GetString());
        var mutations = services.First(s => s.GetProperty("service").GetString() == "MutationsSender");
        Assert.Equal("served", mutations.GetProperty("state").GetString());
        Assert.Equal("push", mutations.GetProperty("style").GetString());
        var water = services.First(s => s.GetProperty("service").GetString() == "WaterSocialRights");
        Assert.Equal("not yet", water.GetProperty("state").GetString());
        Assert.Equal("SOA", tx25.GetProperty("style").GetString());
        Assert.Equal("eHealth SOAP", services.First(s => s.GetProperty("service").GetString()!.StartsWith("MediPrima", StringComparison.Ordinal)).GetProperty("style").GetString());
        Assert.Contains(services, s => s.GetProperty("style").GetString() == "SSDN");
    }

    /// <summary>Every served operation has an example, and each example is accepted as it is.</summary>
    [Fact]
    public async Task EveryServedOperation_HasAnExample_ThatIsAccepted()
    {
        // A pushed notification is not posted to the simulator: its example is what the CPAS's endpoint receives (NotificationCatalogueTests).
        var served = ServiceCatalogue.Entries.Where(e => e.Served && e.Style != TransportStyle.Push).ToList();
        Assert.NotEmpty(served);
        await client.RegisterAsync(People.Adult(70), 40, "2026-11-01"); // the rows open to 040 only (heating fund); the REGISTER example adds 001
        await client.RegisterAsync(People.Adult(70), 2, "2026-11-01"); // forms B and C: 002 (else the BCSS refuses them before the SPP IS)
        foreach (var code in new[] { 1, 8, 21 })
        {
            // the rows open to Flemish CPAS only are written for the first Flemish CPAS (Services/Vesta/VestaLifecycleTests runs them in order)
            await client.RegisterAsync(People.Adult(70), code, "2026-11-01", cbe: Services.Vesta.VestaWire.Flemish);
        }
        foreach (var entry in served.OrderBy(e => e.Operation switch { "REGISTER" => 0, "UNREGISTER" => 2, _ => 1 }))
        {
            var example = await client.GetJsonAsync<ExampleRequest>($"/admin/services/{entry.Service}/{entry.Operation}/example?ssin={People.Adult(70).Ssin}");
            var answer = await client.PostAsync(example.Path, example.SoapAction, example.Envelope);
            if (entry.Contract.StartsWith("withdrawn", StringComparison.Ordinal))
            {
                Assert.True(answer.IsFault && answer.Text.Contains("withdrawn"), $"{entry.Service}/{entry.Operation}: {answer.Text}");
                continue;
            }

            Assert.False(answer.IsFault, $"{entry.Service}/{entry.Operation}: {answer.Text}");
            if (entry.Style == TransportStyle.Ssdn)
            {
                var reply = new SsdnReply(answer.Body.Value);
                // A Vesta change example names a record (a profile, an employment…) the person may not have yet: 32050001, after the control.
                Assert.True(reply.ServiceOk != "NO" || (entry.Control.Region is not null && reply.ServiceCodes.SequenceEqual(["32050001"])),
                    $"{entry.Service}/{entry.Operation}: {reply.Text}");
            }
        }
    }

    [Fact]
    public async Task Example_OfANotServedOperation_SaysSo()
    {
        using var response = await client.Http.GetAsync("/admin/services/WaterSocialRights/consult/example");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not served yet", await response.Content.ReadAsStringAsync());
    }
}
