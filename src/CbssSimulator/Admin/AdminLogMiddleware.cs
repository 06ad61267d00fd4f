using System.Text.RegularExpressions;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.Admin;

/// <summary>
/// One console line per admin action that changes something (a sandbox made, reset or deleted, the clock moved, faults
/// set…): what, which sandbox, the HTTP status (docs/decisions.md, "The console log"). Reads are not logged.
/// </summary>
public sealed partial class AdminLogMiddleware(RequestDelegate next, ILogger<AdminLogMiddleware> logger)
{
    // Not async itself: a call passing through (every SOAP call) costs no state machine here.
    public Task InvokeAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "";
        return HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || !path.StartsWith("/admin/", StringComparison.Ordinal)
            ? next(context)
            : LoggedAsync(context, path);
    }

    private async Task LoggedAsync(HttpContext context, string path)
    {
        string method = context.Request.Method;
        string sandbox = context.RequestServices.GetService<CurrentSandbox>()?.Sandbox?.Name ?? SandboxRegistry.DefaultName;
        await next(context);
        logger.LogInformation("admin: {Action} (sandbox {Sandbox}, {Method} {Path} → {Status})",
            Describe(method, path), SandboxOf(path) ?? sandbox, method, path, context.Response.StatusCode);
    }

    /// <summary>The action in words: "sandbox made", "clock moved", "faults set"…; else the method and path.</summary>
    public static string Describe(string method, string path) => (method, Tail(path)) switch
    {
        ("PUT", "sandbox") => "sandbox made",
        ("DELETE", "sandbox") => "sandbox deleted",
        ("POST", "reset") => "sandbox reset",
        (_, "clock") => method == "DELETE" ? "clock reset" : "clock moved",
        ("PUT", "faults") => "faults set",
        ("DELETE", "faults") => "faults cleared",
        (_, var tail) => $"{method} {tail}",
    };

    private static string Tail(string path)
    {
        var m = SandboxPath().Match(path);
        return m.Success ? (m.Groups["rest"].Success && m.Groups["rest"].Value.Length > 0 ? m.Groups["rest"].Value.Split('/')[0] : "sandbox")
            : path["/admin/".Length..].Split('/')[0];
    }

    private static string? SandboxOf(string path) => SandboxPath().Match(path) is { Success: true } m ? m.Groups["name"].Value : null;

    [GeneratedRegex("^/admin/sandboxes/(?<name>[^/]+)(?:/(?<rest>.*))?$")]
    private static partial Regex SandboxPath();
}
