using System.CommandLine;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>health --url URL</c>: exit 0 when the simulator answers /health (container health checks); over HTTPS with a test
/// CA, <c>--ca certs/ca.pem</c>, and in client-certificate mode <c>required</c>, <c>--cert</c>/<c>--key</c> (docs/tls.md).
/// </summary>
public static class HealthVerb
{
    public static Command Command()
    {
        var url = new Option<string>("--url") { Description = "The simulator's base address (default: the first of ASPNETCORE_URLS, else http://localhost:8080).", DefaultValueFactory = _ => DefaultUrl(), HelpName = "URL" };
        var ca = new Option<string?>("--ca") { Description = "Trust this CA (PEM) for an https:// address, e.g. certs/ca.pem.", HelpName = "FILE" };
        var cert = new Option<string?>("--cert") { Description = "Present this client certificate (PEM, with --key): for --client-certificates required.", HelpName = "FILE" };
        var key = new Option<string?>("--key") { Description = "The PEM key of --cert (default: its name with .key).", HelpName = "FILE" };
        var health = new Command("health", "Exit 0 when the simulator answers /health (for container health checks).") { url, ca, cert, key };
        health.SetAction((p, _) => Run(p.GetValue(url)!, p.GetValue(ca), p.GetValue(cert), p.GetValue(key)));
        return health;
    }

    /// <summary>Where <c>health</c> looks by default: the first URL the simulator would listen on, a wildcard host read as localhost.</summary>
    internal static string DefaultUrl()
    {
        string? first = Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is null ? "http://localhost:8080"
            : System.Text.RegularExpressions.Regex.Replace(first, @"^(https?://)(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)", "$1localhost");
    }

    private static async Task<int> Run(string url, string? ca, string? cert, string? key)
    {
        foreach (var (option, file) in new[] { ("--ca", ca), ("--cert", cert), ("--key", key) })
        {
            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"health {option}: {Path.GetFullPath(file)} does not exist.");
                return 2;
            }
        }

        SocketsHttpHandler handler;
        try
        {
            handler = Handler(ca, cert, key);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or Tls.TlsSetupException)
        {
            Console.Error.WriteLine($"health: {e.Message}");
            return 2;
        }

        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url.TrimEnd('/') + "/health");
            Console.WriteLine($"{url}/health: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException)
        {
            Console.Error.WriteLine($"{url}/health: {e.Message}");
            return 1;
        }
    }

    private static SocketsHttpHandler Handler(string? ca, string? cert, string? key)
    {
        var handler = new SocketsHttpHandler();
        if (ca is not null)
        {
            var authorities = Tls.TlsSetup.Authorities(Path.GetFullPath(ca));
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || (certificate is X509Certificate2 server && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
                    && ServerChainsTo(server, authorities));
        }

        if (cert is not null)
        {
            using var pem = X509Certificate2.CreateFromPemFile(Path.GetFullPath(cert), Path.GetFullPath(key ?? Path.ChangeExtension(cert, ".key")));
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null)];
        }

        return handler;
    }

    private static bool ServerChainsTo(X509Certificate2 server, X509Certificate2Collection authorities)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }
}
