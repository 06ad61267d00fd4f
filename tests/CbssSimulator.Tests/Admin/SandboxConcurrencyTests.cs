using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>
/// Sandboxes under concurrency (docs/decisions.md, "Sandboxes under concurrency"): a reset and a delete wait for the
/// calls in flight; a call during or after a delete gets the "no sandbox named" fault; no file of a deleted sandbox
/// stays; clock changes are atomic; concurrent writers leave the exact state.
/// </summary>
public class SandboxConcurrencyTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Ma = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess";
    private static readonly XNamespace C = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";
    private readonly SoapClient root = factory.Soap();

    private string Folder => factory.RegistryPath + ".sandboxes";

    private async Task Create(string name, int persons)
    {
        using var response = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>One raw call: HTTP status and body; classified by the caller.</summary>
    private async Task<(HttpStatusCode Status, string Text)> Call(string sandbox, int i)
    {
        var stefaan = People.Find(People.Stefaan);
        string envelope = i % 2 == 0
            ? SendXml(Ssdn("OCMWCPASManageAccess", ManageAccess(stefaan.Ssin, "REGISTER", 1, "2026-11-01", proof: ProofByPersonData(stefaan.LastName, stefaan.BirthDate))))
            : SendXml(Ssdn("OCMWCPASManageAccess", ManageAccess(stefaan.Ssin, "LIST", null, "2026-01-01")));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sandboxes/{sandbox}{SoapClient.SsdnPath}")
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{SoapClient.SsdnAction}\"");
        using var response = await root.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("under-load-1")]
    [InlineData("under-load-2")]
    [InlineData("under-load-3")]
    public async Task ResetThenDelete_UnderLoad_EveryAnswerIsProper_AndNoFileRemains(string name)
    {
        await Create(name, 300);
        var answers = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode Status, string Text)>();
        int calls = 0;
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 12).Select(c => Task.Run(async () =>
        {
            for (int i = c; !stop.IsCancellationRequested; i++)
            {
                answers.Add(await Call(name, i));
                Interlocked.Increment(ref calls);
            }
        })).ToList();

        async Task WaitForCalls(int more)
        {
            int target = Volatile.Read(ref calls) + more;
            while (Volatile.Read(ref calls) < target)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
            }
        }

        for (int reset = 0; reset < 2; reset++)
        {
            await WaitForCalls(40);
            using var response = await root.Http.PostAsync($"/admin/sandboxes/{name}/reset", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await WaitForCalls(40);
        using (var delete = await root.Http.DeleteAsync($"/admin/sandboxes/{name}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.Empty(Directory.GetFiles(Folder, $"{name}.*"));
        await WaitForCalls(24);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        int served = 0, refused = 0;
        foreach (var (status, text) in answers)
        {
            var body = XDocument.Parse(text).Root!.Element(SoapAnswer.Soap + "Body")!.Elements().First();
            if (status == HttpStatusCode.OK)
            {
                Assert.NotEqual(SoapAnswer.Soap + "Fault", body.Name);
                served++;
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, status);
                Assert.Equal("soapenv:Client", body.Element("faultcode")!.Value);
                Assert.Equal($"There is no sandbox named '{name}' (PUT /admin/sandboxes/{name} creates one).", body.Element("faultstring")!.Value);
                refused++;
            }
        }

        Assert.True(served >= 120, $"{served} served");
        Assert.True(refused >= 12, $"{refused} refused");
        Assert.Empty(Directory.GetFiles(Folder, $"{name}.*"));
    }

    [Fact]
    public async Task ConcurrentClockChanges_LandOnTheDateAsked_NotShiftedTwice()
    {
        await Create("clock-race", 0);
        var puts = Enumerable.Range(0, 16).Select(_ => root.Http.PutAsJsonAsync("/admin/sandboxes/clock-race/clock", new { today = "2027-05-01" }));
        foreach (var response in await Task.WhenAll(puts))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Equal("2027-05-01", (await root.GetJsonAsync<JsonElement>("/admin/sandboxes/clock-race/clock")).GetProperty("today").GetString());
    }

    [Fact]
    public async Task ThirtyTwoWriters_OverlappingPeriods_LeaveTheExactState()
    {
        // The sandbox holds the same population as the test registry (seed 42, 1,500 persons): its adults are known.
        await Create("writers", TestRegistry.Persons);
        var sandbox = root.ForSandbox("writers");
        var persons = Enumerable.Range(40, 4).Select(People.Adult).ToList();

        // Writer w: person w % 4, purpose 2, 20 days from 2026-01-01 + 10 × (w / 4) days: each person gets eight
        // overlapping periods whose union is 2026-01-01 … 2026-03-31; writers 0–3 also register purpose 7 from the same start.
        var start = new DateOnly(2026, 1, 1);
        var writers = Enumerable.Range(0, 32).Select(w => Task.Run(async () =>
        {
            var p = persons[w % 4];
            var from = start.AddDays(10 * (w / 4));
            string proof = ProofByPersonData(p.LastName, p.BirthDate);
            var reply = await sandbox.SsdnAsync(Ssdn("OCMWCPASManageAccess",
                ManageAccess(p.Ssin, "REGISTER", 2, from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    from.AddDays(19).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), proof)));
            Assert.Equal("YES", reply.ServiceOk);
            if (w < 4)
            {
                Assert.Equal("YES", (await sandbox.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "REGISTER", 7, "2026-02-01", "2026-02-28", proof)))).ServiceOk);
            }
        })).ToList();
        await Task.WhenAll(writers);

        foreach (var p in persons)
        {
            var list = await sandbox.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "LIST", null, "2025-01-01", queryRegister: "SECONDARY")));
            var registrations = list.Body!.Elements(Ma + "Registrations").Select(r => (r.Element(Ma + "Purpose")!.Value,
                r.Element(Ma + "Period")!.Element(C + "StartDate")!.Value[..10], r.Element(Ma + "Period")!.Element(C + "EndDate")?.Value[..10],
                r.Element(Ma + "Register")!.Value)).Order().ToList();
            Assert.Equal([("2", "2026-01-01", "2026-03-31", "SECONDARY"), ("7", "2026-02-01", "2026-02-28", "SECONDARY")], registrations);
        }
    }
}

/// <summary>Sandboxes at restart (docs/decisions.md): the files a previous run left are removed at start; the rest stays.</summary>
public class SandboxLeftoverTests(SandboxLeftoverTests.LeftoverFactory factory) : IClassFixture<SandboxLeftoverTests.LeftoverFactory>
{
    public sealed class LeftoverFactory : SimulatorFactory
    {
        public LeftoverFactory()
        {
            Directory.CreateDirectory(Path.Combine(Folder, "templates"));
            foreach (var file in new[] { "gone.db", "gone.template.db", "gone.db-wal", "gone.template.db-journal", "notes.txt", "templates/seed1-persons1-v0.db" })
            {
                File.WriteAllText(Path.Combine(Folder, file), "");
            }
        }

        public string Folder => RegistryPath + ".sandboxes";
    }

    [Fact]
    public async Task AtStart_LeftoverSandboxFiles_AreRemoved_TemplatesAndOtherFilesStay()
    {
        using var response = await factory.CreateClient().GetAsync("/admin/sandboxes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("gone", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(factory.Folder).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(factory.Folder, "templates", "seed1-persons1-v0.db")));
    }
}
