using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Soap;

/// <summary>HTTP Basic credentials the SOA endpoints require (section "Soap:BasicAuth"); both unset → Basic headers are ignored.</summary>
public sealed class BasicAuthOptions
{
    public string? User { get; set; }

    public string? Password { get; set; }

    public bool Configured => !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password);
}

/// <summary>
/// HTTP Basic on the SOA and eHealth endpoints when configured (docs/decisions.md, "HTTP Basic on SOAP endpoints"):
/// a missing or wrong user or password is a SOAP Client fault "authentication failed" with HTTP 401 and a Basic
/// challenge. The SSDN connector (no credentials in the real service: source IP only) and WSDL/XSD reads stay open.
/// </summary>
public sealed class BasicAuthMiddleware(RequestDelegate next, SoapEndpointRegistry endpoints, IOptions<SoapHostOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var basic = options.Value.BasicAuth;
        if (!basic.Configured || !HttpMethods.IsPost(context.Request.Method)
            || endpoints.Find(context.Request.Path) is not { } endpoint || endpoint.Path.StartsWith("/connectors/", StringComparison.Ordinal)
            || Accepted(context.Request.Headers.Authorization.ToString(), basic))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"CBSS\"";
        return SoapFaultWriter.WriteAsync(context, SoapFault.Client("authentication failed", 401));
    }

    private static bool Accepted(string header, BasicAuthOptions basic)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0
            && Same(decoded[..colon], basic.User ?? "") & Same(decoded[(colon + 1)..], basic.Password ?? "");
    }

    private static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
