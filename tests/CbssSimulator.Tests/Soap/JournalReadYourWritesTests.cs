using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// A call the client has seen is in the journal: 32 clients, each with its own sandbox on a real Kestrel port, each
/// reading its journal as soon as an answer arrives (an SSDN, a SOA and an eHealth call in turn) — no call may be missing.
/// </summary>
public class JournalReadYourWritesTests(KestrelSimulatorFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KestrelSimulatorFactory>
{
    private const int Clients = 32;

    /// <summary>32 × 53 × 3 = 5,088 calls in the suite; the benchmark (bench/run --journal-stress) sets ten times more.</summary>
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("CBSS_JOURNAL_STRESS_ROUNDS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int r) && r > 0 ? r : 53;

    [Fact]
    public async Task EveryAnsweredCall_IsAlreadyInItsSandboxJournal()
    {
        using var admin = new HttpClient { BaseAddress = factory.BaseAddress };
        var example = await admin.GetFromJsonAsync<JsonElement>("/admin/services/MediPrimaConsult/consultCarmedIntervention/example");
        var ehealth = (Path: example.GetProperty("path").GetString()!, Action: example.GetProperty("soapAction").GetString()!, Envelope: example.GetProperty("envelope").GetString()!);
        var calls = new (string Path, string Action, string Envelope)[]
        {
            (SoapClient.SsdnPath, SoapClient.SsdnAction, Envelopes.SendXml(Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin("85073003328")))),
            (SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25("85073003328", Envelopes.Cbe)),
            ehealth,
        };

        var names = Enumerable.Range(0, Clients).Select(i => $"ryw{i}").ToList();
        foreach (var name in names)
        {
            (await admin.PutAsJsonAsync($"/admin/sandboxes/{name}", new { persons = 10 })).EnsureSuccessStatusCode();
        }

        try
        {
            var misses = await Task.WhenAll(names.Select(async name =>
            {
                using var http = new HttpClient { BaseAddress = factory.BaseAddress };
                var soap = new SoapClient(http).ForSandbox(name);
                int missed = 0, made = 0;
                for (int round = 0; round < Rounds; round++)
                {
                    foreach (var (path, action, envelope) in calls)
                    {
                        await soap.PostAsync(path, action, envelope);
                        made++;
                        var journal = await http.GetFromJsonAsync<JsonElement>($"/admin/sandboxes/{name}/journal?take=1");
                        missed += journal.GetProperty("total").GetInt32() < made ? 1 : 0;
                    }
                }

                return (missed, made);
            }));

            output.WriteLine($"journal read-your-writes: {misses.Sum(m => m.missed)} misses in {misses.Sum(m => m.made)} calls ({Clients} clients, each its own sandbox)");
            Assert.Equal(Clients * Rounds * calls.Length, misses.Sum(m => m.made));
            Assert.Equal(0, misses.Sum(m => m.missed));
        }
        finally
        {
            foreach (var name in names)
            {
                await admin.DeleteAsync($"/admin/sandboxes/{name}");
            }
        }
    }
}
