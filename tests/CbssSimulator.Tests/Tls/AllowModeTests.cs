using System.Net;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Tls;

/// <summary>
/// <c>--client-certificates allow</c>: the admin API, /health and the WSDLs answer without a certificate, a SOAP call
/// without one is a 403 SOAP Client fault, and with one the CPAS check is the same as in required mode.
/// </summary>
public class AllowModeTests(TlsAllowFactory factory) : IClassFixture<TlsAllowFactory>
{
    [Fact]
    public async Task WithoutCertificate_HealthAndWsdlAnswer_ButASoapCallIs403()
    {
        using var anonymous = factory.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(SoapClient.Tx25Path + "?wsdl")).StatusCode);

        var answer = await new SoapClient(anonymous).PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25(People.Stefaan, Envelopes.Cbe));
        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.True(answer.IsFault);
        Assert.Equal("soapenv:Client", answer.FaultCode);
        Assert.StartsWith("A client certificate is required", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheRightCertificate_TheCallIsAnswered_WithAnotherCpasIsRefused()
    {
        using var eupen = factory.Client(factory.Certificates.Eupen);
        var reply = await new SoapClient(eupen).SsdnAsync(Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan)));
        Assert.Equal("YES", reply.ServiceOk);

        var refused = await new SoapClient(eupen).SsdnAsync(Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan),
            cbe: TestCertificateSet.OtherCbe));
        Assert.Equal(["30000014"], refused.ContextCodes);
        Assert.Contains(("OrgUnit", (string?)TestCertificateSet.OtherCbe), refused.Information("30000014"));
    }

    [Fact]
    public async Task TestConnection_NamesNoCpas_AndNeedsOnlyTheCertificate()
    {
        using var other = factory.Client(factory.Certificates.Other);
        var answer = await new SoapClient(other).PostAsync(SoapClient.TestPath, SoapClient.TestAction, """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:sendTestMessageRequest xmlns:m="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>tls</echo></m:sendTestMessageRequest>
            </soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("tls", answer.Body.Element("echo")!.Value);
    }
}
