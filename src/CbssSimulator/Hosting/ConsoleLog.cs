using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace CbssSimulator.Hosting;

/// <summary>
/// The console log, written in batches (docs/decisions.md, "Logging off the request path"): a call only queues its
/// line; Serilog's batching hands the queued lines here at most every 100 ms (the first at once), and each batch is one
/// write to standard output. A line per call handed one by one to a console writer thread cost about a fifth of a
/// TestConnection's CPU, most of it in waking that thread for every line. The queue holds 10,000 lines; past that,
/// lines are dropped rather than slowing calls down. What is queued when the host stops is written before it ends.
/// </summary>
internal sealed class ConsoleLog(TextWriter output) : IBatchedLogEventSink
{
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static readonly BatchingOptions Batching = new()
    {
        BufferingTimeLimit = TimeSpan.FromMilliseconds(100),
        BatchSizeLimit = 1000,
        QueueLimit = 10_000,
        EagerlyEmitFirstEvent = true,
        RetryTimeLimit = TimeSpan.Zero,
    };

    private readonly MessageTemplateTextFormatter formatter = new(Template, CultureInfo.InvariantCulture);
    private readonly StringWriter text = new(CultureInfo.InvariantCulture);

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        // One batch at a time (Serilog's batching loop is the only caller): the buffer is reused.
        text.GetStringBuilder().Clear();
        foreach (var e in batch)
        {
            formatter.Format(e, text);
        }

        output.Write(text.GetStringBuilder());
        output.Flush();
        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;
}

/// <summary>Serilog configuration: <c>WriteTo.BatchedConsole()</c>.</summary>
internal static class ConsoleLogConfiguration
{
    public static Serilog.LoggerConfiguration BatchedConsole(this LoggerSinkConfiguration to) =>
        to.Sink(new ConsoleLog(Console.Out), ConsoleLog.Batching);
}
