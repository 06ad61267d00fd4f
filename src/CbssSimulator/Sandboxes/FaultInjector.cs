using System.Text.RegularExpressions;
using System.Xml.Linq;
using CbssSimulator.Soap;

namespace CbssSimulator.Sandboxes;

/// <summary>Applies a sandbox's fault rules to a call that passed the gate, in one place; handlers stay unaware.</summary>
public static partial class FaultInjector
{
    /// <summary>Cap on an injected timeout, so a client without a timeout does not hold a request forever (seconds, Faults:TimeoutCapSeconds).</summary>
    public const int DefaultTimeoutCapSeconds = 300;

    /// <summary>The keys rules are matched on: the endpoint's service and operation, and for SSDN each ServiceId (with the ManageAccess action).</summary>
    public static IReadOnlyList<(string Service, string Operation)> Keys(SoapEndpoint endpoint, SoapOperation operation, XElement content)
    {
        var keys = new List<(string, string)> { (endpoint.Service, operation.Name) };
        if (endpoint.Service == "SSDN")
        {
            var action = ActionPattern().Match(content.Value) is { Success: true } a ? a.Groups[1].Value : "*";
            keys.AddRange(ServiceIdPattern().Matches(content.Value).Select(m => (m.Groups[1].Value.Trim(), action)));
        }

        return keys;
    }

    /// <summary>Applies the fault; true when the call was answered (or dropped) here, false when it goes on (after a delay).</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, SoapEndpoint endpoint, XElement content, Sandbox sandbox, CallContext call,
        FaultRule rule, int delayMs, int timeoutCapSeconds)
    {
        call.InjectedFault = rule.Kind;
        call.Code = "injected " + rule.Kind.ToString().ToLowerInvariant();
        call.Outcome = call.Code;
        var wall = sandbox.Clock.Wall;
        switch (rule.Kind)
        {
            case FaultKind.Delay:
                await Task.Delay(TimeSpan.FromMilliseconds(delayMs), wall, context.RequestAborted);
                call.Code = null;
                call.Outcome = "";
                return false;
            case FaultKind.Http500:
                await SoapFaultWriter.WriteAsync(context, SoapFault.Server("Injected fault (fault injection rule of this sandbox)."));
                return true;
            case FaultKind.Technical when endpoint.TechnicalError is { } technical:
                var answer = technical(content, sandbox.Clock.UtcNow);
                if (answer.Fault is { } fault)
                {
                    await SoapFaultWriter.WriteAsync(context, fault);
                }
                else
                {
                    await SoapEnvelope.WriteAsync(context, answer.Body!, 200);
                }

                return true;
            case FaultKind.Technical:
                await SoapFaultWriter.WriteAsync(context, SoapFault.Server("An error occurred while servicing your request."));
                return true;
            case FaultKind.Timeout:
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(timeoutCapSeconds), wall, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // the client gave up, as intended
                }

                context.Abort();
                return true;
            case FaultKind.Drop:
                context.Abort();
                return true;
            default:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/xml; charset=utf-8";
                await context.Response.WriteAsync("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><garbled", context.RequestAborted);
                return true;
        }
    }

    [GeneratedRegex(@"<(?:\w+:)?ServiceId>([^<]+)</")]
    private static partial Regex ServiceIdPattern();

    [GeneratedRegex(@"<(?:\w+:)?Action>\s*(REGISTER|UNREGISTER|LIST)\s*</")]
    private static partial Regex ActionPattern();
}
