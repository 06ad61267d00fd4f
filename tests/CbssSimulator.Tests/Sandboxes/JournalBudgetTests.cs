using CbssSimulator.Sandboxes;
using Xunit;

namespace CbssSimulator.Tests.Sandboxes;

/// <summary>A journal keeps its entries up to its capacity and their bodies up to its byte budget, oldest bodies first.</summary>
public class JournalBudgetTests
{
    private static JournalEntry Entry(Journal journal, int bodyBytes) => new(journal.NextSequence(), "2026-11-23T10:00:00.000Z", "2026-11-23T10:00:00.000Z",
        "0212344876", "TestConnectionService", "sendTestMessage", [], [], "ok", null, 1,
        Bodies: new JournalBodies(new byte[bodyBytes / 2].Select(_ => (byte)'a').ToArray(), new byte[bodyBytes / 2].Select(_ => (byte)'b').ToArray()));

    [Fact]
    public void PastTheBudget_TheOldestEntriesLoseTheirBodies_NotTheirRecords()
    {
        var journal = new Journal(capacity: 10, bodyBudget: 250);
        for (int i = 0; i < 4; i++)
        {
            journal.Add(Entry(journal, 100));
        }

        var entries = journal.Entries;
        Assert.Equal(4, entries.Count);
        Assert.Equal([null, null, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"], entries.Select(e => e.Request));
        Assert.NotNull(entries[3].Reply);
        Assert.Null(entries[0].Reply);
    }

    [Fact]
    public void Clear_ForgetsTheBodiesToo()
    {
        var journal = new Journal(capacity: 10, bodyBudget: 250);
        journal.Add(Entry(journal, 200));
        journal.Clear();
        journal.Add(Entry(journal, 200));
        Assert.NotNull(Assert.Single(journal.Entries).Request);
    }
}
