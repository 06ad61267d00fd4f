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

        // wsimport each served WSDL into a folder of its own, its packages from the schemas' namespaces as a vendor gets
        // them, and compile each with javac: one JVM does them all (a small driver), so the test stays short
        string classPath = string.Join(':', JavaLibraries.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.jar")).Order(StringComparer.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "Generate.java"), GenerateProgram);
        var (built, buildOutput) = await Run(folder, "javac", "-nowarn", "-cp", classPath, "-d", "driver", "Generate.java");
        Assert.True(built == 0, "javac Generate.java: " + buildOutput);
        var (generated, report) = await Run(folder, "java", ["-cp", "driver:" + classPath, "Generate", classPath, .. endpoints.Select(e => $"{baseUrl}{e}?wsdl")]);
        var failures = report.Split('\n').Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        Assert.True(generated == 0 && failures.Count == 0, $"wsimport/javac (exit {generated}):\n" + string.Join("\n", failures) + "\n" + report[..Math.Min(report.Length, 4000)]);
        Assert.Equal(endpoints.Count, report.Split('\n').Count(l => l.StartsWith("OK", StringComparison.Ordinal)));

        // the generated clients of TestConnection and of the connector, used by a small program
        int ssdn = endpoints.IndexOf(Wire.Ssdn.SsdnNamespaces.Path), test = endpoints.FindIndex(p => p.Contains("TestConnection", StringComparison.Ordinal));
        Assert.True(ssdn >= 0 && test >= 0, "the SSDN connector and TestConnection are served");
        string testPackage = Package(folder, test, "TestConnectionServicePortType"), ssdnPackage = Package(folder, ssdn, "KSZBCSSWebService");
        string requestType = Package(folder, test, "SendTestMessageRequestType") + ".SendTestMessageRequestType";
        await File.WriteAllTextAsync(Path.Combine(folder, "Main.java"), MainProgram(testPackage, requestType, ssdnPackage));
        string clients = $"classes/{test}:classes/{ssdn}:{classPath}";
        var (compiled, compileOutput) = await Run(folder, "javac", "-nowarn", "-cp", clients, "-d", "main", "Main.java");
        Assert.True(compiled == 0, "javac Main.java: " + compileOutput);

        var example = XDocument.Parse(await factory.CreateClient().GetStringAsync(
            "/admin/services/OCMWCPASIdentifyPerson/search/example?ssin=85073003328&cbe=0212344876&format=xml"));
        string xmlString = example.Descendants(XName.Get("xmlString", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector")).Single().Value;
        await File.WriteAllTextAsync(Path.Combine(folder, "request.xml"), xmlString);
        var (ran, answer) = await Run(folder, "java", "-cp", "main:" + clients, "Main",
            baseUrl + endpoints[test], baseUrl + endpoints[ssdn], Path.Combine(folder, "request.xml"));
        Assert.True(ran == 0, "java: " + answer);
        Assert.Contains("echo=from-java", answer, StringComparison.Ordinal);
        var reply = XDocument.Parse(answer[(answer.IndexOf("ssdn=", StringComparison.Ordinal) + 5)..].Trim());
        var summary = reply.Descendants().FirstOrDefault(e => e.Name.LocalName == "ResultSummary");
        Assert.True(summary?.Attribute("ok")?.Value == "YES", "the connector's answer: " + reply);
        Assert.True(reply.Descendants().Any(e => e.Name.LocalName == "SocialSecurityUser" && e.Value == "85073003328"), "the connector's answer: " + reply);
    }

    /// <summary>The Java package wsimport gave the generated type <paramref name="type"/> of WSDL number <paramref name="index"/>.</summary>
    private static string Package(string folder, int index, string type)
    {
        var root = Path.Combine(folder, "gen", index.ToString(CultureInfo.InvariantCulture));
        var file = Directory.GetFiles(root, type + ".java", SearchOption.AllDirectories).Single();
        return Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('/', '.').Replace('\\', '.');
    }

    /// <summary>For each WSDL URL: wsimport into gen/N (no compile), then javac gen/N into classes/N; prints OK or FAIL per WSDL.</summary>
    private const string GenerateProgram = """
        import java.io.File;
        import java.nio.file.*;
        import java.util.*;
        import java.util.stream.*;
        import javax.tools.*;

        public class Generate {
          public static void main(String[] a) throws Throwable {
            String classPath = a[0];
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            for (int i = 1; i < a.length; i++) {
              int n = i - 1;
              String gen = "gen/" + n, classes = "classes/" + n;
              new File(gen).mkdirs(); new File(classes).mkdirs();
              int code = com.sun.tools.ws.WsImport.doMain(new String[] { "-keep", "-Xnocompile", "-quiet", "-d", gen, a[i] });
              if (code != 0) { System.out.println("FAIL " + a[i] + ": wsimport " + code); continue; }
              List<String> sources;
              try (Stream<Path> files = Files.walk(Paths.get(gen))) {
                sources = files.map(Path::toString).filter(f -> f.endsWith(".java")).collect(Collectors.toList());
              }
              if (sources.isEmpty()) { System.out.println("FAIL " + a[i] + ": no Java generated"); continue; }
              List<String> args = new ArrayList<>(Arrays.asList("-nowarn", "-encoding", "UTF-8", "-cp", classPath, "-d", classes));
              args.addAll(sources);
              java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
              int compiled = javac.run(null, null, err, args.toArray(new String[0]));
              System.out.println(compiled == 0 ? "OK " + a[i] + " (" + sources.size() + " classes)" : "FAIL " + a[i] + ": javac " + err);
            }
          }
        }
        """;

    private static string MainProgram(string test, string request, string ssdn) => $$"""
        import javax.xml.ws.BindingProvider;

        public class Main {
          public static void main(String[] a) throws Exception {
            {{test}}.TestConnectionServicePortType tc =
              new {{test}}.TestConnectionServiceService(new java.net.URL(a[0] + "?wsdl")).getTestConnectionServiceService();
            ((BindingProvider) tc).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, a[0]);
            {{request}} r = new {{request}}();
            r.setEcho("from-java");
            System.out.println("echo=" + tc.sendTestMessage(r).getEcho());

            {{ssdn}}.KSZBCSSWebServiceConnector port =
              new {{ssdn}}.KSZBCSSWebService(new java.net.URL(a[1] + "?wsdl")).getKSZBCSSWebServiceConnectorPort();
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
