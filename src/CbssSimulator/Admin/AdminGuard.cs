using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CbssSimulator.Admin;

/// <summary>Options of the admin API (section "Admin").</summary>
public sealed class AdminOptions
{
    /// <summary>
    /// The admin token (environment <c>Admin__Token</c>): when set, every <c>/admin/…</c> request must send it as
    /// <c>Authorization: Bearer …</c> or <c>X-Admin-Token</c>. When unset and the simulator listens on a non-loopback
    /// address, one is generated at start and printed in the log.
    /// </summary>
    public string? Token { get; set; }
}

/// <summary>
/// The guard in front of <c>/admin/…</c> (docs/decisions.md, "Admin guard") and, for the token only, <c>/metrics</c>;
/// <c>/health</c>, the SOAP paths and the OpenAPI document stay open. In order: the token (401), the Host when no token is in force (403: only loopback
/// names, against DNS rebinding), a present Origin must be the request's own (403), and a request that changes state
/// with a body must be JSON (415). Each refusal is problem+json naming what is wrong.
/// </summary>
public sealed partial class AdminGuardMiddleware
{
    private readonly Lock sync = new();
    private readonly RequestDelegate next;
    private readonly IOptions<AdminOptions> options;
    private readonly IServer server;
    private readonly ILogger<AdminGuardMiddleware> logger;
    private bool resolved;
    private byte[]? token;

    public AdminGuardMiddleware(RequestDelegate next, IOptions<AdminOptions> options, IServer server, IHostApplicationLifetime lifetime,
        ILogger<AdminGuardMiddleware> logger)
    {
        this.next = next;
        this.options = options;
        this.server = server;
        this.logger = logger;
        // Generated and printed as soon as the server listens, not at the first admin request.
        lifetime.ApplicationStarted.Register(() => Token());
    }

    // Not async itself: a call passing through (every SOAP call) costs no state machine here.
    public Task InvokeAsync(HttpContext context)
    {
        // Judged on the path the routes will see: /sandboxes/{name}/… is stripped to /… by the sandbox middleware after this guard.
        var path = SandboxPrefix().Match(context.Request.Path.Value ?? "") is { Success: true } m ? new PathString(m.Groups["rest"].Value) : context.Request.Path;
        bool metrics = path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
        return !metrics && !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) ? next(context) : GuardAsync(context, metrics);
    }

    private async Task GuardAsync(HttpContext context, bool metrics)
    {
        // /metrics needs the token when one is in force, nothing else: Prometheus scrapes from other hosts (docs/metrics.md).
        var problem = metrics ? TokenProblem(context.Request, Token(), "/metrics") : Check(context.Request);
        if (problem is not null)
        {
            var (status, detail) = problem.Value;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"cbss-simulator admin\"";
            }

            await Results.Problem(detail, statusCode: status).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private (int Status, string Detail)? Check(HttpRequest request)
    {
        var expected = Token();
        if (expected is not null)
        {
            if (TokenProblem(request, expected, "The admin API") is { } refused)
            {
                return refused;
            }
        }
        else if (!IsLoopbackName(request.Host.Host))
        {
            return (403, $"The Host '{request.Host}' is not a loopback name: without Admin:Token the admin API answers only to localhost, 127.0.0.1 or [::1].");
        }

        if (request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return (403, $"The Origin '{origin}' is not this simulator ({request.Scheme}://{request.Host}): admin requests from other sites are refused.");
        }

        bool changes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        bool hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;
        if (changes && hasBody && !IsJson(request.ContentType))
        {
            return (415, $"Admin requests that change state take 'application/json', not '{request.ContentType ?? "a body without Content-Type"}'.");
        }

        return null;
    }

    /// <summary>A 401 when a token is in force and the request does not send it; null otherwise.</summary>
    private static (int Status, string Detail)? TokenProblem(HttpRequest request, byte[]? expected, string what)
    {
        if (expected is null)
        {
            return null;
        }

        string? sent = request.Headers.Authorization.ToString() is { Length: > 7 } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? auth[7..].Trim()
            : request.Headers["X-Admin-Token"].FirstOrDefault();
        if (string.IsNullOrEmpty(sent))
        {
            return (401, $"{what} needs the admin token: send 'Authorization: Bearer <token>' or 'X-Admin-Token: <token>' (setting Admin:Token).");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), expected) ? null : (401, "The admin token sent is wrong.");
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>
    /// The token in force: the configured one; else, when the server listens on a non-loopback address, one generated
    /// once and printed; else none (loopback only, the default: the admin API is open to this machine as before).
    /// </summary>
    private byte[]? Token()
    {
        lock (sync)
        {
            if (resolved)
            {
                return token;
            }

            if (!string.IsNullOrEmpty(options.Value.Token))
            {
                token = Encoding.UTF8.GetBytes(options.Value.Token);
            }
            else
            {
                var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                var open = addresses.Where(a => !IsLoopbackAddress(a)).ToList();
                if (open.Count > 0)
                {
                    string generated = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                    token = Encoding.UTF8.GetBytes(generated);
                    logger.LogWarning("Admin:Token is not set and the simulator listens on {Addresses}: the admin API takes this generated token " +
                        "(Authorization: Bearer …): {Token}", string.Join(", ", open), generated);
                }
            }

            resolved = true;
            return token;
        }
    }

    private static bool IsLoopbackAddress(string address) => IsLoopbackName(BindingAddressHost(address));

    /// <summary>The host of a listening address ("http://[::]:8080" → "[::]", "http://+:8080" → "+").</summary>
    private static string BindingAddressHost(string address)
    {
        int start = address.IndexOf("://", StringComparison.Ordinal);
        string rest = start >= 0 ? address[(start + 3)..] : address;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        rest = slash >= 0 ? rest[..slash] : rest;
        int colon = rest.LastIndexOf(':');
        return colon > 0 && rest.IndexOf(']', StringComparison.Ordinal) < colon ? rest[..colon] : rest;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^/sandboxes/[^/]+(?<rest>/.*)$")]
    private static partial System.Text.RegularExpressions.Regex SandboxPrefix();
}
