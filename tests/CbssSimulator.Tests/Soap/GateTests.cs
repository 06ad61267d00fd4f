using System.Net;
using System.Text;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>The strict gate: bad envelopes get a SOAP fault with a precise reason, never HTML, never a stack trace.</summary>
public class GateTests(GateTests.SmallBodyFactory factory) : IClassFixture<GateTests.SmallBodyFactory>
{
    public sealed class SmallBodyFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Soap:MaxBodyBytes"] = "20000" };
    }

    private readonly SoapClient client = factory.Soap();

    private static string Tx25(string ssin = "85073003328") => Envelopes.Tx25(ssin, Envelopes.Cbe);

    private static void AssertFault(SoapAnswer answer, HttpStatusCode status, string code, string reasonPart)
    {
        Assert.True(answer.IsFault, answer.Text);
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("text/xml", answer.ContentType);
        Assert.Equal("soapenv:" + code, answer.FaultCode);
        Assert.Contains(reasonPart, answer.FaultString);
        Assert.True(!answer.Text.Contains("   at "), answer.Text);
    }

    [Fact]
    public async Task MalformedXml_IsA400ClientFault() =>
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"),
            HttpStatusCode.InternalServerError, "Client", "not well-formed");

    [Fact]
    public async Task Doctype_IsRefusedBeforeParsing_EvenBillionLaughs()
    {
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + Tx25().Replace("PCSA:SOCIAL_INQUIRY", "&lol2;");
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, laughs), HttpStatusCode.InternalServerError, "Client", "DOCTYPE");
    }

    [Theory]
    [InlineData("http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTIx")]
    [InlineData("retrieveTI")]
    [InlineData("")]
    public async Task WrongSoapAction_IsAClientFault(string action) =>
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, action, Tx25()), HttpStatusCode.InternalServerError, "Client", "SOAPAction");

    [Fact]
    public async Task MissingSoapAction_IsAClientFault() =>
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, null, Tx25()), HttpStatusCode.InternalServerError, "Client", "SOAPAction");

    [Fact]
    public async Task WrongBodyNamespace_IsAClientFault() =>
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25().Replace("RetrieveTIGroupsService/v2\"", "RetrieveTIGroupsService/v1\"")),
            HttpStatusCode.InternalServerError, "Client", "does not match the operation");

    [Fact]
    public async Task Soap12Envelope_IsAVersionMismatch() =>
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25().Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope")),
            HttpStatusCode.InternalServerError, "VersionMismatch", "SOAP 1.1");

    [Fact]
    public async Task OversizedBody_IsA413SoapFault()
    {
        var big = Tx25().Replace("<soapenv:Header/>", "<soapenv:Header><x xmlns=\"urn:pad\">" + new string('x', 30_000) + "</x></soapenv:Header>");
        AssertFault(await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, big), HttpStatusCode.RequestEntityTooLarge, "Client", "20000 bytes");
    }

    [Fact]
    public async Task SsinBreakingThePattern_IsAFaultWithACbssFaultDetail()
    {
        var answer = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25("85133003328"));
        Assert.True(answer.IsFault);
        var detail = answer.Body.Element("detail")!.Elements().Single();
        Assert.Equal("retrieveTIGroupsFault", detail.Name.LocalName);
        Assert.Equal("MSG00008", detail.Element("detail")!.Element("reasonCode")!.Value);
        Assert.Equal("ssin", detail.Element("detail")!.Element("information")!.Element("fieldName")!.Value);
        if (OfficialSchemas.Available)
        {
            Assert.Empty(OfficialSchemas.ValidateTx25(detail));
        }
    }

    [Fact]
    public async Task ContentFailure_ThatCanBeEchoed_IsAnsweredInBand_WithMsg00008()
    {
        var answer = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25().Replace("<history>false</history>", "<history>maybe</history>"));
        Assert.False(answer.IsFault);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("MSG00008", answer.Body.Element("status")!.Element("code")!.Value);
        Assert.Equal("history", answer.Body.Element("status")!.Element("information")!.Element("fieldName")!.Value);
    }

    [Fact]
    public async Task UnknownChildElement_IsNotSilentlyDropped()
    {
        var answer = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25().Replace("<legalContext>", "<junk/><legalContext>"));
        Assert.Equal("MSG00008", answer.IsFault
            ? answer.Body.Element("detail")!.Elements().Single().Element("detail")!.Element("reasonCode")!.Value
            : answer.Body.Element("status")!.Element("code")!.Value);
    }

    [Fact]
    public async Task SoaOperationNotServed_IsAFaultSayingSo() =>
        AssertFault(await client.PostAsync("/SOA4520/PersonServiceV4/searchPersonBySsin", "urn:x", Tx25()), HttpStatusCode.InternalServerError, "Client", "not available in this simulator");

    [Fact]
    public async Task Wsdl_IsOurs_WithTheCallersAddress_AndResolvableImports()
    {
        var wsdl = await client.Http.GetStringAsync(SoapClient.Tx25Path + "?wsdl");
        Assert.Contains("<soap:address location=\"http://localhost" + SoapClient.Tx25Path + "\"", wsdl);
        Assert.Contains("CBSS Simulator contract", wsdl);
        var import = System.Text.RegularExpressions.Regex.Match(wsdl, "schemaLocation=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("http://localhost" + SoapClient.Tx25Path + "?xsd=", import);
        var xsd = await client.Http.GetStringAsync(import);
        Assert.Contains("retrieveTIGroupsRequest", xsd);
        Assert.Contains("?xsd=../common/CommonV3.xsd", xsd);
        var common = await client.Http.GetStringAsync(SoapClient.Tx25Path + "?xsd=../common/CommonV3.xsd");
        Assert.Contains("CBSSFaultType", common);
    }

    [Fact]
    public async Task ContractFiles_OutsideContracts_AreNotServed()
    {
        using var response = await client.Http.GetAsync(SoapClient.Tx25Path + "?xsd=../../../CbssSimulator.dll");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SsdnWsdl_IsServed()
    {
        var wsdl = await client.Http.GetStringAsync(SoapClient.SsdnPath + "?wsdl");
        Assert.Contains("http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML", wsdl);
        var ssdnXsd = await client.Http.GetStringAsync(SoapClient.SsdnPath + "?xsd=SSDN/Service/SSDN.xsd");
        Assert.Contains("SSDNRequest", ssdnXsd);
    }

    [Fact]
    public async Task SoapCoresHttpPostInvocation_IsOff()
    {
        using var response = await client.Http.PostAsync(SoapClient.TestPath + "/sendTestMessage", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public class Tx25ContentTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    [Fact]
    public async Task MissingLegalContext_IsAnsweredInBand_NamingIt()
    {
        var answer = await factory.Soap().PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action,
            Envelopes.Tx25(People.Stefaan, Envelopes.Cbe).Replace("<legalContext>PCSA:SOCIAL_INQUIRY</legalContext>", ""));
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("MSG00008", answer.Body.Element("status")!.Element("code")!.Value);
        Assert.Equal("legalContext", answer.Body.Element("status")!.Element("information")!.Element("fieldName")!.Value);
        OfficialSchemas.AssertValidTx25(answer.Body);
    }
}
