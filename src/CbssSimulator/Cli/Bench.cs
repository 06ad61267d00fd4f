using System.Diagnostics;
using System.Globalization;
using System.Text;
using CbssSimulator.Hosting;
using CbssSimulator.Sandboxes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>bench [--persons 10000] [--requests 2000] [--concurrency 8]</c>: starts the simulator on a loopback port with a
/// fresh registry, then prints how long a sandbox reset takes and how many requests per second each served operation
/// answers (client and server share the machine: figures are pessimistic). Prints figures; asserts nothing.
/// </summary>
public static class Bench
{
    internal static System.CommandLine.Command Command()
    {
        var persons = new System.CommandLine.Option<int>("--persons") { Description = "Size of the registry.", DefaultValueFactory = _ => 10_000 };
        var requests = new System.CommandLine.Option<int>("--requests") { Description = "Requests per operation.", DefaultValueFactory = _ => 2_000 };
        var concurrency = new System.CommandLine.Option<int>("--concurrency") { Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
        var command = new System.CommandLine.Command("bench", "Print sandbox reset times and requests per second of each served operation (asserts nothing).")
        {
            persons,
            requests,
            concurrency,
        };
        command.SetAction((p, _) => RunAsync(p.GetValue(persons), p.GetValue(requests), p.GetValue(concurrency)));
        return command;
    }

    public static async Task<int> RunAsync(int persons, int requests, int concurrency)
    {
        if (persons < 1 || requests < 1 || concurrency < 1)
        {
            Console.Error.WriteLine("--persons, --requests and --concurrency must be at least 1.");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "cbss-sim-bench-" + Environment.ProcessId);
        var app = SimulatorHost.Build(["--urls", "http://127.0.0.1:0", "--Log:MinimumLevel=Warning", "--db", Path.Combine(folder, "registry.db"),
            "--persons", persons.ToString(CultureInfo.InvariantCulture)]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"CBSS Simulator bench: {persons:N0} persons, {requests:N0} requests per operation, {concurrency} concurrent clients, {Environment.ProcessorCount} cores");

        var registry = app.Services.GetRequiredService<SandboxRegistry>();
        var watch = Stopwatch.StartNew();
        var sandbox = registry.Create("bench", 42, persons);
        Console.WriteLine($"  sandbox created from a {persons:N0}-person population: {watch.ElapsedMilliseconds} ms (first time includes generating it)");
        var resets = Enumerable.Range(0, 20).Select(_ => registry.Reset(sandbox)).Order().ToList();
        Console.WriteLine($"  sandbox reset: median {resets[10]:F1} ms, max {resets[^1]:F1} ms (20 resets)");

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        string today = sandbox.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Send(http, "/connectors/webservice/KSZBCSSWebServiceConnectorPort", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML",
            Ssdn($"<ma:ManageAccessRequest xmlns:ma=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess\" xmlns:c=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/Common\"><ma:SSIN>85073003328</ma:SSIN><ma:Purpose>1</ma:Purpose><ma:Period><c:StartDate>{today}</c:StartDate></ma:Period><ma:Action>REGISTER</ma:Action><ma:ProofOfAuthentication><ma:PersonData><ma:LastName>De Wachter</ma:LastName><ma:BirthDate>1985-07-30</ma:BirthDate></ma:PersonData></ma:ProofOfAuthentication></ma:ManageAccessRequest>", "OCMWCPASManageAccess"));

        var operations = new (string Name, string Path, string Action, string Body)[]
        {
            ("TestConnectionService.sendTestMessage", "/SOA4520/TestConnectionServiceService/sendTestMessage", "http://kszbcss.fgov.be/TestConnectionServiceService/sendTestMessage",
                Envelope("<t:sendTestMessageRequest xmlns:t=\"http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1\"><echo>bench</echo></t:sendTestMessageRequest>")),
            ("OCMWCPASIdentifyPerson (SSIN)", "/connectors/webservice/KSZBCSSWebServiceConnectorPort", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML",
                Ssdn("<ip:IdentifyPersonRequest xmlns:ip=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson\"><ip:SearchCriteria><ip:SSIN>85073003328</ip:SSIN></ip:SearchCriteria></ip:IdentifyPersonRequest>", "OCMWCPASIdentifyPerson")),
            ("OCMWCPASIdentifyPerson (phonetic)", "/connectors/webservice/KSZBCSSWebServiceConnectorPort", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML",
                Ssdn("<ip:IdentifyPersonRequest xmlns:ip=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson\"><ip:SearchCriteria><ip:PhoneticCriteria><ip:LastName>DEWACHTER</ip:LastName><ip:BirthDate>1975-00-00</ip:BirthDate><ip:Tolerance>5</ip:Tolerance></ip:PhoneticCriteria></ip:SearchCriteria></ip:IdentifyPersonRequest>", "OCMWCPASIdentifyPerson")),
            ("RetrieveTIGroups.retrieveTI (DATA_FOUND)", "/SOA4520/RetrieveTIGroupsService/v2/retrieveTI", "http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI",
                Envelope("<tx:retrieveTIGroupsRequest xmlns:tx=\"http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2\"><informationCustomer><customerIdentification><cbeNumber>0212344876</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext><searchInformation><ssin>85073003328</ssin><history>true</history></searchInformation></tx:retrieveTIGroupsRequest>")),
        };
        foreach (var (name, path, action, body) in operations)
        {
            for (int i = 0; i < 50; i++)
            {
                await Send(http, path, action, body); // warm-up
            }

            var latencies = new List<double>(requests);
            var total = Stopwatch.StartNew();
            int next = 0;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) <= requests)
                {
                    var one = Stopwatch.StartNew();
                    await Send(http, path, action, body);
                    lock (latencies)
                    {
                        latencies.Add(one.Elapsed.TotalMilliseconds);
                    }
                }
            }));
            latencies.Sort();
            Console.WriteLine($"  {name,-42} {requests / total.Elapsed.TotalSeconds,8:F0} req/s   p50 {latencies[latencies.Count / 2],6:F2} ms   p95 {latencies[latencies.Count * 95 / 100],6:F2} ms");
        }

        await app.StopAsync();
        return 0;
    }

    private static async Task Send(HttpClient http, string path, string action, string envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
        request.Headers.TryAddWithoutValidation("SOAPAction", action);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Envelope(string body) =>
        $"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>";

    private static string Ssdn(string body, string serviceId) => Envelope(
        "<wsc:xmlString xmlns:wsc=\"http://ksz-bcss.fgov.be/connectors/WebServiceConnector\"><![CDATA[<SSDNRequest xmlns=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/Service\">"
        + "<RequestContext><AuthorizedUser><UserID>00901234567</UserID><Email>bench@cpas.example.be</Email><OrgUnit>0212344876</OrgUnit><MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></AuthorizedUser></RequestContext>"
        + $"<ServiceRequest><ServiceId>{serviceId}</ServiceId><Version>20050930</Version>{body}</ServiceRequest></SSDNRequest>]]></wsc:xmlString>");
}
