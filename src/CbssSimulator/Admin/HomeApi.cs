using Microsoft.Net.Http.Headers;

namespace CbssSimulator.Admin;

/// <summary>
/// <c>GET /</c>: where to go from here (the routes the README starts with), instead of an empty 404. A browser (its Accept
/// prefers text/html) is sent to the dashboard at <c>/ui/</c>; API clients keep the JSON (docs/decisions.md, "Dashboard").
/// </summary>
public static class HomeApi
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static void Map(WebApplication app) => app.MapGet("/", (HttpContext context) =>
    {
        context.Response.Headers.Vary = "Accept";
        if (PrefersHtml(context.Request.Headers.Accept.ToString()))
        {
            return Results.Redirect("/ui/");
        }

        return Results.Ok(new HomeView(
            "CBSS Simulator",
            "A fake of the Belgian BCSS/KSZ social-security SOAP services: the SSDN connector and the SOA services, with sandboxes, scenarios and an admin API.",
            new Dictionary<string, string>
            {
                ["dashboard"] = "/ui/",
                ["health"] = "/health",
                ["services"] = "/admin/services",
                ["example"] = "/admin/services/{service}/{operation}/example",
                ["sandboxes"] = "/admin/sandboxes",
                ["journal"] = "/admin/sandboxes/default/journal",
                ["clock"] = "/admin/clock",
                ["openapi"] = "/openapi/v1.json",
                ["ssdn"] = "/connectors/webservice/KSZBCSSWebServiceConnectorPort",
                ["soa"] = "/SOA4520/…",
            },
            "README.md in the repository: start there."));
    }).Produces<HomeView>();

    /// <summary>True when the Accept header names text/html itself with a higher quality than JSON gets (named or through a wildcard).</summary>
    public static bool PrefersHtml(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var types))
        {
            return false;
        }

        double html = types.Where(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        double json = types.Where(t => Json.IsSubsetOf(t)).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html > json;
    }
}
