using Serilog.Events;
using Serilog.Parsing;

namespace CbssSimulator.Soap;

/// <summary>
/// The console line the gate writes for every call (docs/decisions.md, "Logging off the request path"). The line is
/// made here in one piece and handed to Serilog as one event with one property: the Microsoft.Extensions.Logging
/// adapter would box nine arguments, fill a dictionary and enrich every call's event, about a tenth of a small call's
/// CPU. The text is the same as before; its category is still <see cref="SoapGateMiddleware"/>'s, so a level set for
/// that source context still applies.
/// </summary>
public sealed class CallLog
{
    /// <summary>The call's line is this template's one property; the console writes such an event without formatting it.</summary>
    internal const string Property = "Call";

    internal static readonly MessageTemplate Template = new MessageTemplateParser().Parse("{" + Property + ":l}");

    private readonly Serilog.ILogger log;
    private readonly TimeProvider time;

    public CallLog(Serilog.ILogger log, TimeProvider time)
    {
        this.log = log.ForContext(Serilog.Core.Constants.SourceContextPropertyName, typeof(SoapGateMiddleware).FullName);
        this.time = time;
    }

    /// <summary>The call's line: sandbox, service, operation, CPAS, SSIN, HTTP status, code, outcome and milliseconds.</summary>
    public static string Line(string sandbox, CallContext call, int status, long ms) => string.Create(CultureInfo.InvariantCulture,
        $"{sandbox} {call.Service} {call.Operation} cpas={call.Cpas ?? "-"} ssin={call.Ssin ?? "-"} status={status} code={call.Code ?? "-"} outcome={call.Outcome} in {ms} ms");

    public void Write(string sandbox, CallContext call, int status, long ms)
    {
        if (log.IsEnabled(LogEventLevel.Information))
        {
            log.Write(new LogEvent(time.GetLocalNow(), LogEventLevel.Information, null, Template,
                [new LogEventProperty(Property, new ScalarValue(Line(sandbox, call, status, ms)))]));
        }
    }
}
