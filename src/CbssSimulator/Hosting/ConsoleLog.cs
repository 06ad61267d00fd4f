using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace CbssSimulator.Hosting;

/// <summary>
/// The console log, written in batches (docs/decisions.md, "Logging off the request path"): a call formats its line and
/// queues it as characters (<see cref="LogLines"/>), which wakes nobody; every 100 ms the queued lines are written to
/// standard output in one write. The queue holds 10,000 lines; past that, lines are dropped rather than slowing calls
/// down. What is queued when the host stops is written before it ends. A call's own line (<see cref="Soap.CallLog"/>) is
/// already made: it is written as the template would write it, without the template's formatter.
/// </summary>
internal sealed class ConsoleLog : ILogEventSink, IDisposable
{
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public const int QueueLimit = 10_000;

    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private const int LinesPerWrite = 1_000;

    private readonly TextWriter output;
    [ThreadStatic]
    private static StringWriter? line; // the calling thread's line, made before it is queued

    private readonly LogLines queue = new(QueueLimit);
    private readonly MessageTemplateTextFormatter formatter = new(Template, CultureInfo.InvariantCulture);
    private readonly System.Text.StringBuilder lines = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task writing;
    private int disposed;

    public ConsoleLog(TextWriter output, TimeProvider? wall = null)
    {
        this.output = output;
        var timer = new PeriodicTimer(Period, wall ?? TimeProvider.System); // started now, not when the writer first runs

        // The writer does not carry the context of whoever made the logger (a request's, a test's).
        using (ExecutionContext.IsFlowSuppressed() ? default(AsyncFlowControl?) : ExecutionContext.SuppressFlow())
        {
            writing = Task.Run(() => WriteEveryPeriodAsync(timer));
        }
    }

    public void Emit(LogEvent logEvent)
    {
        var writer = line is { } kept && kept.GetStringBuilder().Capacity <= 4 * LogLines.Width ? kept : line = new StringWriter(CultureInfo.InvariantCulture);
        writer.GetStringBuilder().Clear();
        Format(logEvent, writer);
        queue.TryAdd(writer.GetStringBuilder()); // full: dropped, the call goes on
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0) // a logger may be disposed more than once at shutdown
        {
            stopping.Cancel();
            writing.Wait();
            stopping.Dispose();
        }
    }

    private async Task WriteEveryPeriodAsync(PeriodicTimer timer)
    {
        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stopping.Token).ConfigureAwait(false))
                {
                    WriteQueued();
                }
            }
            catch (OperationCanceledException)
            {
                // stopping: what is queued is written below
            }
        }

        WriteQueued();
    }

    private void WriteQueued()
    {
        while (queue.TakeInto(lines.Clear(), LinesPerWrite) > 0)
        {
            try
            {
                output.Write(lines);
                output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // standard output closed or full: these lines are lost, the writer and the simulator go on
            }
        }
    }

    private void Format(LogEvent e, StringWriter to)
    {
        if (ReferenceEquals(e.MessageTemplate, Soap.CallLog.Template) && e is { Level: LogEventLevel.Information, Exception: null }
            && e.Properties.TryGetValue(Soap.CallLog.Property, out var value) && value is ScalarValue { Value: string call })
        {
            to.GetStringBuilder().Append(CultureInfo.InvariantCulture, $"[{e.Timestamp:HH:mm:ss} INF] {call}").AppendLine();
            return;
        }

        formatter.Format(e, to);
    }
}

/// <summary>Serilog configuration: <c>WriteTo.BatchedConsole()</c>.</summary>
internal static class ConsoleLogConfiguration
{
    public static Serilog.LoggerConfiguration BatchedConsole(this LoggerSinkConfiguration to) => to.Sink(new ConsoleLog(Console.Out));
}
