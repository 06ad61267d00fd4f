namespace CbssSimulator.Admin;

/// <summary><c>GET /</c>: where to go from here (the routes the README starts with), instead of an empty 404.</summary>
public static class HomeApi
{
    public static void Map(WebApplication app) => app.MapGet("/", () => Results.Ok(new HomeView(
        "CBSS Simulator",
        "A fake of the Belgian BCSS/KSZ social-security SOAP services: the SSDN connector and the SOA services, with sandboxes, scenarios and an admin API.",
        new Dictionary<string, string>
        {
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
        "README.md in the repository: start there."))).Produces<HomeView>();
}
