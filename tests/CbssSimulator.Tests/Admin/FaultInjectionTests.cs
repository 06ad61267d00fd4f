using System.Net;
using System.Net.Http.Json;
using CbssSimulator.Sandboxes;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>Fault and latency injection, per sandbox, per service/operation, with probability and count.</summary>
public class FaultInjectionTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private async Task<SoapClient> SandboxWithFaults(string name, object rules, int seed = 1)
    {
        (await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons = 200 })).EnsureSuccessStatusCode();
        using var put = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{name}/faults", new { seed, rules });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return root.ForSandbox(name);
    }

    private static string Echo => """
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>x</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>
        """;

    [Fact]
    public async Task Technical_OnTx25_IsAFatalMsg00003Fault_ForTheNextTwoCallsOnly()
    {
        var s = await SandboxWithFaults("technical", new[] { new { service = "RetrieveTIGroups", operation = "retrieveTI", kind = "technical", count = 2 } });
        for (int i = 0; i < 2; i++)
        {
            var answer = await s.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25(People.Stefaan, Cbe));
            Assert.True(answer.IsFault);
            Assert.Equal("soapenv:Server", answer.FaultCode);
            Assert.Equal("MSG00003", answer.Body.Element("detail")!.Elements().Single().Element("detail")!.Element("reasonCode")!.Value);
        }

        var third = await s.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25(People.Stefaan, Cbe));
        Assert.False(third.IsFault);
        var journal = await root.GetJsonAsync<System.Text.Json.JsonElement>("/admin/sandboxes/technical/journal?code=injected");
        Assert.Equal(2, journal.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Technical_OnTestConnection_IsAFatalMsg00003Fault_WithItsDeclaredDetail()
    {
        var s = await SandboxWithFaults("technical-echo", new[] { new { service = "TestConnectionService", kind = "technical" } });
        var answer = await s.PostAsync(SoapClient.TestPath, SoapClient.TestAction, Echo); // the detail is checked against our contract
        Assert.Equal(("soapenv:Server", HttpStatusCode.InternalServerError), (answer.FaultCode, answer.Status));
        var fault = Assert.Single(answer.Body.Element("detail")!.Elements());
        Assert.Equal(System.Xml.Linq.XName.Get("sendTestMessageFault", "http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"), fault.Name);
        var error = fault.Element("detail")!; // a CommonV3 CBSSFaultType
        Assert.Equal(["FATAL", "MSG00003", "Unexpected internal error occurred", "http://www.bcss.fgov.be/en/international/home/index.html"],
            new[] { "severity", "reasonCode", "diagnostic", "authorCode" }.Select(n => error.Element(n)!.Value));
        Assert.Matches("^[0-9a-f-]{36}$", fault.Element("informationCBSS")!.Element("ticketCBSS")!.Value);
    }

    [Fact]
    public async Task Technical_OnAnSsdnService_IsAnInBandError()
    {
        var s = await SandboxWithFaults("technical-ssdn", new[] { new { service = "OCMWCPASIdentifyPerson", kind = "technical" } });
        var reply = await s.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan)));
        Assert.Equal(["30000099"], reply.ContextCodes);
        var other = await s.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(People.Stefaan, "LIST", null, "2026-11-23")));
        Assert.Equal("YES", other.ServiceOk);
    }

    [Fact]
    public async Task Http500_Drop_AndGarble_AreWhatTheySay()
    {
        var s500 = await SandboxWithFaults("http500", new[] { new { service = "TestConnectionService", kind = "http500" } });
        var answer = await s500.PostAsync(SoapClient.TestPath, SoapClient.TestAction, Echo);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("soapenv:Server", answer.FaultCode);

        var garbled = await SandboxWithFaults("garble", new[] { new { service = "*", kind = "garble" } });
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => garbled.PostAsync(SoapClient.TestPath, SoapClient.TestAction, Echo));

        var dropped = await SandboxWithFaults("drop", new[] { new { service = "TestConnectionService", kind = "drop" } });
        await Assert.ThrowsAnyAsync<Exception>(() => dropped.PostAsync(SoapClient.TestPath, SoapClient.TestAction, Echo));
    }

    [Fact]
    public async Task Delay_HoldsTheAnswer_OnTheWallClock()
    {
        var s = await SandboxWithFaults("delay", new[] { new { service = "TestConnectionService", kind = "delay", delayMs = 1500 } });
        var call = s.PostAsync(SoapClient.TestPath, SoapClient.TestAction, Echo);
        await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System);
        Assert.False(call.IsCompleted);
        factory.Time.Advance(TimeSpan.FromMilliseconds(1500));
        var answer = await call.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);
        Assert.Equal("x", answer.Body.Element("echo")!.Value);
    }

    [Fact]
    public async Task Timeout_GivesNoAnswer_UntilTheClientGivesUp()
    {
        await SandboxWithFaults("timeout", new[] { new { service = "TestConnectionService", kind = "timeout" } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandboxes/timeout" + SoapClient.TestPath) { Content = new StringContent(Echo, System.Text.Encoding.UTF8, "text/xml") };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapClient.TestAction);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => root.Http.SendAsync(request, giveUp.Token));
    }

    [Fact]
    public async Task Rules_AreChecked_AndTheRootSandboxHasThemToo()
    {
        using var bad = await root.Http.PutAsJsonAsync("/admin/sandboxes/default/faults", new { rules = new[] { new { service = "X", kind = "delay", probability = 2.0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("probability", await bad.Content.ReadAsStringAsync());
        using var off = await root.Http.DeleteAsync("/admin/sandboxes/default/faults");
        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
    }

    [Fact]
    public void Probability_IsSeeded_SoARunReplays()
    {
        static IEnumerable<bool> Run(int seed)
        {
            var plan = new FaultPlan();
            plan.Set([new FaultRule("RetrieveTIGroups", null, FaultKind.Http500, Probability: 0.5)], seed);
            return Enumerable.Range(0, 40).Select(_ => plan.Next([("RetrieveTIGroups", "retrieveTI")]) is not null).ToList();
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
        Assert.InRange(Run(7).Count(f => f), 8, 32);
    }
}
