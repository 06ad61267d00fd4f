using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Catalogue;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.ThirdParty;

/// <summary>
/// Real third-party SOAP clients against the simulator on a real port: Python zeep, PHP SoapClient and Python suds (the
/// library Lino Welfare uses; Debian packages python3-zeep, php-soap + php-xml, python3-suds, run with /usr/bin/python3
/// and /usr/bin/php). Every served WSDL (the catalogue's served paths, so a new service is covered without editing this
/// test) is loaded, one operation of every service is called with the catalogue's example, and the parsed answer must
/// carry the status and codes the simulator gave the same request (in a sandbox of its own made the same way): SOA
/// status value and code, eHealth StatusCode, SSDN ok and reason codes, TestConnection's echo, a fault's code and the
/// codes of its detail.
/// Two requests are refused on purpose: an SSIN that breaks the pattern (Tx25: a fault with a CBSSFaultType detail) and a
/// DOCTYPE in the connector's xmlString (a fault with its declared sendXMLFault detail). One process per tool runs every
/// call. A tool that is not installed skips its test with the package to install.
/// </summary>
public class ThirdPartyClientTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    private const string Python = "/usr/bin/python3";
    private const string Php = "/usr/bin/php";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, "tests", "CbssSimulator.Tests", "ThirdParty");

    private const string ConnectorRefusal = "SSDN connector (refused)";

    private sealed record Job(string Id, string Path, string Wsdl, string Operation, string Action, string Body, bool Ssdn, string? XmlString);

    private sealed record Result(string? Fault, List<string>? Values, string? Error);

    [SkippableFact]
    public Task Zeep_LoadsEveryServedWsdl_AndParsesEveryServicesAnswer() =>
        RunAsync("zeep", Python, "zeep_client.py", "import zeep", "python3-zeep (apt-get install python3-zeep)");

    [SkippableFact]
    public Task PhpSoapClient_LoadsEveryServedWsdl_AndParsesEveryServicesAnswer() =>
        RunAsync("php", Php, "php_client.php", null, "php-cli, php-soap and php-xml (apt-get install php-cli php-soap php-xml)");

    [SkippableFact]
    public Task Suds_LoadsEveryServedWsdl_AndParsesEveryServicesAnswer() =>
        RunAsync("suds", Python, "suds_client.py", "import suds.client", "python3-suds (apt-get install python3-suds)");

    private async Task RunAsync(string tool, string program, string script, string? pythonImport, string package)
    {
        Skip.IfNot(Available(program, pythonImport), $"{tool} is not installed here: install {package} to run this test.");
        var http = factory.Soap().Http;
        foreach (var name in new[] { $"ref-{tool}", tool })
        {
            using var made = await http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons = 200 });
            made.EnsureSuccessStatusCode();
        }

        var jobs = await JobsAsync(http, $"ref-{tool}", tool);
        var served = ServiceCatalogue.Entries.Where(e => e.Served).Select(e => e.Path!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(served.Order(StringComparer.Ordinal), jobs.Select(j => j.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.True(served.Count >= 27, $"only {served.Count} WSDLs served");

        var expected = new List<IReadOnlyList<string>>();
        foreach (var job in jobs)
        {
            expected.Add(await ReferenceAsync(http, $"/sandboxes/ref-{tool}{job.Path}", job));
        }

        var jobFile = TestTemp.File($"{tool}-jobs.json");
        await File.WriteAllTextAsync(jobFile, JsonSerializer.Serialize(jobs.Select(j => new
        {
            id = j.Id, wsdl = j.Wsdl, operation = j.Operation, body = j.Body, ssdn = j.Ssdn, xmlString = j.XmlString,
        })));
        var results = JsonSerializer.Deserialize<Dictionary<string, Result>>(await RunToolAsync(program, Path.Combine(Folder, script), jobFile),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        TestTemp.Remove(jobFile);

        var wrong = new List<string>();
        for (int i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            if (!results.TryGetValue(job.Id, out var got) || got.Error is not null)
            {
                wrong.Add($"{job.Id}: {got?.Error ?? "no result"}");
                continue;
            }

            var codes = expected[i];
            var fault = codes.FirstOrDefault(c => c.StartsWith("fault:", StringComparison.Ordinal));
            if (fault is not null && (got.Fault is null || !got.Fault.EndsWith(fault[6..], StringComparison.Ordinal)))
            {
                wrong.Add($"{job.Id}: expected the SOAP fault {fault[6..]}, the client saw {got.Fault ?? "an answer"}");
            }

            var missing = codes.Where(c => !c.StartsWith("fault:", StringComparison.Ordinal) && !(got.Values ?? []).Contains(c)).ToList();
            if (missing.Count > 0)
            {
                wrong.Add($"{job.Id}: {string.Join(", ", missing)} not in what {tool} parsed ({string.Join(" | ", (got.Values ?? []).Take(30))})");
            }
        }

        Assert.True(wrong.Count == 0, $"{tool}: {wrong.Count} of {jobs.Count} calls went wrong:\n" + string.Join("\n", wrong));
        Assert.Contains(jobs, j => j.Id.EndsWith("(refused)", StringComparison.Ordinal) && j.Ssdn);
    }

    /// <summary>One job per served service (its first served operation, with the catalogue's example), and the two refusals.</summary>
    private static async Task<List<Job>> JobsAsync(HttpClient http, string reference, string sandbox)
    {
        var jobs = new List<Job>();
        var wsdls = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var entry in ServiceCatalogue.Entries.Where(e => e.Served && e.Style != TransportStyle.Push).DistinctBy(e => e.Service)) // push rows are sent to the vendor, not called
        {
            var example = (await http.GetFromJsonAsync<ExampleRequest>($"/admin/sandboxes/{reference}/services/{entry.Service}/{entry.Operation}/example"))!;
            var body = XDocument.Parse(example.Envelope).Root!.Element(Soap + "Body")!.Elements().Single();
            if (!wsdls.TryGetValue(entry.Path!, out var wsdl))
            {
                wsdls[entry.Path!] = wsdl = XDocument.Parse(await http.GetStringAsync($"/sandboxes/{sandbox}{entry.Path}?wsdl"));
            }

            string operation = wsdl.Descendants(Wsdl + "binding").Elements(Wsdl + "operation")
                .Single(o => o.Element(WsdlSoap + "operation")?.Attribute("soapAction")?.Value == entry.SoapAction).Attribute("name")!.Value;
            bool ssdn = entry.Style == TransportStyle.Ssdn;
            jobs.Add(new Job($"{entry.Service}/{entry.Operation}", entry.Path!, $"{http.BaseAddress}sandboxes/{sandbox}{entry.Path}?wsdl", operation,
                entry.SoapAction!, body.ToString(SaveOptions.DisableFormatting), ssdn, ssdn ? body.Value : null));
        }

        var tx25 = jobs.First(j => j.Id == "RetrieveTIGroups/retrieveTI");
        jobs.Add(tx25 with { Id = "RetrieveTIGroups/retrieveTI (refused)", Body = tx25.Body.Replace(ExampleRequests.DefaultSsin, "8507300332", StringComparison.Ordinal) });
        var ssdnJob = jobs.First(j => j.Ssdn);
        string doctype = "<!DOCTYPE SSDNRequest [<!ENTITY x \"y\">]>" + ssdnJob.XmlString;
        jobs.Add(ssdnJob with
        {
            Id = ConnectorRefusal, XmlString = doctype,
            Body = new XElement(XName.Get("xmlString", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector"), doctype).ToString(SaveOptions.DisableFormatting),
        });
        return jobs;
    }

    /// <summary>The codes the simulator itself answers the job with: a fault's code and detail codes, else the status values.</summary>
    private static async Task<IReadOnlyList<string>> ReferenceAsync(HttpClient http, string path, Job job)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent($"<soapenv:Envelope xmlns:soapenv=\"{Soap}\"><soapenv:Body>{job.Body}</soapenv:Body></soapenv:Envelope>", Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{job.Action}\"");
        using var answer = await http.SendAsync(request);
        var body = XDocument.Parse(await answer.Content.ReadAsStringAsync()).Root!.Element(Soap + "Body")!.Elements().Single();
        if (body.Name == Soap + "Fault")
        {
            return [$"fault:{body.Element("faultcode")!.Value.Split(':')[^1]}", .. body.Descendants().Where(e => e.Name.LocalName == "reasonCode").Select(e => e.Value)];
        }

        if (job.Ssdn)
        {
            var reply = XDocument.Parse(body.Value).Root!;
            var summaries = reply.Descendants().Where(e => e.Name.LocalName == "ResultSummary").ToList();
            return [.. summaries.Select(s => s.Attribute("ok")!.Value), .. reply.Descendants().Where(e => e.Name.LocalName == "ReasonCode").Select(e => e.Value)];
        }

        var status = body.Descendants().FirstOrDefault(e => e.Name.LocalName == "status");
        if (status is not null)
        {
            return [.. status.Elements().Where(e => e.Name.LocalName is "value" or "code").Select(e => e.Value)];
        }

        if (body.Descendants().FirstOrDefault(e => e.Name.LocalName == "StatusCode") is { } ehealth)
        {
            return [ehealth.Attribute("Value")!.Value];
        }

        // TestConnection has no status: its echo is what the client must read back.
        return [body.Descendants().Single(e => e.Name.LocalName == "echo").Value];
    }

    private static bool Available(string program, string? pythonImport)
    {
        if (!File.Exists(program))
        {
            return false;
        }

        var check = pythonImport is null
            ? Start(program, "-r", "exit(class_exists('SoapClient') && class_exists('DOMDocument') ? 0 : 1);")
            : Start(program, "-c", pythonImport);
        check.WaitForExit(30_000);
        return check.HasExited && check.ExitCode == 0;
    }

    private static Process Start(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        // Debian's interpreters, not a user's: no PYTHONPATH or PYTHONHOME from the environment (pyenv shims set them).
        info.Environment.Remove("PYTHONPATH");
        info.Environment.Remove("PYTHONHOME");
        return Process.Start(info)!;
    }

    private static async Task<string> RunToolAsync(string program, string script, string jobFile)
    {
        using var process = Start(program, script, jobFile);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} exited with {process.ExitCode}: {await errors}");
        return await output;
    }
}
