using System.Net;
using System.Text;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// One bounded read per request: nesting, element and attribute counts are refused while reading, in the envelope and
/// in the SSDN payload, with a fault naming the limit — and the host serves the next call. Bodies in the encodings
/// real clients send are read as they are meant.
/// </summary>
public class BoundedReadTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));

    private static string TestMessage(string echo, string? declaration = null) =>
        $"""{declaration}<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>{echo}</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>""";

    private async Task AssertStillServes()
    {
        var answer = await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, TestMessage("still here"));
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("still here", answer.Body.Element("echo")!.Value);
    }

    private static void AssertLimitFault(SoapAnswer answer, string limit)
    {
        Assert.True(answer.IsFault, answer.Text);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("soapenv:Client", answer.FaultCode);
        Assert.Contains("Soap:Limits:" + limit, answer.FaultString);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(100_000)]
    public async Task DeepNestingInTheBody_IsRefusedWhileReading(int depth)
    {
        var envelope = TestMessage("x").Replace("<echo>x</echo>", Nested(depth));
        AssertLimitFault(await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, envelope), "MaxDepth");
        await AssertStillServes();
    }

    /// <summary>The same refusal on every kind of endpoint: a Tx25 (SOA) and a MediPrima consult (eHealth) body.</summary>
    [Theory]
    [InlineData(SoapClient.Tx25Path, SoapClient.Tx25Action)]
    [InlineData(CbssSimulator.Services.Mediprima.MediPrimaConsultNamespaces.Path, CbssSimulator.Services.Mediprima.MediPrimaConsultNamespaces.Action)]
    public async Task DeepNestingInATx25OrMediPrimaBody_IsRefusedWhileReading(string path, string action)
    {
        var envelope = $"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><x:request xmlns:x="urn:x">{Nested(100_000)}</x:request></soapenv:Body></soapenv:Envelope>""";
        AssertLimitFault(await client.PostAsync(path, action, envelope), "MaxDepth");
        await AssertStillServes();
    }

    [Fact]
    public async Task DeepNestingInTheHeader_IsRefusedWhileReading_EvenWithAWrongAction()
    {
        var envelope = TestMessage("x").Replace("<soapenv:Body>", "<soapenv:Header>" + Nested(100_000) + "</soapenv:Header><soapenv:Body>");
        AssertLimitFault(await client.PostAsync(SoapClient.TestPath, "urn:wrong", envelope), "MaxDepth");
        await AssertStillServes();
    }

    [Fact]
    public async Task DeepNestingInTheSsdnPayload_IsRefusedWhileReading()
    {
        var request = Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin("85073003328").Replace("</ip:SearchCriteria>", "</ip:SearchCriteria>" + Nested(30_000)));
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, Envelopes.SendXml(request));
        AssertLimitFault(answer, "MaxDepth");
        Assert.Contains("xmlString", answer.FaultString);
        await AssertStillServes();
    }

    [Fact]
    public async Task TooManyElements_AreRefusedWhileReading()
    {
        var envelope = TestMessage("x").Replace("<echo>x</echo>", string.Concat(Enumerable.Repeat("<b/>", 20_001)));
        AssertLimitFault(await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, envelope), "MaxElements");
        await AssertStillServes();
    }

    [Fact]
    public async Task TooManyAttributes_AreRefusedWhileReading()
    {
        var attributes = string.Concat(Enumerable.Range(0, 65).Select(i => $" a{i}=\"1\""));
        var envelope = TestMessage("x").Replace("<echo>", $"<echo{attributes}>");
        AssertLimitFault(await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, envelope), "MaxAttributes");
    }

    [Fact]
    public async Task Latin1Body_DeclaredOnlyInTheContentType_IsReadAsLatin1()
    {
        var bytes = Encoding.Latin1.GetBytes(TestMessage("Liège, Schaerbeek-Schaarbeek, Hélène"));
        var answer = await PostBytes(bytes, "text/xml; charset=ISO-8859-1");
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("Liège, Schaerbeek-Schaarbeek, Hélène", answer.Body.Element("echo")!.Value);
    }

    [Fact]
    public async Task Latin1Body_WithItsDeclaration_IsReadAsLatin1_WhateverTheHeaderSays()
    {
        var bytes = Encoding.Latin1.GetBytes(TestMessage("Liège", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"));
        var answer = await PostBytes(bytes, "text/xml; charset=utf-8");
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("Liège", answer.Body.Element("echo")!.Value);
    }

    [Fact]
    public async Task Utf16Body_WithItsByteOrderMark_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TestMessage("Eupen – Äöü"))).ToArray();
        var answer = await PostBytes(bytes, "text/xml; charset=utf-16");
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("Eupen – Äöü", answer.Body.Element("echo")!.Value);
    }

    [Fact]
    public async Task UnknownCharset_IsAClientFault_EveryTime()
    {
        for (int i = 0; i < 2; i++) // the answer for a header is kept only when it names an encoding
        {
            var answer = await PostBytes(Encoding.ASCII.GetBytes(TestMessage("x")), "text/xml; charset=x-klingon");
            Assert.True(answer.IsFault, answer.Text);
            Assert.Equal("soapenv:Client", answer.FaultCode);
            Assert.Contains("x-klingon", answer.FaultString);
        }
    }

    [Fact]
    public async Task Latin1Body_DeclaredOnlyInTheContentType_IsReadAsLatin1_OnTheSecondCallToo()
    {
        for (int i = 0; i < 2; i++) // the second call takes the header's kept encoding
        {
            var answer = await PostBytes(Encoding.Latin1.GetBytes(TestMessage("Liège")), "text/xml;charset=iso-8859-1");
            Assert.False(answer.IsFault, answer.Text);
            Assert.Contains("Liège", answer.Text);
        }
    }

    private async Task<SoapAnswer> PostBytes(byte[] bytes, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SoapClient.TestPath) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{SoapClient.TestAction}\"");
        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new SoapAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", text, System.Xml.Linq.XDocument.Parse(text));
    }
}
