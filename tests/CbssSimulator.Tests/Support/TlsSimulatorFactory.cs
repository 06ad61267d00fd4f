using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using CbssSimulator.Tls;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// Test certificates made with the <c>certificates</c> verb's code in a folder of the run: a CA, the server certificate,
/// client certificates for CPAS Eupen (<see cref="Envelopes.Cbe"/>) and another CPAS (<see cref="OtherCbe"/>), and a
/// certificate of CPAS Eupen signed by a second, untrusted CA.
/// </summary>
public sealed class TestCertificateSet
{
    public const string OtherCbe = "0207510417";

    public TestCertificateSet()
    {
        var now = TimeProvider.System.GetUtcNow();
        var (ca, _) = TestCertificates.LoadOrCreateCa(Folder, now, null);
        using (ca)
        {
            TestCertificates.CreateServer(Folder, ca, [], now, null);
            Eupen = TestCertificates.CreateCpas(Folder, ca, Envelopes.Cbe, "CPAS Eupen", now, null);
            Other = TestCertificates.CreateCpas(Folder, ca, OtherCbe, "OCMW Test", now, null);
        }

        var (stranger, _) = TestCertificates.LoadOrCreateCa(StrangerFolder, now, null);
        using (stranger)
        {
            Untrusted = TestCertificates.CreateCpas(StrangerFolder, stranger, Envelopes.Cbe, "CPAS Eupen", now, null);
        }

        Authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Folder, TestCertificates.CaPem));
    }

    public string Folder { get; } = TestTemp.Folder("certs");

    public string StrangerFolder { get; } = TestTemp.Folder("stranger-ca");

    public WrittenCertificate Eupen { get; }

    public WrittenCertificate Other { get; }

    public WrittenCertificate Untrusted { get; }

    public X509Certificate2 Authority { get; }

    public string CaPem => Path.Combine(Folder, TestCertificates.CaPem);

    /// <summary>The client certificate with its key, from its PFX.</summary>
    public static X509Certificate2 Load(WrittenCertificate written) => X509CertificateLoader.LoadPkcs12FromFile(written.Pfx, "");

    /// <summary>True when the server's certificate chains to the test CA (what a client configured with ca.pem checks).</summary>
    public bool TrustsServer(X509Certificate2? server)
    {
        if (server is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }

    /// <summary>An HttpClient on <paramref name="baseAddress"/> that trusts the test CA and presents <paramref name="client"/> (none when null).</summary>
    public HttpClient Client(Uri baseAddress, WrittenCertificate? client)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => TrustsServer(certificate as X509Certificate2),
                ClientCertificates = client is null ? null : new X509CertificateCollection { Load(client) },
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}

/// <summary>The simulator on a real Kestrel HTTPS port with the test certificates, in a client-certificate mode.</summary>
public abstract class TlsSimulatorFactory : SimulatorFactory
{
    protected TlsSimulatorFactory()
    {
        UseKestrel();
        StartServer();
    }

    public TestCertificateSet Certificates { get; } = new();

    protected abstract ClientCertificates Mode { get; }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["urls"] = "https://127.0.0.1:0",
        ["Tls:Https"] = "true",
        ["Tls:Folder"] = Certificates.Folder,
        ["Tls:ClientCertificates"] = Mode.ToString(),
    };

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public HttpClient Client(WrittenCertificate? client) => Certificates.Client(BaseAddress, client);
}

/// <summary>--client-certificates required: no TLS connection without a certificate of the test CA.</summary>
public sealed class TlsRequiredFactory : TlsSimulatorFactory
{
    protected override ClientCertificates Mode => ClientCertificates.Required;
}

/// <summary>--client-certificates allow: the handshake asks for one; SOAP calls without one are refused (403).</summary>
public sealed class TlsAllowFactory : TlsSimulatorFactory
{
    protected override ClientCertificates Mode => ClientCertificates.Allow;
}
