using System.Net;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>sendXML as the two real clients send it, and the SSDNReply as they read it.</summary>
public class SsdnTransportTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task XmlString_AsCdataOrEscaped_WithOrWithoutDeclaration_IsAnswered(bool cdata, bool declaration)
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan), declaration: declaration), cdata);
        Assert.Equal("YES", reply.ServiceOk);
    }

    [Fact]
    public async Task LanguageInMessage_AsThePhpClientSendsIt_IsTolerated()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan), extraMessage: "<ssdn:Language>fr</ssdn:Language>"));
        Assert.Equal("YES", reply.ContextOk);
    }

    [Fact]
    public async Task Reply_UsesTheWirePrefixes_AndEchoesTheContext()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan)));
        Assert.Contains("<ns1:ResultSummary", reply.Text);
        Assert.Contains("<ns2:ResultSummary", reply.Text);
        Assert.Contains("<ns3:IdentifyPersonReply", reply.Text);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", reply.Text);
        var message = reply.Context.Element(SsdnReply.S + "Message")!;
        Assert.Equal("Test # 1", message.Element(SsdnReply.S + "Reference")!.Value);
        Assert.Equal("20261123T101010", message.Element(SsdnReply.S + "TimeRequest")!.Value);
        Assert.Matches("^[A-Z0-9]{15}$", message.Element(SsdnReply.S + "Ticket")!.Value);
        Assert.Equal("20261123T100000", message.Element(SsdnReply.S + "TimeReceive")!.Value);
        Assert.Equal(Cbe, reply.Context.Element(SsdnReply.S + "AuthorizedUser")!.Element(SsdnReply.S + "OrgUnit")!.Value);
        Assert.Equal(["OCMWCPASIdentifyPerson", "20050930"], reply.Service!.Elements().Where(e => e.Name.Namespace == SsdnReply.S).Select(e => e.Value));
    }

    [Fact]
    public async Task SeveralServiceRequests_GetOneServiceReplyEach()
    {
        var two = Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan)).Replace("</ssdn:SSDNRequest>", """
              <ssdn:ServiceRequest>
                <ssdn:ServiceId>OCMWCPASIdentifyPerson</ssdn:ServiceId>
                <ssdn:Version>20050930</ssdn:Version>
                <ip:IdentifyPersonRequest xmlns:ip="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson"><ip:SearchCriteria><ip:SSIN>85073003327</ip:SSIN></ip:SearchCriteria></ip:IdentifyPersonRequest>
              </ssdn:ServiceRequest>
            </ssdn:SSDNRequest>
            """);
        var reply = await client.SsdnAsync(two);
        var summaries = reply.Document.Root!.Elements(SsdnReply.S + "ServiceReply").Select(r => r.Element(SsdnReply.C + "ResultSummary")!.Attribute("ok")!.Value);
        Assert.Equal(["YES", "NO"], summaries);
        Assert.Equal(["30000001"], reply.ContextCodes);
    }

    [Theory]
    [InlineData("OCMWCPASHouseholdIncome", "20090706")]
    [InlineData("OCMWCPASUnheardOf", "20200101")]
    [InlineData("OCMWCPASIdentifyPerson", "20991231")]
    public async Task ServiceNotServed_IsAnInBandErrorSayingSo(string serviceId, string version)
    {
        var reply = await client.SsdnAsync(Ssdn(serviceId, "<x:Anything xmlns:x=\"urn:x\"/>", version: version));
        Assert.Equal(["30000013"], reply.ServiceCodes);
        Assert.Contains(("ServiceId", serviceId), reply.Information("30000013"));
        Assert.Contains("not available in this simulator", reply.Service!.Descendants(SsdnReply.C + "Diagnostic").Single().Value);
    }

    [Fact]
    public async Task InvalidHeader_IsAHeaderValidationError_NamingTheField()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan)).Replace("<ssdn:Email>info@cpas.example.be</ssdn:Email>", "<ssdn:Email>no-at-sign</ssdn:Email>"));
        Assert.Equal("NO", reply.ContextOk);
        Assert.Equal(["30000010"], reply.ContextCodes);
        Assert.Null(reply.Service);
    }

    [Fact]
    public async Task BodyFailingTheServiceSchema_IsAnErrorNamingTheField()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("DEWACHTER", "75-01-01"))));
        Assert.Equal(["31000001"], reply.ServiceCodes);
        Assert.Equal("SearchCriteria/PhoneticCriteria/BirthDate", reply.Information("31000001")[0].Name);
    }

    [Fact]
    public async Task MissingMandatoryElement_Is31000007()
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", "<ma:ManageAccessRequest xmlns:ma=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess\"><ma:SSIN>85073003328</ma:SSIN></ma:ManageAccessRequest>"));
        Assert.Equal(["31000007"], reply.ServiceCodes);
        Assert.Equal("Period", reply.Information("31000007")[0].Name);
    }

    [Fact]
    public async Task DoctypeInsideXmlString_IsRefusedWithAFault()
    {
        var evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin("&e;"), declaration: false);
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, SendXml(evil, cdata: false));
        Assert.True(answer.IsFault);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Contains("DOCTYPE", answer.FaultString);
        Assert.DoesNotContain("root:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XmlStringThatIsNotXml_IsAClientFault()
    {
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, SendXml("<SSDNRequest><unclosed></SSDNRequest>", cdata: true));
        Assert.True(answer.IsFault);
        Assert.Equal("soapenv:Client", answer.FaultCode);
        Assert.True(!answer.Text.Contains("   at "), answer.Text); // no stack trace
    }
}
