// The bare ASP.NET Core app bench/run measures the simulator against: GET / answers "ok" (the plain-text yardstick),
// POST /echo answers the request body (a POST of the same size as a SOAP call). Logging at Warning, as the web template's
// appsettings set it for Microsoft.AspNetCore.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/", () => "ok");
app.MapPost("/echo", async (HttpRequest request, HttpResponse response) =>
{
    response.ContentType = request.ContentType ?? "text/plain";
    await request.Body.CopyToAsync(response.Body);
});
app.Run();
