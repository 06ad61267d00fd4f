using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;
using CbssSimulator.Sandboxes;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Soap;

/// <summary>
/// The strict gate every SOAP request goes through, once (docs/decisions.md, "One bounded parse"): body size limit,
/// one bounded read (DTDs prohibited, depth/element/attribute limits checked while reading), SOAP 1.1 envelope, exact
/// SOAPAction, exact body root QName, XSD validation against <c>contracts/</c> with the real service's in-band answer
/// or a precise fault, injected faults; then the validated element goes to <see cref="SoapDispatcher"/> and the one
/// handler of the operation. The call is journaled before its answer's first byte leaves; one log line per call.
/// </summary>
public sealed class SoapGateMiddleware(RequestDelegate next, SoapEndpointRegistry registry, SoapDispatcher dispatcher, IOptions<SoapHostOptions> options,
    ClientCertificateGate clientCertificates, Metrics.SimulatorMetrics metrics, CallLog callLog, ILogger<SoapGateMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = registry.Find(context.Request.Path);
        if (endpoint is null || !HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var call = context.RequestServices.GetRequiredService<CallContext>();
        CallContext.Current = call;
        var sandbox = context.RequestServices.GetRequiredService<CurrentSandbox>().Sandbox;
        call.Service = endpoint.Service;
        (call.Endpoint, call.Sandbox) = (endpoint, sandbox); // a fault of this call gets the endpoint's detail

        var received = sandbox.Clock.UtcNow;
        long started = Stopwatch.GetTimestamp();
        int journaled = 0;
        void Journal()
        {
            if (Interlocked.Exchange(ref journaled, 1) == 0)
            {
                try
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    CallJournal.Write(sandbox, call, received, (long)elapsed.TotalMilliseconds, context.Response.StatusCode);
                    metrics.RecordCall(sandbox, call, elapsed.TotalSeconds); // the one place calls are counted, beside the journal
                }
                catch (Exception e)
                {
                    logger.LogError(e, "The journal could not record a call of {Service}", call.Service);
                }
            }
        }

        // Read-your-writes (docs/decisions.md): the call is in the journal before the first byte of its answer leaves.
        context.Response.OnStarting(() =>
        {
            Journal();
            return Task.CompletedTask;
        });
        try
        {
            var fault = await CheckAsync(context, endpoint, call, sandbox);
            if (fault is not null)
            {
                call.Outcome = $"fault {fault.Code}: {fault.Reason}";
                call.Code ??= "fault " + fault.Code;
                await SoapFaultWriter.WriteAsync(context, fault);
            }
            else if (!call.AnsweredByGate)
            {
                await dispatcher.InvokeAsync(context, endpoint.Contract, call.Action, call.RequestBody!, logger);
                if (call.Outcome.Length == 0)
                {
                    call.Outcome = context.Response.StatusCode == 200 ? "ok" : $"HTTP {context.Response.StatusCode}";
                }
            }
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // No input may end in a stack trace or an HTML page: an unexpected error is a Server fault, logged here.
            logger.LogError(e, "Unexpected error in the SOAP gate for {Path}", context.Request.Path);
            call.Outcome = "fault Server: unexpected error";
            call.Code ??= "fault Server";
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await SoapFaultWriter.WriteAsync(context, SoapFault.Server("An error occurred while servicing your request."));
            }
        }
        finally
        {
            Journal();
            callLog.Write(sandbox.Name, call, context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<SoapFault?> CheckAsync(HttpContext context, SoapEndpoint endpoint, CallContext call, Sandbox sandbox)
    {
        int limit = options.Value.MaxBodyBytes;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = Math.Max(limit + 1L, 64 * 1024);
        }

        if (context.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        byte[] body;
        try
        {
            body = await ReadLimitedAsync(context.Request.Body, context.Request.ContentLength, limit, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return TooLarge(limit);
        }

        call.RequestBytes = body;
        if (body.Length > limit)
        {
            return TooLarge(limit);
        }

        XDocument doc;
        try
        {
            doc = BoundedXml.Load(body, context.Request.ContentType, options.Value.Limits);
        }
        catch (XmlLimitException e)
        {
            return SoapFault.Client(e.Message);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return SoapFault.Client("DTDs are not allowed: the request contains a DOCTYPE declaration.");
        }
        catch (XmlException e)
        {
            return SoapFault.Client($"The request is not well-formed XML: {e.Message}");
        }

        var root = doc.Root!;
        if (root.Name == SoapNamespaces.Soap12 + "Envelope")
        {
            return new SoapFault("VersionMismatch", "Only SOAP 1.1 envelopes are served (as by the BCSS).", null, 500);
        }

        if (root.Name != SoapNamespaces.Soap11 + "Envelope")
        {
            return SoapFault.Client($"The request is not a SOAP 1.1 envelope (root element {root.Name}).");
        }

        var bodyElements = root.Element(SoapNamespaces.Soap11 + "Body")?.Elements().ToList() ?? [];
        if (bodyElements.Count != 1)
        {
            return SoapFault.Client("The SOAP Body must hold exactly one element.");
        }

        var content = bodyElements[0];
        string action = SoapAction(context.Request);
        var operation = endpoint.Operations.FirstOrDefault(o => o.Action == action);
        if (operation is null)
        {
            var expected = string.Join(", ", endpoint.Operations.Select(o => o.Action));
            return SoapFault.Client($"The SOAPAction '{action}' is not an operation of this endpoint; expected '{expected}'.");
        }

        call.Operation = operation.Name;
        if (content.Name != operation.RequestElement)
        {
            return SoapFault.Client($"The body element {content.Name} does not match the operation {operation.Name}; expected {operation.RequestElement}.");
        }

        if (endpoint.ExtraCheck?.Invoke(content) is { } extra)
        {
            return extra;
        }

        // Client-certificate mode only: the CPAS the certificate names must be the caller (docs/decisions.md, "TLS and metrics").
        if (clientCertificates.Enabled && await clientCertificates.RefuseAsync(context, endpoint, content, call, sandbox.Clock.UtcNow))
        {
            call.AnsweredByGate = true;
            return null;
        }

        var issues = ContractSchemas.Validate(endpoint.Schemas, content);
        if (issues.Count > 0)
        {
            call.Outcome = "validation error: " + issues[0].Message;
            var answer = endpoint.ContentFailureAnswer?.Invoke(content, issues, sandbox.Clock.UtcNow);
            if (answer is not null && ContractSchemas.Validate(endpoint.Schemas, answer).Count == 0)
            {
                call.AnsweredByGate = true;
                await SoapEnvelope.WriteAsync(context, answer, 200);
                return null;
            }

            return endpoint.ContentFailureFault?.Invoke(content, issues, sandbox.Clock.UtcNow)
                ?? SoapFault.Client($"The request does not conform to the contract: {issues[0].Message}");
        }

        if (!sandbox.Faults.IsEmpty && sandbox.Faults.Next(FaultInjector.Keys(endpoint, operation, content)) is { } injected)
        {
            try
            {
                if (await FaultInjector.ApplyAsync(context, endpoint, content, sandbox, call, injected.Rule, injected.DelayMs, options.Value.FaultTimeoutCapSeconds))
                {
                    call.AnsweredByGate = true;
                    return null;
                }
            }
            catch (OperationCanceledException)
            {
                call.AnsweredByGate = true;
                call.Outcome = "client gave up";
                return null;
            }
        }

        if (await context.RequestServices.GetRequiredService<FailOnPurposeGate>().TryAnswerAsync(context, endpoint, content, sandbox, call))
        {
            call.AnsweredByGate = true; // a fail-on-purpose persona (docs/decisions.md, "Personas that fail on purpose")
            return null;
        }

        call.RequestBody = content;
        call.Action = action;
        return null;
    }

    private static SoapFault TooLarge(int limit) =>
        SoapFault.Client($"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    private static string SoapAction(HttpRequest request)
    {
        string action = request.Headers["SOAPAction"].ToString();
        return action.Trim().Trim('"');
    }

    /// <summary>
    /// The body, read until its end or one byte past <paramref name="limit"/>. With a Content-Length (what clients
    /// send) it is read straight into an array of that size; chunked bodies grow a buffer.
    /// </summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream stream, long? length, int limit, CancellationToken cancel)
    {
        if (length is { } declared and <= int.MaxValue)
        {
            var exact = new byte[declared];
            int filled = 0, read;
            while (filled < exact.Length && (read = await stream.ReadAsync(exact.AsMemory(filled), cancel)) > 0)
            {
                filled += read;
            }

            if (filled == exact.Length)
            {
                return exact;
            }

            return exact[..filled]; // a client that sent less than it declared: Kestrel refuses it before this, kept for other servers
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
