using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry.Personas;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.HealthCare;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The fail-on-purpose personas (docs/decisions.md, "Personas that fail on purpose"): reachable from any client, no admin call, off with Personas:FailOnPurpose=false.</summary>
public class FailOnPurposeTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private static string Ssin(string name) => FailOnPurpose.All.Single(f => f.Name == name).Ssin;

    private static string HealthCare(string ssin) => $"""
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
        <m:consultHealthCareInsuranceRequest xmlns:m="{HealthCareNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
        <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:consultHealthCareInsuranceRequest></soapenv:Body></soapenv:Envelope>
        """;

    private static string ReasonCode(SoapAnswer answer) => answer.Body.Element("detail")!.Elements().Single().Element("detail")!.Element("reasonCode")!.Value;

    [Fact]
    public void TheSsins_AreValid_AndNoPersonOfTheRegistry()
    {
        Assert.Equal(4, FailOnPurpose.All.Count);
        Assert.All(FailOnPurpose.All, f => Assert.True(CbssSimulator.Registry.Ssin.IsValid(f.Ssin), f.Name));
        Assert.All(FailOnPurpose.All, f => Assert.Null(TestRegistry.People.Find(f.Ssin)));
    }

    [Fact]
    public async Task Technical_IsMsg00003OnASoaService_AndTheInBandErrorOnSsdn()
    {
        var tx25 = await root.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(Ssin("fail-technical"), Cbe));
        Assert.True(tx25.IsFault, tx25.Text);
        Assert.Equal("soapenv:Server", tx25.FaultCode);
        Assert.Equal(SoaStatusCodes.InternalError.Code, ReasonCode(tx25));

        var reply = await root.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(Ssin("fail-technical"))));
        Assert.Equal(["30000099"], reply.ContextCodes);
    }

    [Fact]
    public async Task SourceUnavailable_TheRegisterAnswers_TheSourcesFail()
    {
        var tx25 = await root.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(Ssin("fail-source-unavailable"), Cbe));
        Assert.False(tx25.IsFault, tx25.Text);
        var source = await root.PostAsync(HealthCareNamespaces.Path, HealthCareNamespaces.Action, HealthCare(Ssin("fail-source-unavailable")));
        Assert.True(source.IsFault, source.Text);
        Assert.Equal(SoaStatusCodes.InternalError.Code, ReasonCode(source));
    }

    [Fact]
    public async Task Slow_IsAnsweredAfterTheDelay_OnTheWallClock()
    {
        await root.PostAsync(HealthCareNamespaces.Path, HealthCareNamespaces.Action, HealthCare(TestRegistry.People.Find(People.Stefaan)!.Ssin)); // a warm host
        var call = root.PostAsync(HealthCareNamespaces.Path, HealthCareNamespaces.Action, HealthCare(Ssin("fail-slow")));
        await Task.Delay(TimeSpan.FromMilliseconds(300), TimeProvider.System);
        Assert.False(call.IsCompleted);
        for (int i = 0; i < 100 && !call.IsCompleted; i++)
        {
            factory.Time.Advance(TimeSpan.FromMilliseconds(3000)); // the default Personas:SlowMs (the delay may start a little later)
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }

        var answer = await call.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);
        Assert.False(answer.IsFault, answer.Text);
    }

    [Fact]
    public async Task Timeout_GivesNoAnswer_UntilTheClientGivesUp()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, HealthCareNamespaces.Path)
        {
            Content = new StringContent(HealthCare(Ssin("fail-timeout")), System.Text.Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", HealthCareNamespaces.Action);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => root.Http.SendAsync(request, giveUp.Token));
    }

    [Fact]
    public async Task InASandbox_TooWithoutAnyFaultRule()
    {
        using var put = await root.Http.PutAsync("/admin/sandboxes/fail-on-purpose", System.Net.Http.Json.JsonContent.Create(new { seed = 3, persons = 50 }));
        put.EnsureSuccessStatusCode();
        var tx25 = await root.ForSandbox("fail-on-purpose").PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(Ssin("fail-technical"), Cbe));
        Assert.True(tx25.IsFault, tx25.Text);
    }

    [Fact]
    public async Task ThroughTheWcfClient_TheTechnicalErrorIsAFaultException()
    {
        using var kestrel = new KestrelSimulatorFactory();
        var channel = new ChannelFactory<IHealthCareInsuranceService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, HealthCareNamespaces.Path))).CreateChannel();
        await Assert.ThrowsAnyAsync<FaultException>(() => channel.ConsultAsync(new ConsultHealthCareInsuranceRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{Ssin("fail-technical")}</ssin></r>")),
        }));
    }
}

/// <summary>With Personas:FailOnPurpose=false the numbers are answered like any unknown number.</summary>
public class FailOnPurposeOffTests(FailOnPurposeOffTests.Factory factory) : IClassFixture<FailOnPurposeOffTests.Factory>
{
    public sealed class Factory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Personas:FailOnPurpose"] = "false" };
    }

    [Fact]
    public async Task TheOffSwitch_AnswersNormally()
    {
        var tx25 = await factory.Soap().PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(FailOnPurpose.All[0].Ssin, Cbe));
        Assert.False(tx25.IsFault, tx25.Text);
    }
}
