using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Tls;

/// <summary>
/// Serves HTTPS through Kestrel with the configured server certificate and, when asked, client certificates that must
/// chain to the configured CA, checked in the TLS handshake (docs/decisions.md, "TLS and metrics"). Off by default.
/// </summary>
public static class TlsSetup
{
    public const string DefaultHttpsUrl = "https://localhost:8443";

    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>Registers the options and Kestrel's HTTPS defaults; checks at once what can be told before the start.</summary>
    public static void Configure(WebApplicationBuilder builder)
    {
        TlsOptions tls;
        try
        {
            tls = builder.Configuration.GetSection("Tls").Get<TlsOptions>() ?? new TlsOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new TlsSetupException($"The Tls settings cannot be read ({e.InnerException?.Message ?? e.Message}): Tls:Https is true or false, Tls:ClientCertificates none, allow or required.");
        }

        if (tls.ClientCertificates != ClientCertificates.None && !tls.Https)
        {
            throw new TlsSetupException("--client-certificates needs --https (Tls:ClientCertificates needs Tls:Https=true).");
        }

        string? urls = builder.Configuration["urls"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        if (tls.Https && urls is not null && !urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new TlsSetupException($"--https: --urls '{urls}' has no https:// address (e.g. --urls {DefaultHttpsUrl}).");
        }

        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<TlsOptions>>((kestrel, options) => Apply(kestrel, options.Value));
    }

    private static void Apply(KestrelServerOptions kestrel, TlsOptions tls)
    {
        if (!tls.Https)
        {
            return;
        }

        var server = ServerCertificate(tls);
        var authorities = tls.ChecksClients ? Authorities(tls.ClientCaPath) : null;
        kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = server;
            https.CheckCertificateRevocation = false;
            https.ClientCertificateMode = tls.ClientCertificates switch
            {
                ClientCertificates.Required => ClientCertificateMode.RequireCertificate,
                ClientCertificates.Allow => ClientCertificateMode.AllowCertificate,
                _ => ClientCertificateMode.NoCertificate,
            };
            if (authorities is not null)
            {
                https.ClientCertificateValidation = (certificate, _, _) => ChainsTo(certificate, authorities);
            }
        });
    }

    /// <summary>True when <paramref name="certificate"/> chains to one of <paramref name="authorities"/> and may authenticate a client (no revocation check).</summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuth));
        return chain.Build(certificate);
    }

    /// <summary>The server certificate with its key, from PEM (certificate + key) or PFX; a missing or unreadable file is a <see cref="TlsSetupException"/>.</summary>
    public static X509Certificate2 ServerCertificate(TlsOptions tls)
    {
        string path = tls.ServerCertificatePath;
        if (!File.Exists(path))
        {
            throw new TlsSetupException($"--https: the server certificate {path} does not exist. Make test certificates with " +
                $"'certificates --out {tls.Folder}', or give yours with --cert FILE (PEM with --key FILE, or PFX with --cert-password).");
        }

        try
        {
            string extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is ".pfx" or ".p12")
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, tls.Password);
            }

            string key = tls.ServerKeyPath;
            if (!File.Exists(key))
            {
                throw new TlsSetupException($"--https: the key {key} of the server certificate {path} does not exist (give it with --key FILE).");
            }

            using var pem = string.IsNullOrEmpty(tls.Password)
                ? X509Certificate2.CreateFromPemFile(path, key)
                : X509Certificate2.CreateFromEncryptedPemFile(path, tls.Password, key);
            // Through PKCS#12 once, so the key is usable by SslStream on every platform.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new TlsSetupException($"--https: the server certificate {path} cannot be read: {e.Message}");
        }
    }

    /// <summary>The CA certificates client certificates must chain to (a PEM file of one or more certificates).</summary>
    public static X509Certificate2Collection Authorities(string path)
    {
        if (!File.Exists(path))
        {
            throw new TlsSetupException($"--client-certificates: the CA {path} does not exist. Make test certificates with 'certificates --out FOLDER', or give your CA with --client-ca FILE.");
        }

        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(path);
        }
        catch (CryptographicException e)
        {
            throw new TlsSetupException($"--client-certificates: the CA {path} cannot be read: {e.Message}");
        }

        return authorities.Count > 0 ? authorities
            : throw new TlsSetupException($"--client-certificates: {path} holds no PEM certificate.");
    }
}
