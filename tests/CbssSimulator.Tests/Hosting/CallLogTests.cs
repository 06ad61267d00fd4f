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
        using (var logger = configure(new LoggerConfiguration()).WriteTo.Sink(new ConsoleLog(text), ConsoleLog.Batching).CreateLogger())
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
}
