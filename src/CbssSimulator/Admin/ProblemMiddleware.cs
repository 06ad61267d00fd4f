using System.Text.Json;

namespace CbssSimulator.Admin;

/// <summary>
/// One error shape for every 4xx of the admin API (docs/decisions.md, "One error shape; the OpenAPI document lists every route"): a body the route could not bind (an unknown
/// fault kind, <c>"persons":"many"</c>, malformed JSON) answers problem+json saying what was wrong, instead of an empty 400;
/// any other 4xx a route or the router leaves without a body gets a problem+json body too.
/// </summary>
public sealed class ProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            string detail = e.InnerException is JsonException json ? $"{e.Message} {json.Message}" : e.Message;
            await Results.Problem(detail, statusCode: e.StatusCode).ExecuteAsync(context);
            return;
        }

        if (context.Response is { HasStarted: false, StatusCode: >= 400 and < 500, ContentLength: null or 0 } && context.Response.ContentType is null)
        {
            string detail = context.Response.StatusCode switch
            {
                404 => $"No route answers {context.Request.Method} {context.Request.Path} (GET / lists where to start).",
                405 => $"{context.Request.Path} does not take {context.Request.Method}.",
                int status => $"The request was refused (HTTP {status}).",
            };
            await Results.Problem(detail, statusCode: context.Response.StatusCode).ExecuteAsync(context);
        }
    }
}
