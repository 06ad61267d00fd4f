using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>Write transactions of one database take turns (docs/decisions.md, "Writers take turns").</summary>
public class WriterTurnsTests
{
    [Fact]
    public void ManyWriters_AllCommit_NoneMeetsALockedFile()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        try
        {
            var store = new IntegrationStore(db);
            long before = Count(db);
            const int writers = 16, each = 25;
            Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
            {
                for (int i = 0; i < each; i++)
                {
                    // Separate periods (a gap of a day): each registration is a row of its own.
                    var start = new DateOnly(2000, 1, 1).AddDays((w * each + i) * 3);
                    store.Register("0212344876", "85073003328", 102, new Period(start, start.AddDays(1)));
                }
            });

            Assert.Equal(before + writers * each, Count(db));
        }
        finally
        {
            db.ClearPool();
        }
    }

    [Fact]
    public async Task AWriteThatFails_LeavesNothing_AndTheNextWriterGoesOn()
    {
        var db = new RegistryDatabase(TestRegistry.Copy());
        try
        {
            long before = Count(db);
            Assert.Throws<InvalidOperationException>(() => db.Write((c, tx) =>
            {
                c.Execute("INSERT INTO Integration (Ssin, Cbe, QualityCode, StartDate) VALUES ('85073003328', '0212344876', 102, '2001-01-01')", transaction: tx);
                throw new InvalidOperationException("half-way");
            }));
            Assert.Equal(before, Count(db));

            var done = Task.Run(() => db.Write((c, tx) =>
                c.Execute("INSERT INTO Integration (Ssin, Cbe, QualityCode, StartDate) VALUES ('85073003328', '0212344876', 102, '2001-01-01')", transaction: tx)));
            await done.WaitAsync(TimeSpan.FromSeconds(10)); // another thread: a turn left held would block it (TimeoutException)
            Assert.Equal(before + 1, Count(db));
        }
        finally
        {
            db.ClearPool();
        }
    }

    private static long Count(RegistryDatabase db)
    {
        using var c = db.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM Integration");
    }
}
