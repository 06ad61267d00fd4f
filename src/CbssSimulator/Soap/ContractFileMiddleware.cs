using System.Text;
using System.Text.RegularExpressions;

namespace CbssSimulator.Soap;

/// <summary>
/// Serves our hand-written WSDL/XSD from <c>contracts/</c> (docs/decisions.md, "Contracts served by our middleware"): <c>GET {endpoint}?wsdl</c> and
/// <c>GET {endpoint}?xsd=relative/path.xsd</c>. Files go out byte for byte except two rewrites: soap:address
/// points at the address the client used (sandbox prefixes kept), and each relative schemaLocation becomes a
/// <c>?xsd=</c> URL resolved against the importing file. SoapCore's generated WSDL is never served.
/// </summary>
public sealed partial class ContractFileMiddleware(RequestDelegate next, SoapEndpointRegistry registry, ContractSchemas schemas)
{
    // Not async itself: a call passing through (every SOAP call) costs no state machine here.
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = registry.Find(context.Request.Path);
        bool read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        return endpoint is null || !read ? next(context) : ServeAsync(context, endpoint);
    }

    private async Task ServeAsync(HttpContext context, SoapEndpoint endpoint)
    {
        var query = context.Request.Query;
        string relative = query.TryGetValue("xsd", out var xsd) && !string.IsNullOrEmpty(xsd) ? xsd.ToString() : endpoint.WsdlFile;
        var folder = Path.GetFullPath(Path.Combine(schemas.Root, endpoint.ContractFolder));
        var file = Path.GetFullPath(Path.Combine(folder, relative));
        var contractsRoot = schemas.Root + Path.DirectorySeparatorChar;
        if (!file.StartsWith(contractsRoot, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync($"No contract file '{relative}' for this endpoint.");
            return;
        }

        var request = context.Request;
        string self = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        string text = await File.ReadAllTextAsync(file, context.RequestAborted);
        string fileDir = Path.GetDirectoryName(file)!;
        text = SchemaLocation().Replace(text, m =>
        {
            var target = Path.GetFullPath(Path.Combine(fileDir, m.Groups[2].Value));
            var rel = Path.GetRelativePath(folder, target).Replace(Path.DirectorySeparatorChar, '/');
            return $"{m.Groups[1].Value}{self}?xsd={Uri.EscapeDataString(rel).Replace("%2F", "/")}\"";
        });
        text = SoapAddress().Replace(text, m => $"{m.Groups[1].Value}{self}\"");

        context.Response.ContentType = "text/xml; charset=utf-8";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), context.RequestAborted);
        }
    }

    [GeneratedRegex("(schemaLocation=\")(?!https?:)([^\"]+)\"")]
    private static partial Regex SchemaLocation();

    [GeneratedRegex("(<soap:address location=\")[^\"]*\"")]
    private static partial Regex SoapAddress();
}
