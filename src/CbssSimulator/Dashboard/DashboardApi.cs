namespace CbssSimulator.Dashboard;

/// <summary>
/// The dashboard (docs/decisions.md, "Dashboard"): <c>GET /ui/</c> and its files, plain HTML, CSS and JavaScript embedded
/// in the assembly (<c>Dashboard/ui/</c>), served with a Content-Security-Policy that allows this origin only — no CDN,
/// no build step, nothing fetched from elsewhere. The files hold no data: every figure the page shows comes from the admin
/// API, behind the admin guard and its token.
/// </summary>
public static class DashboardApi
{
    /// <summary>What a browser may load and send: this origin only, no inline script, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Files = new(Load);

    /// <summary>The embedded files by name (index.html, app.js, …).</summary>
    public static IReadOnlyDictionary<string, byte[]> Assets => Files.Value;

    public static void Map(WebApplication app)
    {
        app.MapGet("/ui/{**file}", (string? file, HttpContext context) =>
        {
            if (string.IsNullOrEmpty(file) && context.Request.Path.Value?.EndsWith('/') != true)
            {
                return Results.Redirect("/ui/"); // relative to /ui/, as the page's own links are
            }

            string name = string.IsNullOrEmpty(file) ? "index.html" : file;
            if (!Files.Value.TryGetValue(name, out var bytes) || !Types.TryGetValue(Path.GetExtension(name), out var type))
            {
                return Results.Problem($"The dashboard has no file '{name}' (open /ui/).", statusCode: 404);
            }

            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            return Results.Bytes(bytes, type);
        }).ExcludeFromDescription();
    }

    private static IReadOnlyDictionary<string, byte[]> Load()
    {
        const string prefix = "ui/";
        var assembly = typeof(DashboardApi).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[prefix.Length..]] = copy.ToArray();
        }

        return files;
    }
}
