using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CbssSimulator.Tls;

/// <summary>A certificate and the files it was written to.</summary>
public sealed record WrittenCertificate(string Role, string Subject, string Pem, string Key, string Pfx);

/// <summary>
/// A local test CA, a server certificate and one client certificate per CPAS, made with
/// <see cref="CertificateRequest"/> (no openssl) and written as PEM (certificate, unencrypted PKCS#8 key) and PFX
/// (docs/decisions.md, "TLS and metrics"). The CBE/KBO number of a CPAS is in its certificate's subject as
/// <c>OU=CBE=&lt;number&gt;</c> and <c>serialNumber=&lt;number&gt;</c>; <see cref="CertificateOrganisation"/> reads it back.
/// </summary>
public static class TestCertificates
{
    public const string CaPem = "ca.pem";
    public const string CaKey = "ca.key";
    public const string ServerPem = "server.pem";
    public const string ServerKey = "server.key";

    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>The CPAS file names: <c>cpas-&lt;KBO&gt;.pem</c>, <c>.key</c>, <c>.pfx</c>.</summary>
    public static string CpasBaseName(string cbe) => "cpas-" + cbe;

    /// <summary>The CA of <paramref name="folder"/> (ca.pem + ca.key) when it holds one, else a new one written there.</summary>
    public static (X509Certificate2 Ca, bool Made) LoadOrCreateCa(string folder, DateTimeOffset now, string? pfxPassword)
    {
        string pem = Path.Combine(folder, CaPem), key = Path.Combine(folder, CaKey);
        if (File.Exists(pem) && File.Exists(key))
        {
            return (X509Certificate2.CreateFromPemFile(pem, key), false);
        }

        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=CBSS Simulator test CA, O=CBSS Simulator (test only), C=BE", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var ca = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        Write(folder, "ca", ca, rsa, pfxPassword, chain: null);
        return (ca, true);
    }

    /// <summary>The server certificate: localhost, 127.0.0.1, ::1 and <paramref name="names"/> (DNS names or IP addresses).</summary>
    public static WrittenCertificate CreateServer(string folder, X509Certificate2 ca, IEnumerable<string> names, DateTimeOffset now, string? pfxPassword)
    {
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        san.AddIpAddress(IPAddress.IPv6Loopback);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (IPAddress.TryParse(name, out var ip))
            {
                san.AddIpAddress(ip);
            }
            else
            {
                san.AddDnsName(name);
            }
        }

        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost, O=CBSS Simulator (test only), C=BE", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuth)], false));
        return Issue(folder, "server", request, rsa, ca, now, pfxPassword);
    }

    /// <summary>A CPAS's client certificate: <c>CN=&lt;name&gt;, OU=CBE=&lt;KBO&gt;, serialNumber=&lt;KBO&gt;, O=&lt;name&gt;, C=BE</c>.</summary>
    public static WrittenCertificate CreateCpas(string folder, X509Certificate2 ca, string cbe, string name, DateTimeOffset now, string? pfxPassword)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BE");
        subject.AddOrganizationName(name);
        subject.Add(CertificateOrganisation.SerialNumberOid, cbe, System.Formats.Asn1.UniversalTagNumber.PrintableString);
        subject.AddOrganizationalUnitName(CertificateOrganisation.CbePrefix + cbe);
        subject.AddCommonName(name);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ClientAuth)], false));
        return Issue(folder, CpasBaseName(cbe), request, rsa, ca, now, pfxPassword);
    }

    private static WrittenCertificate Issue(string folder, string baseName, CertificateRequest request, RSA key, X509Certificate2 ca,
        DateTimeOffset now, string? pfxPassword)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        var notAfter = now.AddYears(2) < ca.NotAfter ? now.AddYears(2) : new DateTimeOffset(ca.NotAfter.ToUniversalTime());
        using var signed = request.Create(ca, now.AddDays(-1), notAfter, RandomNumberGenerator.GetBytes(16));
        using var withKey = signed.CopyWithPrivateKey(key);
        return Write(folder, baseName, withKey, key, pfxPassword, ca);
    }

    private static WrittenCertificate Write(string folder, string baseName, X509Certificate2 certificate, RSA key, string? pfxPassword, X509Certificate2? chain)
    {
        string pem = Path.Combine(folder, baseName + ".pem"), keyFile = Path.Combine(folder, baseName + ".key"), pfx = Path.Combine(folder, baseName + ".pfx");
        File.WriteAllText(pem, certificate.ExportCertificatePem() + "\n");
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var bundle = new X509Certificate2Collection(certificate.HasPrivateKey ? certificate : certificate.CopyWithPrivateKey(key));
        if (chain is not null)
        {
            bundle.Add(X509CertificateLoader.LoadCertificate(chain.RawData)); // the CA, without its key
        }

        File.WriteAllBytes(pfx, bundle.Export(X509ContentType.Pkcs12, pfxPassword ?? "")!);
        return new WrittenCertificate(baseName, certificate.Subject, pem, keyFile, pfx);
    }
}
