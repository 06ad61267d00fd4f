using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;

namespace CbssSimulator.Tests.Support;

/// <summary>A raw SOAP answer: HTTP status, the parsed envelope and its body's first element.</summary>
public sealed record SoapAnswer(HttpStatusCode Status, string ContentType, string Text, XDocument Envelope)
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public XElement Body => Envelope.Root!.Element(Soap + "Body")!.Elements().First();

    public bool IsFault => Body.Name == Soap + "Fault";

    public string FaultCode => Body.Element("faultcode")!.Value;

    public string FaultString => Body.Element("faultstring")!.Value;
}

/// <summary>Posts raw envelopes the way vendors' products do, and reads admin JSON.</summary>
public sealed class SoapClient(HttpClient http, string prefix = "")
{
    /// <summary>A client of the sandbox <paramref name="name"/>: every SOAP path is sent under /sandboxes/{name}.</summary>
    public SoapClient ForSandbox(string name) => new(http, $"/sandboxes/{name}");

    public const string SsdnPath = "/connectors/webservice/KSZBCSSWebServiceConnectorPort";
    public const string SsdnAction = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML";
    public const string Tx25Path = "/SOA4520/RetrieveTIGroupsService/v2/retrieveTI";
    public const string Tx25Action = "http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI";
    public const string TestPath = "/SOA4520/TestConnectionServiceService/sendTestMessage";
    public const string TestAction = "http://kszbcss.fgov.be/TestConnectionServiceService/sendTestMessage";

    public HttpClient Http => http;

    /// <summary>A modelled SOA call as a CPAS product writes it (informationCustomer, legalContext, then <paramref name="inner"/>); its answer, not a fault.</summary>
    public async Task<System.Xml.Linq.XElement> SoaAsync(string path, string action, string intf, string element, string inner, string cbe = Envelopes.Cbe,
        string legalContext = "PCSA:SOCIAL_INQUIRY")
    {
        var answer = await PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>{legalContext}</legalContext>{inner}</m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Xunit.Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    public async Task<SoapAnswer> PostAsync(string path, string? action, string envelope, string contentType = "text/xml; charset=utf-8")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, prefix + path) { Content = new StringContent(envelope, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (action is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.ToString() ?? "";
        XDocument doc;
        try
        {
            doc = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException e)
        {
            throw new Xunit.Sdk.XunitException($"HTTP {(int)response.StatusCode} {type} is not XML ({e.Message}): {text[..Math.Min(text.Length, 500)]}");
        }

        var answer = new SoapAnswer(response.StatusCode, type, text, doc);
        AssertMatchesOurContract(path, answer);
        return answer;
    }

    private static readonly CbssSimulator.Soap.ContractSchemas Ours = new(Path.Combine(AppContext.BaseDirectory, "contracts"));

    /// <summary>
    /// The schema set the gate validates each SOA/eHealth path against, from the service modules: every answer the tests
    /// receive there must validate against our contract.
    /// </summary>
    private static readonly Dictionary<string, System.Xml.Schema.XmlSchemaSet> SoaContracts = CbssSimulator.Hosting.ServiceModules.All
        .SelectMany(m => m.SoapEndpoints)
        .ToDictionary(e => e.Path, e => e.Endpoint(Ours).Schemas, StringComparer.OrdinalIgnoreCase);

    private static void AssertMatchesOurContract(string path, SoapAnswer answer)
    {
        if (!SoaContracts.TryGetValue(path, out var schemas) || answer.Envelope.Root?.Name != SoapAnswer.Soap + "Envelope")
        {
            return;
        }

        var body = answer.Body;
        var checkedElement = body.Name == SoapAnswer.Soap + "Fault" ? body.Element("detail")?.Elements().FirstOrDefault() : body;
        if (checkedElement is null)
        {
            return;
        }

        var issues = CbssSimulator.Soap.ContractSchemas.Validate(schemas, checkedElement);
        Xunit.Assert.True(issues.Count == 0, $"The answer at {path} does not validate against our contract: {string.Join("; ", issues.Select(i => i.Message))}");
    }

    /// <summary>Sends an SSDNRequest through sendXML and returns the SSDNReply (checked against the official schemas when they are there).</summary>
    public async Task<SsdnReply> SsdnAsync(string ssdnRequest, bool cdata = true)
    {
        var answer = await PostAsync(SsdnPath, SsdnAction, Envelopes.SendXml(ssdnRequest, cdata));
        if (answer.IsFault)
        {
            throw new Xunit.Sdk.XunitException($"SOAP fault {answer.FaultCode}: {answer.FaultString}");
        }

        var reply = new SsdnReply(answer.Body.Value);
        OfficialSchemas.AssertValidSsdnReply(reply.Document);
        return reply;
    }

    /// <summary>Calls Tx25 and returns the response element (checked against the official schemas when they are there).</summary>
    public async Task<XElement> Tx25Async(string ssin, string cbe, bool history = false, string legalContext = "PCSA:SOCIAL_INQUIRY", string language = "fr")
    {
        var answer = await PostAsync(Tx25Path, Tx25Action, Envelopes.Tx25(ssin, cbe, history, legalContext, language));
        if (answer.IsFault)
        {
            throw new Xunit.Sdk.XunitException($"SOAP fault {answer.FaultCode}: {answer.FaultString}");
        }

        OfficialSchemas.AssertValidTx25(answer.Body);
        return answer.Body;
    }

    /// <summary>Integrates a person for a CPAS through ManageAccess REGISTER, as a CPAS product does; fails the test if refused.</summary>
    public async Task RegisterAsync(CbssSimulator.Registry.PersonRow person, int code, string start, string? end = null, string cbe = Envelopes.Cbe)
    {
        var reply = await SsdnAsync(Envelopes.Ssdn("OCMWCPASManageAccess",
            Envelopes.ManageAccess(person.Ssin, "REGISTER", code, start, end, Envelopes.ProofByPersonData(person.LastName, person.BirthDate)), cbe));
        Xunit.Assert.NotEqual("NO", reply.ServiceOk);
    }

    public async Task<T> GetJsonAsync<T>(string path) => (await http.GetFromJsonAsync<T>(path))!;

    public async Task SetTodayAsync(DateOnly today)
    {
        using var response = await http.PutAsJsonAsync("/admin/clock", new { today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        response.EnsureSuccessStatusCode();
    }

    public async Task AdvanceDaysAsync(int days)
    {
        using var response = await http.PostAsJsonAsync("/admin/clock/advance", new { days });
        response.EnsureSuccessStatusCode();
    }
}
