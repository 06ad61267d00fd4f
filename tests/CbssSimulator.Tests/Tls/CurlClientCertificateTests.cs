using System.Diagnostics;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using CbssSimulator.Tls;
using Xunit;

namespace CbssSimulator.Tests.Tls;

/// <summary>The same refusals through <c>curl --cert</c>, as docs/tls.md shows them; skipped with a message where curl is not installed.</summary>
public class CurlClientCertificateTests(TlsRequiredFactory factory) : IClassFixture<TlsRequiredFactory>
{
    [SkippableFact]
    public async Task RightCertificate_Tx25_IsAnswered()
    {
        var (exit, status, body) = await Curl(factory.Certificates, factory.Certificates.Eupen, factory.BaseAddress, SoapClient.Tx25Path, SoapClient.Tx25Action,
            Envelopes.Tx25(People.Adult(64).Ssin, Envelopes.Cbe));
        Assert.Equal((0, 200), (exit, status));
        Assert.Equal("MSG00012", Status(body).Element("code")!.Value);
    }

    [SkippableFact]
    public async Task OtherCpasCertificate_Tx25_IsTheFault_MSG00013()
    {
        var (exit, status, body) = await Curl(factory.Certificates, factory.Certificates.Other, factory.BaseAddress, SoapClient.Tx25Path, SoapClient.Tx25Action,
            Envelopes.Tx25(People.Adult(64).Ssin, Envelopes.Cbe));
        Assert.Equal((0, 500), (exit, status));
        var fault = XDocument.Parse(body).Descendants(SoapAnswer.Soap + "Fault").Single();
        Assert.Equal("soapenv:Client", fault.Element("faultcode")!.Value);
        Assert.Equal("MSG00013", fault.Descendants("reasonCode").Single().Value);
    }

    [SkippableFact]
    public async Task OtherCpasCertificate_Ssdn_Is30000014()
    {
        var (exit, status, body) = await Curl(factory.Certificates, factory.Certificates.Other, factory.BaseAddress, SoapClient.SsdnPath, SoapClient.SsdnAction,
            Envelopes.SendXml(Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan))));
        Assert.Equal((0, 200), (exit, status));
        var reply = new SsdnReply(XDocument.Parse(body).Descendants(XName.Get("xmlString", "http://ksz-bcss.fgov.be/connectors/WebServiceConnector")).Single().Value);
        Assert.Equal(["30000014"], reply.ContextCodes);
    }

    [SkippableFact]
    public async Task NoCertificate_IsRefusedInTheHandshake()
    {
        var (exit, status, _) = await Curl(factory.Certificates, null, factory.BaseAddress, SoapClient.Tx25Path, SoapClient.Tx25Action,
            Envelopes.Tx25(People.Stefaan, Envelopes.Cbe));
        Assert.NotEqual(0, exit); // curl: 56 (TLS alert "certificate required") or 16/18 under HTTP/2, never an HTTP answer
        Assert.Equal(0, status);
    }

    /// <summary>curl with the test CA, and the client certificate's PEM and key when given: exit code, HTTP status (0 when none), body.</summary>
    internal static async Task<(int Exit, int Status, string Body)> Curl(TestCertificateSet certificates, WrittenCertificate? client, Uri baseAddress,
        string path, string action, string envelope)
    {
        string? curl = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, OperatingSystem.IsWindows() ? "curl.exe" : "curl")).FirstOrDefault(File.Exists);
        Skip.If(curl is null, "curl is not installed: the curl --cert checks are skipped (the WCF client ones still run).");
        string request = TestTemp.File("envelope.xml"), answer = TestTemp.File("answer.xml");
        await File.WriteAllTextAsync(request, envelope);
        try
        {
            var start = new ProcessStartInfo(curl!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-sS", "--max-time", "30", "--cacert", certificates.CaPem, "-H", $"SOAPAction: \"{action}\"", "-H", "Content-Type: text/xml; charset=utf-8",
                "--data-binary", "@" + request, "-o", answer, "-w", "%{http_code}", new Uri(baseAddress, path).ToString() })
            {
                start.ArgumentList.Add(a);
            }

            if (client is not null)
            {
                foreach (var a in new[] { "--cert", client.Pem, "--key", client.Key })
                {
                    start.ArgumentList.Add(a);
                }
            }

            using var process = Process.Start(start)!;
            string written = await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            int status = int.TryParse(written.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
            return (process.ExitCode, status, File.Exists(answer) ? await File.ReadAllTextAsync(answer) : "");
        }
        finally
        {
            TestTemp.Remove(request);
            TestTemp.Remove(answer);
        }
    }

    private static XElement Status(string body) => XDocument.Parse(body).Descendants("status").Single();
}
