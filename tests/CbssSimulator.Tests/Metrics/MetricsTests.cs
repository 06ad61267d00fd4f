using System.Net;
using System.Net.Http.Json;
using CbssSimulator.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Metrics;

/// <summary>GET /metrics after calls, parsed by a strict Prometheus text parser: counters by sandbox, service, operation, outcome and code; the rest.</summary>
public class MetricsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private const string Calls = "cbss_calls_total";

    private async Task<PrometheusText> Scrape()
    {
        using var response = await root.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<SoapClient> Sandbox(string name, int persons = 200)
    {
        (await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons })).EnsureSuccessStatusCode();
        return root.ForSandbox(name);
    }

    [Fact]
    public async Task Calls_AreCountedByOutcomeAndCode_RefusalsByRow_LatencyPerService()
    {
        var s = await Sandbox("metrics-calls");
        await s.Tx25Async(People.Stefaan, Cbe);
        await s.Tx25Async(People.Stefaan, Cbe);
        await s.RegisterAsync(People.Find(People.Stefaan), 1, "2026-11-01");
        await s.Tx25Async(People.Stefaan, Cbe);

        var m = await Scrape();
        var box = ("sandbox", "metrics-calls");
        Assert.Equal(2, m.Value(Calls, box, ("service", "RetrieveTIGroups"), ("operation", "retrieveTI"), ("outcome", "refused"), ("code", "MSG00012")));
        Assert.Equal(1, m.Value(Calls, box, ("service", "RetrieveTIGroups"), ("operation", "retrieveTI"), ("outcome", "ok"), ("code", "MSG00000")));
        Assert.Equal(1, m.Sum(Calls, box, ("service", "OCMWCPASManageAccess"), ("operation", "REGISTER"), ("outcome", "ok")));
        Assert.Equal(4, m.Sum(Calls, box));
        Assert.Equal(2, m.Value("cbss_control_refusals_total", box, ("service", "RetrieveTIGroups"), ("operation", "retrieveTI")));
        Assert.Equal(3, m.Value("cbss_call_duration_seconds_count", box, ("service", "RetrieveTIGroups")));
        Assert.Equal(1, m.Value("cbss_call_duration_seconds_count", box, ("service", "SSDN")));
        Assert.Equal(3, m.Value("cbss_call_duration_seconds_bucket", box, ("service", "RetrieveTIGroups"), ("le", "+Inf")));
        Assert.Equal("histogram", m.Types["cbss_call_duration_seconds"]);
        Assert.Equal("counter", m.Types[Calls]);
    }

    [Fact]
    public async Task InjectedFaults_Resets_SandboxCount_AndRegistrySize()
    {
        var s = await Sandbox("metrics-faults", persons: 100);
        using (var put = await root.Http.PutAsJsonAsync("/admin/sandboxes/metrics-faults/faults",
            new { seed = 1, rules = new[] { new { service = "RetrieveTIGroups", kind = "http500", count = 1 } } }))
        {
            put.EnsureSuccessStatusCode();
        }

        var answer = await s.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(People.Stefaan, Cbe));
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        for (int i = 0; i < 2; i++)
        {
            (await root.Http.PostAsync("/admin/sandboxes/metrics-faults/reset", null)).EnsureSuccessStatusCode();
        }

        var m = await Scrape();
        var box = ("sandbox", "metrics-faults");
        Assert.Equal(1, m.Value("cbss_injected_faults_total", box, ("kind", "http500")));
        Assert.Equal(1, m.Value(Calls, box, ("service", "RetrieveTIGroups"), ("operation", "retrieveTI"), ("outcome", "injected"), ("code", "injected http500")));
        Assert.Equal(2, m.Value("cbss_sandbox_resets_total", box));
        var sandbox = factory.Services.GetRequiredService<CbssSimulator.Sandboxes.SandboxRegistry>().Find("metrics-faults")!;
        Assert.Equal(sandbox.Persons.Count(), m.Value("cbss_registry_persons", box));
        Assert.Equal(factory.Services.GetRequiredService<CbssSimulator.Sandboxes.SandboxRegistry>().All.Count, m.Value("cbss_sandboxes"));

        (await root.Http.DeleteAsync("/admin/sandboxes/metrics-faults")).EnsureSuccessStatusCode();
        var after = await Scrape();
        Assert.Null(after.Value("cbss_registry_persons", box)); // a deleted sandbox's size is gone; its counters stay
        Assert.Equal(2, after.Value("cbss_sandbox_resets_total", box));
    }

    [Fact]
    public async Task NamesOutsideTheCatalogue_AreOther_AndNotificationsHaveTheirCounter()
    {
        var s = await Sandbox("metrics-names", persons: 50);
        var reply = await s.SsdnAsync(Ssdn("NoSuchService4711", IdentifyBySsin(People.Stefaan)));
        Assert.Equal(["30000013"], reply.ServiceCodes);
        factory.Services.GetRequiredService<CbssSimulator.Metrics.SimulatorMetrics>().NotificationDelivered("metrics-names", "pcsa-alert", "delivered");

        var m = await Scrape();
        var box = ("sandbox", "metrics-names");
        Assert.Equal(1, m.Value(Calls, box, ("service", "_other"), ("operation", "-"), ("outcome", "error"), ("code", "30000013")));
        Assert.DoesNotContain(m.Samples, x => x.Labels.Values.Any(v => v.Contains("NoSuchService", StringComparison.Ordinal)));
        Assert.Equal(1, m.Value("cbss_notification_deliveries_total", box, ("kind", "pcsa-alert"), ("outcome", "delivered")));
    }

    [Fact]
    public async Task TheGrafanaDashboard_QueriesOnlyExportedMetrics()
    {
        var exported = (await Scrape()).Types.Keys.ToHashSet(StringComparer.Ordinal);
        using var dashboard = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(CbssSimulator.Tests.Admin.RepoFiles.Solution)!, "docs", "grafana-dashboard.json")));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();
        Assert.NotEmpty(expressions);
        var used = expressions.SelectMany(e => System.Text.RegularExpressions.Regex.Matches(e, @"\bcbss_[a-z_]+").Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        Assert.All(used, name => Assert.True(exported.Contains(name) || exported.Contains(name.Replace("_bucket", "", StringComparison.Ordinal)),
            $"the dashboard queries {name}, which /metrics does not export"));
        // and every exported family has a panel (the histogram through its buckets)
        Assert.Superset(exported.Where(n => n.StartsWith("cbss_", StringComparison.Ordinal) && n != "cbss_call_duration_seconds").ToHashSet(), used);
    }

    [Fact]
    public void TheParser_IsStrict()
    {
        const string good = "# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"1\"} 2\n";
        Assert.Equal(2, PrometheusText.Parse(good).Value("a_total", ("x", "1")));
        foreach (var bad in new[]
        {
            "a_total 1\n", // no TYPE
            "# TYPE a_total counter\na_total{x=\"1\"} 2\na_total{x=\"1\"} 3\n", // the same series twice
            "# TYPE a_total counter\na_total{x=\"\\q\"} 2\n", // bad escape
            "# TYPE a_total counter\na_total{x=1} 2\n", // unquoted value
            "# TYPE a_total counter\na_total two\n", // not a number
            "# TYPE a_total counter\n# TYPE b gauge\nb 1\na_total 2\n", // samples of a family apart
            "# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 2\n", // buckets decreasing
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n", // +Inf is not the count
        })
        {
            Assert.Throws<FormatException>(() => PrometheusText.Parse(bad));
        }
    }
}

