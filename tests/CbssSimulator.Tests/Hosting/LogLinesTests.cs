using System.Text;
using CbssSimulator.Hosting;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>The console log's queue keeps lines as characters: every line comes out whole, once, in the order it went in.</summary>
public class LogLinesTests
{
    [Fact]
    public void Lines_ComeOutAsTheyWentIn_ShortOrLong()
    {
        var queue = new LogLines(4);
        string longLine = new string('x', LogLines.Width + 1) + "\n";
        Assert.True(queue.TryAdd(new StringBuilder("first\n")));
        Assert.True(queue.TryAdd(new StringBuilder(longLine)));
        Assert.True(queue.TryAdd(new StringBuilder(new string('y', LogLines.Width))));

        var taken = new StringBuilder();
        Assert.Equal(3, queue.TakeInto(taken, 10));
        Assert.Equal("first\n" + longLine + new string('y', LogLines.Width), taken.ToString());
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void AFullQueue_RefusesLines_UntilTheReaderTakesSome()
    {
        var queue = new LogLines(2);
        Assert.True(queue.TryAdd(new StringBuilder("a")));
        Assert.True(queue.TryAdd(new StringBuilder("b")));
        Assert.False(queue.TryAdd(new StringBuilder("c")));

        var taken = new StringBuilder();
        Assert.Equal(1, queue.TakeInto(taken, 1));
        Assert.True(queue.TryAdd(new StringBuilder("d"))); // reuses the first place
        Assert.Equal(2, queue.TakeInto(taken, 10));
        Assert.Equal("abd", taken.ToString());
    }

    [Fact]
    public async Task ManyWriters_AndOneReader_LoseNoLineAndMixNone()
    {
        var queue = new LogLines(64);
        const int writers = 8, each = 5_000;
        var taken = new StringBuilder();
        using var done = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested || !queue.IsEmpty)
            {
                queue.TakeInto(taken, 100);
            }
        });

        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            for (int i = 0; i < each; i++)
            {
                // A writer tries again while the queue is full, so that every line must come out.
                var line = new StringBuilder().Append(w).Append(':').Append(i).Append(w % 2 == 0 ? new string('-', LogLines.Width) : "").Append('\n');
                while (!queue.TryAdd(line))
                {
                    Thread.Yield();
                }
            }
        });
        done.Cancel();
        await reader;

        var lines = taken.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(writers * each, lines.Length);
        for (int w = 0; w < writers; w++)
        {
            // Each writer's lines come out in its order, each whole.
            var own = lines.Where(l => l.StartsWith($"{w}:", StringComparison.Ordinal)).Select(l => int.Parse(l.Split(':')[1].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(0, each), own);
        }
    }
}
