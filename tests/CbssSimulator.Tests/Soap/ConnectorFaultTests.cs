using System.Net.Http.Json;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// The SSDN connector's faults carry the detail its WSDL declares (sendXMLFault, a CommonV3 CBSSFaultType: informationCBSS,
/// then detail), valid against contracts/ssdn/WebServiceConnector.xsd: MSG00008 with the reason for a Client fault,
/// MSG00003 for a Server one.
/// </summary>
public class ConnectorFaultTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Wsc = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector";
    private readonly SoapClient client = factory.Soap();

    private static XElement Detail(SoapAnswer answer)
    {
        Assert.True(answer.IsFault, answer.Text);
        var fault = Assert.Single(answer.Body.Element("detail")!.Elements());
        Assert.Equal(Wsc + "sendXMLFault", fault.Name);
        var schemas = new CbssSimulator.Soap.ContractSchemas(Path.Combine(AppContext.BaseDirectory, "contracts")).Load("ssdn/WebServiceConnector.xsd");
        var issues = CbssSimulator.Soap.ContractSchemas.Validate(schemas, fault);
        Assert.True(issues.Count == 0, string.Join("; ", issues.Select(i => i.Message)));
        return fault.Element("detail")!;
    }

    [Fact]
    public async Task AClientFault_CarriesMsg00008_AndItsReason()
    {
        string doctype = SendXml("<!DOCTYPE SSDNRequest [<!ENTITY x \"y\">]>" + Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan)), cdata: true);
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, doctype);
        Assert.Equal("soapenv:Client", answer.FaultCode);
        var error = Detail(answer);
        Assert.Equal(["FATAL", "MSG00008", "A validation error occurred."], new[] { "severity", "reasonCode", "diagnostic" }.Select(n => error.Element(n)!.Value));
        Assert.Equal(answer.FaultString, error.Element("information")!.Element("fieldValue")!.Value);

        var wrongAction = await client.PostAsync(SoapClient.SsdnPath, "http://example.org/wrong", SendXml(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan))));
        Assert.Equal("MSG00008", Detail(wrongAction).Element("reasonCode")!.Value);
    }

    [Fact]
    public async Task TheInjectedHttp500_IsAServerFault_WithMsg00003()
    {
        using var put = await client.Http.PutAsJsonAsync("/admin/sandboxes/connector500", new { seed = 42, persons = 200 });
        put.EnsureSuccessStatusCode();
        using var faults = await client.Http.PutAsJsonAsync("/admin/sandboxes/connector500/faults", new { rules = new[] { new { service = "SSDN", kind = "http500" } } });
        faults.EnsureSuccessStatusCode();
        var answer = await client.ForSandbox("connector500").PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, SendXml(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(People.Stefaan))));
        Assert.Equal("soapenv:Server", answer.FaultCode);
        var error = Detail(answer);
        Assert.Equal(("MSG00003", "Unexpected internal error occurred"), (error.Element("reasonCode")!.Value, error.Element("diagnostic")!.Value));
        Assert.Null(error.Element("information"));
    }
}
