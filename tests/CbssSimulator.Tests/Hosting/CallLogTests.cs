using CbssSimulator.Hosting;
using CbssSimulator.Soap;
using Microsoft.Extensions.Time.Testing;
using Serilog;
using Serilog.Events;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>The console line of a call (docs/decisions.md, "Logging off the request path"): its text, its time, its level.</summary>
public class CallLogTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 10, 4, 5, TimeSpan.Zero));

    private static readonly CallContext Call = new()
    {
        Service = "SSDN", Operation = "OCMWCPASIdentifyPerson", Cpas = "0212344876", Ssin = "85073003328", Code = "MSG00000", Outcome = "ok",
    };

    private static string Logged(Func<LoggerConfiguration, LoggerConfiguration> configure)
    {
        var text = new StringWriter();
        using (var logger = configure(new LoggerConfiguration()).WriteTo.Sink(new ConsoleLog(text)).CreateLogger())
        {
            new CallLog(logger, Time).Write("default", Call, 200, 3);
        }

        return text.ToString();
    }

    [Fact]
    public void ACall_IsOneLineWithItsFieldsAndTheInjectedClocksTime()
    {
        var local = Time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

        Assert.Equal($"[{local} INF] default SSDN OCMWCPASIdentifyPerson cpas=0212344876 ssin=85073003328 status=200 code=MSG00000 outcome=ok in 3 ms"
            + Environment.NewLine, Logged(c => c.MinimumLevel.Information()));
    }

    [Fact]
    public void MissingFields_AreDashes()
    {
        var bare = new CallContext { Service = "TestConnectionService", Operation = "sendTestMessage", Outcome = "ok" };

        Assert.Equal("default TestConnectionService sendTestMessage cpas=- ssin=- status=200 code=- outcome=ok in 0 ms", CallLog.Line("default", bare, 200, 0));
    }

    [Fact]
    public void ALevelAboveInformation_OrOneSetForTheGatesCategory_SilencesTheLines()
    {
        Assert.Equal("", Logged(c => c.MinimumLevel.Warning()));
        Assert.Equal("", Logged(c => c.MinimumLevel.Information().MinimumLevel.Override(typeof(SoapGateMiddleware).FullName!, LogEventLevel.Warning)));
    }

    [Fact]
    public void ACallsLine_IsWrittenAsTheTemplateWritesAnyOtherEvent()
    {
        var line = CallLog.Line("default", Call, 200, 3);
        var property = new LogEventProperty(CallLog.Property, new ScalarValue(line));
        var fast = new LogEvent(Time.GetLocalNow(), LogEventLevel.Information, null, CallLog.Template, [property]);
        var formatted = new LogEvent(Time.GetLocalNow(), LogEventLevel.Information, null, new Serilog.Parsing.MessageTemplateParser().Parse("{Call:l}"), [property]);

        Assert.Equal(Written(formatted), Written(fast));
        Assert.StartsWith("[", Written(fast));
    }

    [Fact]
    public void LinesWait_ForTheNextPeriod_AndWhatIsQueuedIsWrittenAtTheEnd()
    {
        var text = new LockedWriter(); // read here while the sink's writer may be writing
        var wall = new FakeTimeProvider();
        var sink = new ConsoleLog(text, wall);
        sink.Emit(Event("first"));
        Assert.Equal("", Read(text)); // nobody is woken by a line: it waits for the period

        wall.Advance(ConsoleLog.Period);
        Assert.True(SpinWait.SpinUntil(() => Read(text).Contains("first", StringComparison.Ordinal), TimeSpan.FromSeconds(10)));

        sink.Emit(Event("last"));
        sink.Dispose(); // the host stops before the next period
        Assert.EndsWith("last" + Environment.NewLine, Read(text));
    }

    [Fact]
    public void PastTheQueueLimit_LinesAreDropped()
    {
        var text = new StringWriter();
        var sink = new ConsoleLog(text, new FakeTimeProvider()); // no period passes: everything stays queued
        for (int i = 0; i < ConsoleLog.QueueLimit + 5; i++)
        {
            sink.Emit(Event("line"));
        }

        sink.Dispose();
        Assert.Equal(ConsoleLog.QueueLimit, Read(text).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void AClosedOutput_LosesItsLines_AndTheSinkStillStops()
    {
        var text = new StringWriter();
        text.Dispose(); // standard output gone
        var sink = new ConsoleLog(text, new FakeTimeProvider());
        sink.Emit(Event("lost"));

        var stopping = Record.Exception(() =>
        {
            sink.Dispose();
            sink.Dispose(); // a logger may be disposed twice at shutdown
        });
        Assert.Null(stopping);
    }

    private static LogEvent Event(string message) =>
        new(Time.GetLocalNow(), LogEventLevel.Information, null, new Serilog.Parsing.MessageTemplateParser().Parse(message), []);

    private static string Written(LogEvent e)
    {
        var text = new StringWriter();
        var sink = new ConsoleLog(text, new FakeTimeProvider());
        sink.Emit(e);
        sink.Dispose();
        return text.ToString();
    }

    private static string Read(StringWriter text) => text.ToString();

    private sealed class LockedWriter : StringWriter
    {
        public override void Write(System.Text.StringBuilder? value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
