using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>
/// The requests of ../shared/reference/client-requests, written the way real CPAS products send them, and their
/// documented variants: each is accepted and answered (skipped with a message when ../shared is absent).
/// </summary>
public class ClientRequestsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    private static string File(string name)
    {
        Skip.If(OfficialSchemas.SharedFolder is null, OfficialSchemas.MissingMessage);
        return System.IO.File.ReadAllText(Path.Combine(OfficialSchemas.SharedFolder!, "reference/client-requests", name));
    }

    [SkippableFact]
    public async Task IdentifyPersonBySsin_LinoStyle_Warns21007001()
    {
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, File("ssdn-identifyperson-ssin.xml"));
        var reply = new SsdnReply(answer.Body.Value);
        OfficialSchemas.AssertValidSsdnReply(reply.Document);
        Assert.Equal("21007001", reply.ServiceCodes[0]);
        Assert.NotNull(reply.Body);
    }

    [SkippableFact]
    public async Task IdentifyPersonPhonetic_SpelledAsHeard_FindsStephanie()
    {
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, File("ssdn-identifyperson-phonetic.xml"));
        var reply = new SsdnReply(answer.Body.Value);
        OfficialSchemas.AssertValidSsdnReply(reply.Document);
        Assert.Equal("YES", reply.ServiceOk);
        Assert.Contains("DE WACHTER", reply.Body!.Value);
    }

    [SkippableFact]
    public async Task ManageAccessRegister_ThenTx25_AsTheClientsDo()
    {
        var register = new SsdnReply((await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, File("ssdn-manageaccess-register.xml"))).Body.Value);
        OfficialSchemas.AssertValidSsdnReply(register.Document);
        Assert.Equal("YES", register.ServiceOk);
        var tx25 = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, File("soa-retrievetigroups-v2.xml"));
        OfficialSchemas.AssertValidTx25(tx25.Body);
        Assert.Equal("DATA_FOUND", tx25.Body.Element("status")!.Element("value")!.Value);
    }

    [SkippableFact]
    public async Task Variants_EscapedText_PhpDeclaration_AndLanguage_AreAnswered()
    {
        var original = XDocument.Parse(File("ssdn-identifyperson-ssin.xml"));
        var ssdn = original.Descendants().Single(e => e.Name.LocalName == "xmlString").Value.Trim();
        var php = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>" + ssdn[ssdn.IndexOf("<ssdn:SSDNRequest", StringComparison.Ordinal)..]
            .Replace("</ssdn:TimeRequest>", "</ssdn:TimeRequest><ssdn:Language>fr</ssdn:Language>");
        foreach (var cdata in new[] { false, true })
        {
            var reply = await client.SsdnAsync(php, cdata);
            Assert.Equal("21007001", reply.ServiceCodes[0]);
        }
    }

    [SkippableFact]
    public async Task TestMessageBeforeEveryRequest_AsThePhpClientDoes()
    {
        Skip.If(OfficialSchemas.SharedFolder is null, OfficialSchemas.MissingMessage);
        var answer = await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1">
            <soapenv:Body><ns1:sendTestMessageRequest><echo>test</echo></ns1:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal("test", answer.Body.Element("echo")!.Value);
    }
}
