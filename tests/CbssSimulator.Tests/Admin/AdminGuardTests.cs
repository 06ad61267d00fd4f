using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CbssSimulator.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>The admin guard (docs/decisions.md, "Admin guard") without a token: loopback only, JSON only, own Origin only.</summary>
public class AdminGuardTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient http = factory.CreateClient();

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
    }

    private static HttpRequestMessage Put(string path, string json, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    [Fact]
    public async Task APlainTextPost_AsABrowserPageSendsIt_IsRefusedWith415_AndNothingIsReset()
    {
        using var response = await http.PostAsync("/admin/sandboxes/default/reset", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("'text/plain; charset=utf-8'", await Detail(response));
        using var form = await http.PutAsync("/admin/clock", new FormUrlEncodedContent([new("today", "2030-01-01")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task AForeignOrigin_IsRefusedWith403()
    {
        using var response = await http.SendAsync(Put("/admin/clock", """{"today":"2030-01-01"}""", "http://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Origin 'http://evil.example'", await Detail(response));
        Assert.Equal("2026-11-23", JsonDocument.Parse(await http.GetStringAsync("/admin/clock")).RootElement.GetProperty("today").GetString());
    }

    [Fact]
    public async Task SameOriginJson_IsAccepted_AndABodilessResetToo()
    {
        using var response = await http.SendAsync(Put("/admin/sandboxes/default/clock", """{"today":"2026-11-23"}""", "http://localhost"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reset = await http.PostAsync("/admin/sandboxes/default/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Fact]
    public async Task WithoutAToken_ANonLoopbackHost_IsRefused_ButHealthStaysOpen()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/clock");
        request.Headers.Host = "rebound.example:8080";
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Host 'rebound.example:8080'", await Detail(response));
        using var health = new HttpRequestMessage(HttpMethod.Get, "/health");
        health.Headers.Host = "rebound.example:8080";
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(health)).StatusCode);
    }

    [Fact]
    public async Task BasicNotConfigured_WrongCredentials_AreIgnored()
    {
        var client = new SoapClient(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("nobody:wrong")));
        var answer = await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, AdminTokenTests.TestMessage);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.IsFault);
    }
}

/// <summary>The admin guard with Admin:Token set, and HTTP Basic configured on the SOAP endpoints.</summary>
public class AdminTokenTests(AdminTokenTests.TokenFactory factory) : IClassFixture<AdminTokenTests.TokenFactory>
{
    public const string TestMessage = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>hello</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>""";

    public sealed class TokenFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Admin:Token"] = "s3cret-token",
            ["Soap:BasicAuth:User"] = "E0123456789",
            ["Soap:BasicAuth:Password"] = "right",
        };
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    [Fact]
    public async Task TheToken_IsRequired_Accepted_AsBearerOrHeader_AndAWrongOneRefused()
    {
        var http = factory.CreateClient();
        using var missing = await http.GetAsync("/admin/clock");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.StartsWith("Bearer", missing.Headers.WwwAuthenticate.ToString());
        Assert.Contains("needs the admin token", await missing.Content.ReadAsStringAsync());

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/admin/clock");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(bearer)).StatusCode);

        using var header = new HttpRequestMessage(HttpMethod.Get, "/admin/sandboxes");
        header.Headers.Add("X-Admin-Token", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(header)).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/admin/sandboxes/default/reset");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        using var refused = await http.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("The admin token sent is wrong.", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task BasicConfigured_AWrongOrMissingPassword_GetsTheAuthenticationFault()
    {
        var http = factory.CreateClient();
        var client = new SoapClient(http);
        foreach (var credentials in new[] { Basic("E0123456789", "wrong"), Basic("someone", "right"), null })
        {
            http.DefaultRequestHeaders.Authorization = credentials;
            var answer = await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, TestMessage);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("soapenv:Client", answer.FaultCode);
            Assert.Equal("authentication failed", answer.FaultString);
        }

        http.DefaultRequestHeaders.Authorization = Basic("E0123456789", "right");
        var ok = await client.PostAsync(SoapClient.TestPath, SoapClient.TestAction, TestMessage);
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.False(ok.IsFault);
    }
}

/// <summary>Without Admin:Token, a server listening beyond loopback guards the admin API with a generated token.</summary>
public class AdminGeneratedTokenTests
{
    private sealed class ListeningServer(params string[] addresses) : Microsoft.AspNetCore.Hosting.Server.IServer
    {
        public Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = Create(addresses);

        private static Microsoft.AspNetCore.Http.Features.FeatureCollection Create(string[] addresses)
        {
            var feature = new Microsoft.AspNetCore.Hosting.Server.Features.ServerAddressesFeature();
            foreach (var a in addresses)
            {
                feature.Addresses.Add(a);
            }

            var features = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
            features.Set<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>(feature);
            return features;
        }

        public Task StartAsync<TContext>(Microsoft.AspNetCore.Hosting.Server.IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class Lifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    private static async Task<int> Status(string address, string host)
    {
        bool reached = false;
        var guard = new CbssSimulator.Admin.AdminGuardMiddleware(_ => { reached = true; return Task.CompletedTask; },
            Microsoft.Extensions.Options.Options.Create(new CbssSimulator.Admin.AdminOptions()), new ListeningServer(address), new Lifetime(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CbssSimulator.Admin.AdminGuardMiddleware>.Instance);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = "GET";
        context.Request.Path = "/admin/clock";
        context.Request.Host = new Microsoft.AspNetCore.Http.HostString(host);
        context.Response.Body = new MemoryStream();
        await guard.InvokeAsync(context);
        return reached ? 200 : context.Response.StatusCode;
    }

    [Theory]
    [InlineData("http://[::]:8080", "localhost:8080", 401)]
    [InlineData("http://0.0.0.0:8080", "localhost:8080", 401)]
    [InlineData("http://127.0.0.1:8080", "127.0.0.1:8080", 200)]
    [InlineData("http://localhost:8080", "localhost:8080", 200)]
    [InlineData("http://[::1]:8080", "[::1]:8080", 200)]
    public async Task ATokenIsGenerated_OnlyWhenListeningBeyondLoopback(string address, string host, int expected) =>
        Assert.Equal(expected, await Status(address, host));
}
