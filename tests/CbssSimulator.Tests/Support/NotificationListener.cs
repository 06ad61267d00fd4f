using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CbssSimulator.Tests.Support;

/// <summary>What a vendor's endpoint received: the path, the SOAPAction header, the body.</summary>
public sealed record Arrival(string Path, string? SoapAction, string ContentType, string Text, int AnsweredWith)
{
    public XElement Message => XDocument.Parse(Text).Root!.Element(SoapAnswer.Soap + "Body")!.Elements().Single();

    public string Field(string name) => Message.Element(name)?.Value ?? "";

    public string Detail(string name) => Message.Elements("detail").FirstOrDefault(d => (string?)d.Attribute("name") == name)?.Value ?? "";
}

/// <summary>
/// A CPAS software's notification endpoint on a real loopback port (Kestrel): it records every POST and answers
/// with the statuses queued (500 first, say), then 200.
/// </summary>
public sealed class NotificationListener : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> statuses = new();
    private readonly ConcurrentQueue<Arrival> arrivals = new();
    private readonly SemaphoreSlim arrived = new(0);

    private NotificationListener(WebApplication app) => this.app = app;

    public Uri Base { get; private set; } = null!;

    public IReadOnlyList<Arrival> Arrivals => arrivals.ToArray();

    public static async Task<NotificationListener> StartAsync(params int[] firstStatuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new NotificationListener(app);
        foreach (var s in firstStatuses)
        {
            listener.statuses.Enqueue(s);
        }

        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            string text = await reader.ReadToEndAsync();
            int status;
            lock (listener.arrivals)
            {
                status = listener.statuses.TryDequeue(out var s) ? s : 200;
                listener.arrivals.Enqueue(new Arrival(context.Request.Path.Value!, context.Request.Headers["SOAPAction"].FirstOrDefault(),
                    context.Request.ContentType ?? "", text, status));
            }

            listener.arrived.Release();
            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        listener.Base = new Uri(app.Urls.First());
        return listener;
    }

    /// <summary>Waits until <paramref name="count"/> POSTs have arrived, moving the simulator's fake wall clock a second at a time so the back-off waits end.</summary>
    public async Task<IReadOnlyList<Arrival>> WaitForAsync(int count, FakeTimeProvider time, int maxSeconds = 120)
    {
        for (int step = 0; arrivals.Count < count && step < maxSeconds * 10; step++)
        {
            if (!await arrived.WaitAsync(TimeSpan.FromMilliseconds(100)))
            {
                time.Advance(TimeSpan.FromMilliseconds(500));
            }
        }

        Assert(arrivals.Count >= count, $"{arrivals.Count} of {count} notifications arrived: {string.Join(", ", arrivals.Select(a => a.Path))}");
        return Arrivals;
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException(message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
