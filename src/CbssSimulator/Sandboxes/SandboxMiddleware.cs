using System.Text.RegularExpressions;
using CbssSimulator.Soap;

namespace CbssSimulator.Sandboxes;

/// <summary>
/// Sets the request's sandbox and strips its prefix before routing: <c>/sandboxes/{name}/…</c> serves every SOAP
/// endpoint of that sandbox (the prefix moves to PathBase, so WSDL addresses keep it), and
/// <c>/admin/sandboxes/{name}/clock|persons|personas|cpas|cpas-online|services|sppis|events|notifications…</c> reaches the admin routes of that sandbox.
/// </summary>
public sealed partial class SandboxMiddleware(RequestDelegate next, SandboxRegistry registry)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var soap = SoapPrefix().Match(path);
        var admin = AdminPrefix().Match(path);
        var match = soap.Success ? soap : admin.Success ? admin : null;
        var sandbox = registry.Default;
        if (match is not null)
        {
            string name = match.Groups["name"].Value;
            sandbox = registry.Find(name);
            if (sandbox is null || sandbox.Gate.IsClosed)
            {
                await NoSandboxAsync(context, name, soap.Success);
                return;
            }

            context.RequestServices.GetRequiredService<CurrentSandbox>().Sandbox = sandbox;
            if (soap.Success)
            {
                context.Request.PathBase = context.Request.PathBase.Add(new PathString($"/sandboxes/{name}"));
                context.Request.Path = new PathString(match.Groups["rest"].Value);
            }
            else
            {
                context.Request.Path = new PathString("/admin/" + match.Groups["rest"].Value);
            }
        }
        else if (path.StartsWith("/admin/sandboxes", StringComparison.Ordinal))
        {
            // The sandbox routes themselves (create, delete, reset, journal, faults) take no lease: a reset or
            // delete takes the gate exclusively.
            await next(context);
            return;
        }

        // A use lease for the whole call (docs/decisions.md, "Sandboxes under concurrency"): a reset or delete waits
        // for it; a call arriving during a delete is answered as for an unknown sandbox.
        if (!await sandbox.Gate.EnterAsync(context.RequestAborted))
        {
            await NoSandboxAsync(context, sandbox.Name, soap.Success);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            sandbox.Gate.Exit();
        }
    }

    private static async Task NoSandboxAsync(HttpContext context, string name, bool soap)
    {
        if (soap && HttpMethods.IsPost(context.Request.Method))
        {
            await SoapFaultWriter.WriteAsync(context, SoapFault.Client($"There is no sandbox named '{name}' (PUT /admin/sandboxes/{name} creates one).", 404));
        }
        else
        {
            await SandboxApi.NotFound(name).ExecuteAsync(context);
        }
    }

    [GeneratedRegex("^/sandboxes/(?<name>[^/]+)(?<rest>/.*)$")]
    private static partial Regex SoapPrefix();

    [GeneratedRegex("^/admin/sandboxes/(?<name>[^/]+)/(?<rest>(clock|persons|personas|cpas|cpas-online|services|sppis|events|notifications)(/.*)?)$")]
    private static partial Regex AdminPrefix();
}
