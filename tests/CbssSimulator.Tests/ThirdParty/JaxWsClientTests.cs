using System.Diagnostics;
using System.Xml.Linq;
using CbssSimulator.Hosting;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.ThirdParty;

/// <summary>
/// Java vendors generate their clients with JAX-WS <c>wsimport</c> (Debian: <c>jaxws</c>, <c>default-jdk-headless</c>):
/// every WSDL we serve generates Java code that compiles, and the generated clients call the simulator over a real port
/// and read its answers. Skipped, with a message, where wsimport or javac is not installed.
/// </summary>
public class JaxWsClientTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    private const string Missing = "JAX-WS wsimport and javac are not installed (Debian: apt-get install jaxws default-jdk-headless); .ci/run installs them.";

    private static readonly string[] JavaLibraries = ["/usr/share/jaxws/lib", "/usr/share/java"];

    private static bool Installed => OnPath("wsimport") && OnPath("javac") && OnPath("java") && Directory.Exists(JavaLibraries[0]);

    [SkippableFact]
    public async Task EveryServedWsdl_GeneratesJavaThatCompiles_AndTheGeneratedClientsCall()
    {
        Skip.IfNot(Installed, Missing);
        var folder = TestTemp.Folder("jaxws");
        string baseUrl = factory.BaseAddress.ToString().TrimEnd('/');
        var endpoints = ServiceModules.SoapEndpoints.Select(e => e.Path).Distinct().ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} endpoints: the module list no longer gives them");

        // wsimport each served WSDL into a package of its own, as a vendor would
        Directory.CreateDirectory(Path.Combine(folder, "gen"));
        var failures = new List<string>();
        for (int i = 0; i < endpoints.Count; i++)
        {
            var (code, output) = await Run(folder, "wsimport", "-keep", "-Xnocompile", "-quiet", "-d", "gen", "-p", $"be.cbss.p{i}", $"{baseUrl}{endpoints[i]}?wsdl");
            if (code != 0 || !Directory.Exists(Path.Combine(folder, "gen", "be", "cbss", $"p{i}")))
            {
                failures.Add($"{endpoints[i]}: wsimport exited {code}: {output}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // the clients of the connector and of TestConnection, used by a small program
        int ssdn = endpoints.IndexOf(Wire.Ssdn.SsdnNamespaces.Path), test = endpoints.FindIndex(p => p.Contains("TestConnection", StringComparison.Ordinal));
        Assert.True(ssdn >= 0 && test >= 0, "the SSDN connector and TestConnection are served");
        await File.WriteAllTextAsync(Path.Combine(folder, "gen", "Main.java"), MainProgram(ssdn, test));
        string classPath = string.Join(':', JavaLibraries.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.jar")).Order(StringComparer.Ordinal));
        var sources = Directory.GetFiles(Path.Combine(folder, "gen"), "*.java", SearchOption.AllDirectories);
        var (compiled, compileOutput) = await Run(folder, "javac", ["-nowarn", "-encoding", "UTF-8", "-cp", classPath, "-d", "classes", .. sources]);
        Assert.True(compiled == 0, "javac: " + compileOutput);

        var example = XDocument.Parse(await factory.CreateClient().GetStringAsync(
            "/admin/services/OCMWCPASIdentifyPerson/search/example?ssin=85073003328&cbe=0212344876&format=xml"));
        string xmlString = example.Descendants(XName.Get("xmlString", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector")).Single().Value;
        await File.WriteAllTextAsync(Path.Combine(folder, "request.xml"), xmlString);
        var (ran, answer) = await Run(folder, "java", "-cp", "classes:" + classPath, "Main",
            baseUrl + endpoints[test], baseUrl + endpoints[ssdn], Path.Combine(folder, "request.xml"));
        Assert.True(ran == 0, "java: " + answer);
        Assert.Contains("echo=from-java", answer, StringComparison.Ordinal);
        var reply = XDocument.Parse(answer[(answer.IndexOf("ssdn=", StringComparison.Ordinal) + 5)..].Trim());
        Assert.Equal("YES", reply.Descendants().First(e => e.Name.LocalName == "ResultSummary").Attribute("ok")?.Value);
        Assert.Equal("85073003328", reply.Descendants().First(e => e.Name.LocalName == "SSIN").Value);
    }

    private static string MainProgram(int ssdn, int test) => $$"""
        import javax.xml.ws.BindingProvider;

        public class Main {
          public static void main(String[] a) throws Exception {
            be.cbss.p{{test}}.TestConnectionServicePortType tc =
              new be.cbss.p{{test}}.TestConnectionServiceService(new java.net.URL(a[0] + "?wsdl")).getTestConnectionServiceService();
            ((BindingProvider) tc).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, a[0]);
            be.cbss.p{{test}}.SendTestMessageRequestType r = new be.cbss.p{{test}}.SendTestMessageRequestType();
            r.setEcho("from-java");
            System.out.println("echo=" + tc.sendTestMessage(r).getEcho());

            be.cbss.p{{ssdn}}.KSZBCSSWebServiceConnector port =
              new be.cbss.p{{ssdn}}.KSZBCSSWebService(new java.net.URL(a[1] + "?wsdl")).getKSZBCSSWebServiceConnectorPort();
            ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, a[1]);
            String request = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(a[2])), "UTF-8");
            System.out.println("ssdn=" + port.sendXML(request));
          }
        }
        """;

    private static async Task<(int Code, string Output)> Run(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + (process.ExitCode == 0 ? "" : await error));
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));
}