/// <summary>Label bounds and the admin token, each on its own host.</summary>
public class MetricsLimitsTests
{
    public sealed class OneSandboxLabelFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Metrics:MaxSandboxLabels"] = "1",
            ["Admin:Token"] = "metrics-secret",
        };
    }

    [Fact]
    public async Task SandboxesPastTheCap_AreOther_AndMetricsNeedTheTokenWhenOneIsSet()
    {
        await using var factory = new OneSandboxLabelFactory();
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "metrics-secret");
        var soap = new SoapClient(http);
        foreach (var name in new[] { "first", "second", "third" })
        {
            (await http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons = 50 })).EnsureSuccessStatusCode();
            await soap.ForSandbox(name).Tx25Async(People.Stefaan, Cbe);
        }

        var m = PrometheusText.Parse(await http.GetStringAsync("/metrics"));
        var refused = new[] { ("service", "RetrieveTIGroups"), ("operation", "retrieveTI"), ("outcome", "refused"), ("code", "MSG00012") };
        Assert.Equal(1, m.Value("cbss_calls_total", [("sandbox", "first"), .. refused]));
        Assert.Equal(2, m.Value("cbss_calls_total", [("sandbox", "_other"), .. refused]));
        Assert.DoesNotContain(m.Samples, x => x.Labels.TryGetValue("sandbox", out var v) && v is "second" or "third");

        using var anonymous = factory.CreateClient();
        using var refusedScrape = await anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, refusedScrape.StatusCode);
        Assert.Contains("/metrics needs the admin token", await refusedScrape.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        // not through a sandbox's prefix either (the sandbox middleware strips it after the guard)
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/sandboxes/first/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/sandboxes/first/admin/clock")).StatusCode);
    }
}
