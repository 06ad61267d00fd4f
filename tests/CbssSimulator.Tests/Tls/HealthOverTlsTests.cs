using CbssSimulator.Cli;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Tls;

/// <summary>The health verb against an HTTPS simulator in required mode: it needs the CA, and the client certificate.</summary>
[Collection(ConsoleCollection.Name)]
public class HealthOverTlsTests(TlsRequiredFactory factory) : IClassFixture<TlsRequiredFactory>
{
    [Fact]
    public async Task Health_WithTheCaAndACertificate_ExitsZero_WithoutEitherOne()
    {
        var certs = factory.Certificates;
        string url = factory.BaseAddress.ToString();
        Assert.Equal(0, await Verbs.RunAsync(["health", "--url", url, "--ca", certs.CaPem, "--cert", certs.Eupen.Pem, "--key", certs.Eupen.Key]));
        Assert.Equal(1, await Verbs.RunAsync(["health", "--url", url, "--ca", certs.CaPem])); // no certificate: no TLS connection
        Assert.Equal(1, await Verbs.RunAsync(["health", "--url", url, "--cert", certs.Eupen.Pem])); // the test CA is not trusted
        Assert.Equal(2, await Verbs.RunAsync(["health", "--url", url, "--ca", Path.Combine(certs.Folder, "missing.pem")]));
    }
}
