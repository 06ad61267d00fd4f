namespace CbssSimulator.Tls;

/// <summary>Whether a client certificate is asked for, and what happens without one (docs/tls.md).</summary>
public enum ClientCertificates
{
    /// <summary>No client certificate is asked for (the default).</summary>
    None,

    /// <summary>The TLS handshake asks for one and refuses one that does not chain to the CA; a SOAP call made without one is a 403 SOAP fault; the admin API, /health, /metrics and the WSDLs stay reachable without.</summary>
    Allow,

    /// <summary>The TLS handshake refuses a connection without a certificate that chains to the CA (as the BCSS does): every path needs one.</summary>
    Required,
}

/// <summary>
/// TLS settings (section "Tls"; <c>serve --https</c>, <c>--cert</c>, <c>--key</c>, <c>--cert-password</c>,
/// <c>--certificates</c>, <c>--client-certificates</c>, <c>--client-ca</c> set them). HTTP stays the default.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>Serve HTTPS with the server certificate below; without --urls the simulator then listens on https://localhost:8443.</summary>
    public bool Https { get; set; }

    /// <summary>The folder the <c>certificates</c> verb wrote: server.pem/server.key and ca.pem are taken from it when Certificate / ClientCa are not given. Default "certs".</summary>
    public string Folder { get; set; } = "certs";

    /// <summary>The server certificate: a PEM file (with <see cref="Key"/>) or a PFX/P12 file (with <see cref="Password"/>).</summary>
    public string? Certificate { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="Certificate"/> (default: the certificate's name with .key).</summary>
    public string? Key { get; set; }

    /// <summary>The PFX password, or the password of an encrypted PEM key.</summary>
    public string? Password { get; set; }

    public ClientCertificates ClientCertificates { get; set; }

    /// <summary>The CA (PEM, one or more certificates) client certificates must chain to; default ca.pem of <see cref="Folder"/>.</summary>
    public string? ClientCa { get; set; }

    /// <summary>Client certificates are asked for and the SOAP gate checks the organisation they name.</summary>
    public bool ChecksClients => Https && ClientCertificates != ClientCertificates.None;

    public string ServerCertificatePath => Path.GetFullPath(Certificate ?? Path.Combine(Folder, TestCertificates.ServerPem));

    public string ServerKeyPath => Path.GetFullPath(Key ?? (Certificate is null ? Path.Combine(Folder, TestCertificates.ServerKey) : Path.ChangeExtension(Certificate, ".key")));

    public string ClientCaPath => Path.GetFullPath(ClientCa ?? Path.Combine(Folder, TestCertificates.CaPem));
}

/// <summary>A TLS setting that cannot be served (a missing or unreadable file, --client-certificates without --https): the start stops with this message (exit 2).</summary>
public sealed class TlsSetupException(string message) : Exception(message);
