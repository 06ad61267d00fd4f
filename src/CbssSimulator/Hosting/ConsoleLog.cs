using System.Collections.Concurrent;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace CbssSimulator.Hosting;

/// <summary>
/// The console log, written in batches (docs/decisions.md, "Logging off the request path"): a call only queues its
/// event, which wakes nobody; every 100 ms the queued lines are formatted and written to standard output in one write.
/// The queue holds 10,000 lines; past that, lines are dropped rather than slowing calls down. What is queued when the
/// host stops is written before it ends. A call's own line (<see cref="Soap.CallLog"/>) is already made: it is written
/// as the template would write it, without the template's formatter.
/// </summary>
internal sealed class ConsoleLog : ILogEventSink, IDisposable
{
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public const int QueueLimit = 10_000;

    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private const int LinesPerWrite = 1_000;

    private readonly TextWriter output;
    private readonly ConcurrentQueue<LogEvent> queue = new();
    private readonly MessageTemplateTextFormatter formatter = new(Template, CultureInfo.InvariantCulture);
    private readonly StringWriter text = new(CultureInfo.InvariantCulture);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task writing;
    private int queued;
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
        if (Interlocked.Increment(ref queued) > QueueLimit)
        {
            Interlocked.Decrement(ref queued); // full: dropped, the call goes on
            return;
        }

        queue.Enqueue(logEvent);
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
        while (!queue.IsEmpty)
        {
            var lines = text.GetStringBuilder().Clear();
            int taken = 0;
            while (taken < LinesPerWrite && queue.TryDequeue(out var e))
            {
                Format(e);
                taken++;
            }

            Interlocked.Add(ref queued, -taken);
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

    private void Format(LogEvent e)
    {
        if (ReferenceEquals(e.MessageTemplate, Soap.CallLog.Template) && e is { Level: LogEventLevel.Information, Exception: null }
            && e.Properties.TryGetValue(Soap.CallLog.Property, out var value) && value is ScalarValue { Value: string line })
        {
            text.GetStringBuilder().Append(CultureInfo.InvariantCulture, $"[{e.Timestamp:HH:mm:ss} INF] {line}").AppendLine();
            return;
        }

        formatter.Format(e, text);
    }
}

/// <summary>Serilog configuration: <c>WriteTo.BatchedConsole()</c>.</summary>
internal static class ConsoleLogConfiguration
{
    public static Serilog.LoggerConfiguration BatchedConsole(this LoggerSinkConfiguration to) => to.Sink(new ConsoleLog(Console.Out));
}
