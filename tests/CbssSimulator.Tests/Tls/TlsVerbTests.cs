using System.Security.Cryptography.X509Certificates;
using CbssSimulator.Cli;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using CbssSimulator.Tls;
using Xunit;

namespace CbssSimulator.Tests.Tls;

/// <summary>The certificates verb and serve's TLS options, in-process: what they write, and the exit-2 messages.</summary>
[Collection(ConsoleCollection.Name)]
public class TlsVerbTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => VerbRunner.Run(args);

    [Fact]
    public async Task Certificates_WritesPemAndPfx_KeepsTheCa_AndTheClientCertificatesNameTheirCpas()
    {
        string folder = TestTemp.Folder("verb-certs");
        var (code, output, _) = await Run("certificates", "--out", folder, "--cpas", "0212344876", "--cpas", "0207510417=OCMW Test", "--host", "sim.test", "--host", "10.1.2.3");
        Assert.Equal(0, code);
        Assert.Contains("Made a test CA", output, StringComparison.Ordinal);
        foreach (var name in new[] { "ca", "server", "cpas-0212344876", "cpas-0207510417" })
        {
            Assert.All(new[] { ".pem", ".key", ".pfx" }, extension => Assert.True(File.Exists(Path.Combine(folder, name + extension)), name + extension));
        }

        using (var server = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "server.pem"), Path.Combine(folder, "server.key")))
        {
            Assert.True(server.MatchesHostname("localhost"));
            Assert.True(server.MatchesHostname("sim.test"));
            Assert.True(server.MatchesHostname("10.1.2.3"));
            Assert.False(server.MatchesHostname("elsewhere.test"));
        }

        string ca = await File.ReadAllTextAsync(Path.Combine(folder, "ca.pem"));
        (code, output, _) = await Run("certificates", "--out", folder, "--cpas", "0207510417");
        Assert.Equal(0, code);
        Assert.Contains("Kept the test CA", output, StringComparison.Ordinal);
        Assert.Equal(ca, await File.ReadAllTextAsync(Path.Combine(folder, "ca.pem")));

        using var authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, "ca.pem"));
        using var other = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "cpas-0207510417.pfx"), "");
        Assert.True(other.HasPrivateKey);
        Assert.Equal("0207510417", CertificateOrganisation.Cbe(other));
        Assert.Contains("O=CPAS 0207.510.417", other.Subject, StringComparison.Ordinal); // no name given this time
        Assert.True(TlsSetup.ChainsTo(other, [authority]));

    }

    [Fact]
    public async Task CertificatesHelp_PrintsTheUsage_AndWritesNothing()
    {
        string before = Directory.GetCurrentDirectory();
        var (code, output, _) = await Run("certificates", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--client-certificates", (await Run("serve", "--help")).Out, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Made a test CA", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(before, "certs")) && File.Exists(Path.Combine(before, "certs", "ca.pem"))
            && File.GetLastWriteTimeUtc(Path.Combine(before, "certs", "ca.pem")) > TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1));
    }

    [Theory]
    [InlineData("certificates", "--cpas", "0212344877")] // check number wrong
    [InlineData("certificates", "--cpas", "abc")]
    [InlineData("serve", "--client-certificates", "sometimes")]
    public async Task BadValues_ExitTwo(params string[] args)
    {
        var (code, _, error) = await Run([.. args, .. args[0] == "certificates" ? new[] { "--out", TestTemp.Folder("bad") } : []]);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Serve_ClientCertificatesWithoutHttps_OrHttpsWithoutCertificate_ExitTwo_SayingWhatToDo()
    {
        string db = Path.Combine(TestTemp.Folder("tls-serve"), "r.db");
        var (code, _, error) = await Run("serve", "--db", db, "--persons", "20", "--urls", "http://127.0.0.1:0", "--client-certificates", "required");
        Assert.Equal(2, code);
        Assert.Contains("--client-certificates needs --https", error, StringComparison.Ordinal);

        (code, _, error) = await Run("serve", "--db", db, "--persons", "20", "--https", "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, code);
        Assert.Contains("has no https:// address", error, StringComparison.Ordinal);

        (code, _, error) = await Run("serve", "--db", db, "--persons", "20", "--urls", "https://127.0.0.1:0", "--Tls:Https=true", "--Tls:ClientCertificates=sometimes");
        Assert.Equal(2, code);
        Assert.Contains("Tls:ClientCertificates none, allow or required", error, StringComparison.Ordinal);

        string empty = TestTemp.Folder("no-certs");
        (code, _, error) = await Run("serve", "--db", db, "--persons", "20", "--https", "--certificates", empty, "--urls", "https://127.0.0.1:0");
        Assert.Equal(2, code);
        Assert.Contains($"the server certificate {Path.Combine(empty, "server.pem")} does not exist", error, StringComparison.Ordinal);
        Assert.Contains("certificates --out", error, StringComparison.Ordinal);
    }
}
