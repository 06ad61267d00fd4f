using System.Runtime.CompilerServices;
using System.Text;
using CbssSimulator.Sandboxes;
using Xunit;

namespace CbssSimulator.Tests.Sandboxes;

/// <summary>
/// The journal keeps entries as values and bodies in a ring (docs/decisions.md, "A journal the collector does not walk"):
/// what a reader gets back is what was written, whole, under concurrent writers, and nothing of the call stays alive.
/// </summary>
public class JournalSlotsTests
{
    private static readonly DateTimeOffset Simulated = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(1));

    private static JournalLine Line(Journal journal, string service, IReadOnlyList<string> ssins, IReadOnlyList<int> codes, JournalBodyMark bodies,
        string? cpas = "0212344876", int? status = 200) =>
        new(journal.NextSequence(), Simulated, Simulated.AddSeconds(1), cpas, service, "op", ssins, codes, "ok", "MSG00000", 3, "default", status, null, bodies);

    [Fact]
    public void AnEntry_ReadsBackAsWritten_WhateverItsSsinsAndCodes()
    {
        var journal = new Journal(capacity: 10);
        var mark = journal.KeepBodies("<request/>"u8, "<reply/>"u8);
        journal.Add(Line(journal, "A", ["85073003328"], [102], mark));
        journal.Add(Line(journal, "B", ["0850730033"], [], JournalBodyMark.None, cpas: null, status: null));
        journal.Add(Line(journal, "C", ["85073003328", "60010100137"], [1, 2, 3], mark));
        journal.Add(Line(journal, "D", ["00000000097"], [7, 8], mark));

        var entries = journal.Entries;
        Assert.Equal(["A", "B", "C", "D"], entries.Select(e => e.Service));
        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal("2026-03-04T04:06:07.890Z", entries[0].SimulatedTime);
        Assert.Equal("2026-03-04T04:06:08.890Z", entries[0].WallTime);
        Assert.Equal(["85073003328"], entries[0].Ssins);
        Assert.Equal(["0850730033"], entries[1].Ssins); // not 11 digits: kept as text
        Assert.Equal(["85073003328", "60010100137"], entries[2].Ssins);
        Assert.Equal(["00000000097"], entries[3].Ssins); // leading zeros survive the number
        Assert.Equal([102], entries[0].QualityCodes);
        Assert.Empty(entries[1].QualityCodes);
        Assert.Equal([1, 2, 3], entries[2].QualityCodes);
        Assert.Equal([7, 8], entries[3].QualityCodes);
        Assert.Null(entries[1].Cpas);
        Assert.Null(entries[1].HttpStatus);
        Assert.Equal(200, entries[0].HttpStatus);
        Assert.Equal(("<request/>", "<reply/>"), (entries[2].Request, entries[2].Reply));
        Assert.Null(entries[1].Request);
    }

    [Fact]
    public void AnEntryMadeElsewhere_KeepsItsTimesAsGiven()
    {
        var journal = new Journal(capacity: 2);
        journal.Add(new JournalEntry(journal.NextSequence(), "2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z", "0212344876", "S", "o", [], [], "notification delivered", "200", 1));
        var entry = Assert.Single(journal.Entries);
        Assert.Equal(("2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z", "notification delivered"), (entry.SimulatedTime, entry.WallTime, entry.Outcome));
    }

    [Fact]
    public async Task ManyWriters_LeaveTheNewestEntriesWhole_AndCountTheDropped()
    {
        var journal = new Journal(capacity: 100, bodyBudget: 1 << 20); // room for every body written: none expires while read
        const int writers = 16, each = 2_000;
        int torn = 0;
        using var done = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                foreach (var e in journal.Entries)
                {
                    // Each writer's entry names its number in the duration, the SSIN and both bodies: a mix is a torn read.
                    string n = e.DurationMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    bool whole = e.Ssins.Single() == n.PadLeft(11, '0')
                        && (e.Request is null || (e.Request == "q" + n && e.Reply == "r" + n));
                    if (!whole)
                    {
                        Interlocked.Increment(ref torn);
                    }
                }
            }
        });

        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            for (int i = 0; i < each; i++)
            {
                string n = (w * each + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var mark = journal.KeepBodies(Encoding.UTF8.GetBytes("q" + n), Encoding.UTF8.GetBytes("r" + n));
                journal.Add(new JournalLine(journal.NextSequence(), Simulated, Simulated, null, "S", "op", [n.PadLeft(11, '0')], [], "ok", null, w * each + i, null, 200, null, mark));
            }
        });
        done.Cancel();
        await reader;

        Assert.Equal(0, torn);
        var entries = journal.Entries;
        Assert.Equal(100, entries.Count);
        Assert.Equal(writers * each - 100, journal.Dropped);
        Assert.Equal(100, entries.Select(e => e.Sequence).Distinct().Count());
        Assert.All(entries, e => Assert.NotNull(e.Request));
    }

    [Fact]
    public void ABodyAcrossTheRingsArrays_ReadsBackWhole_AndAnOverwrittenOneIsGone()
    {
        var journal = new Journal(capacity: 10, bodyBudget: 3L << 20); // three 1 MB arrays
        byte[] Body(byte fill, int size) => Enumerable.Repeat(fill, size).ToArray();
        var first = journal.KeepBodies(Body((byte)'a', 700_000), Body((byte)'b', 700_000)); // ends past the first array
        journal.Add(Line(journal, "first", [], [], first));
        Assert.Equal(new string('b', 700_000), journal.Entries[0].Reply);

        for (int i = 0; i < 3; i++)
        {
            journal.Add(Line(journal, "later", [], [], journal.KeepBodies(Body((byte)'c', 600_000), Body((byte)'d', 600_000))));
        }

        var entries = journal.Entries;
        Assert.Null(entries[0].Request); // 3.6 MB were kept after it
        Assert.Equal(new string('d', 600_000), entries[3].Reply); // the last one wraps round to the first array
    }

    [Fact]
    public void WhatTheCallAllocated_IsNotHeldByTheJournal()
    {
        var journal = new Journal(capacity: 10);
        journal.Add(Line(journal, "warm", ["85073003328"], [], JournalBodyMark.None, cpas: "0212344876"));
        var (request, cpas, outcome) = Journaled(journal);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(request.IsAlive, "the journal holds the request's array");
        Assert.False(cpas.IsAlive, "the journal holds the call's own CPAS string");
        Assert.False(outcome.IsAlive, "the journal holds the call's own outcome string");
        Assert.Equal("<x/>", journal.Entries[^1].Request);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Request, WeakReference Cpas, WeakReference Outcome) Journaled(Journal journal)
    {
        var request = Encoding.UTF8.GetBytes("<x/>");
        string cpas = new([.. "0212344876"]); // equal to a kept text, not the same string
        string outcome = new([.. "ok"]);
        journal.Add(new JournalLine(journal.NextSequence(), Simulated, Simulated, cpas, "S", "op", ["85073003328"], [], outcome, null, 0, null, 200, null,
            journal.KeepBodies(request, default)));
        return (new WeakReference(request), new WeakReference(cpas), new WeakReference(outcome));
    }
}
