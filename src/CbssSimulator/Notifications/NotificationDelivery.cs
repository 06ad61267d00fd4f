using System.Net;
using System.Text;
using Polly;
using Polly.Retry;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.Notifications;

/// <summary>Options of the delivery to the CPAS endpoints (section "Notifications").</summary>
public sealed class NotificationOptions
{
    /// <summary>Retries after the first try (default 5, at least 1).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 20, ErrorMessage = "Notifications:MaxRetries must lie between {1} and {2}.")]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off, doubled at each retry (default 2 seconds).</summary>
    [System.ComponentModel.DataAnnotations.Range(0.001, 3600, ErrorMessage = "Notifications:FirstRetrySeconds must lie between {1} and {2}.")]
    public double FirstRetrySeconds { get; set; } = 2;

    /// <summary>How long one POST may take (default 10 seconds).</summary>
    [System.ComponentModel.DataAnnotations.Range(0.1, 600, ErrorMessage = "Notifications:TimeoutSeconds must lie between {1} and {2}.")]
    public double TimeoutSeconds { get; set; } = 10;
}

/// <summary>
/// POSTs each notification to its CPAS's endpoint as a SOAP 1.1 message (docs/notifications.md), through an
/// IHttpClientFactory client and a Polly retry pipeline with exponential back-off on a network error, a timeout, 408,
/// 429 or 5xx. The back-off waits run on the injected TimeProvider (a test drives them with its fake clock). Every try is
/// written to the sandbox's delivery log and journal; a CPAS without an endpoint pulls instead.
/// </summary>
public sealed class NotificationDelivery(IHttpClientFactory clients, TimeProvider wall, Microsoft.Extensions.Options.IOptions<NotificationOptions> options,
    ILogger<NotificationDelivery> logger, Metrics.SimulatorMetrics metrics)
{
    public const string ClientName = "notifications";

    private readonly ResiliencePipeline<HttpResponseMessage> pipeline = Build(wall, options.Value);

    private TimeProvider Wall => wall;

    private ILogger Logger => logger;

    private Metrics.SimulatorMetrics Metrics => metrics;

    private static ResiliencePipeline<HttpResponseMessage> Build(TimeProvider wall, NotificationOptions o) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = wall }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.MaxRetries,
                Delay = TimeSpan.FromSeconds(o.FirstRetrySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false, // the same clock moves give the same tries
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(Try, out var t))
                    {
                        t.Retry(args.RetryDelay);
                    }

                    return default;
                },
            })
            .Build();

    private static readonly ResiliencePropertyKey<Tracker> Try = new("notification");

    /// <summary>
    /// Starts delivering (does not wait): each notification whose CPAS declared an endpoint is POSTed after that CPAS's
    /// earlier ones (in order, one at a time: a notification being retried holds the next ones back); the others wait for a pull.
    /// </summary>
    public void Deliver(Sandbox sandbox, IReadOnlyList<NotificationRecord> made)
    {
        if (made.Count == 0)
        {
            return;
        }

        var endpoints = new NotificationStore(sandbox.Database).Endpoints();
        var stopping = sandbox.Notifications.Stopping;
        foreach (var n in made)
        {
            if (endpoints.TryGetValue(n.Cbe, out var url))
            {
                sandbox.Notifications.After(n.Cbe, () => SendAsync(sandbox, n, url, stopping));
            }
        }
    }

    private async Task SendAsync(Sandbox sandbox, NotificationRecord n, string url, CancellationToken stopping)
    {
        var row = NotificationRows.Find(n.Service, n.Operation)!;
        var tracker = new Tracker(this, sandbox, n, url);
        var context = ResilienceContextPool.Shared.Get(stopping);
        context.Properties.Set(Try, tracker);
        try
        {
            using var response = await pipeline.ExecuteAsync(async ctx =>
            {
                tracker.Begin();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(Envelope(n.Body), Encoding.UTF8, "text/xml") };
                request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{row.Action}\"");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ctx.CancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
                try
                {
                    var answer = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
                    tracker.Answered((int)answer.StatusCode, null);
                    return answer;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    tracker.Answered(null, e.Message);
                    throw;
                }
            }, context);
            tracker.End(response.IsSuccessStatusCode ? "delivered" : "failed");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            if (!stopping.IsCancellationRequested)
            {
                tracker.End("failed"); // a reset stopped it otherwise: the log and journal it would go to are the new state's
            }
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The SOAP 1.1 envelope around a notification's body.</summary>
    public static string Envelope(string body) =>
        $"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header/><soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>";

    /// <summary>One notification's tries: what the last one got, written to the log when it retries or ends.</summary>
    private sealed class Tracker(NotificationDelivery owner, Sandbox sandbox, NotificationRecord n, string url)
    {
        private int attempt;
        private long started;
        private int? status;
        private string? error;
        private double latency;

        public void Begin()
        {
            attempt++;
            started = owner.Wall.GetTimestamp();
            (status, error) = (null, null);
        }

        public void Answered(int? httpStatus, string? why)
        {
            latency = owner.Wall.GetElapsedTime(started).TotalMilliseconds;
            (status, error) = (httpStatus, why);
        }

        public void Retry(TimeSpan delay) => Write("retry", owner.Wall.GetUtcNow() + delay);

        public void End(string outcome)
        {
            Write(outcome, null);
            owner.Metrics.NotificationDelivered(sandbox.Name, n.Service, outcome); // cbss_notification_deliveries_total (docs/metrics.md)
        }

        private void Write(string outcome, DateTimeOffset? next)
        {
            string at = IsoDate.Instant(owner.Wall.GetUtcNow());
            var entry = new DeliveryAttempt(n.Id, n.Cbe, n.Service, n.Operation, url, attempt, status, error, Math.Round(latency, 1), at,
                next is { } due ? IsoDate.Instant(due) : null, outcome);
            sandbox.Notifications.Record(entry);
            string simulated = IsoDate.Instant(sandbox.Clock.UtcNow);
            sandbox.Journal.Add(new JournalEntry(sandbox.Journal.NextSequence(), simulated, at, n.Cbe, n.Service, n.Operation, [n.Ssin], [],
                "notification " + outcome, status?.ToString(CultureInfo.InvariantCulture) ?? "NO_ANSWER", (long)latency, sandbox.Name, status,
                error is null ? $"{n.NotificationId} try {attempt} to {url}" : $"{n.NotificationId} try {attempt} to {url}: {error}"));
            owner.Logger.LogDebug("Notification {Id} to {Cbe}: try {Attempt} {Outcome} ({Status})", n.NotificationId, n.Cbe, attempt, outcome, status);
        }
    }
}
