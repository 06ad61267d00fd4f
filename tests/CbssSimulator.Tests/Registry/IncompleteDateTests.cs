using CbssSimulator.Registry;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>The birth-date tolerance rules of seeds 000/001 (services.md §5, belgian-domain.md §2.1).</summary>
public class IncompleteDateTests
{
    [Theory]
    [InlineData("1975-10-10", 5, "1975-10-05", "1975-10-15")]
    [InlineData("2000-10-00", 2, "2000-08-01", "2000-12-31")]
    [InlineData("2000-00-00", 2, "1998-01-01", "2002-12-31")]
    [InlineData("2000-01-00", 2, "1999-11-01", "2000-03-31")]
    [InlineData("1938-06-00", 0, "1938-06-01", "1938-06-30")]
    [InlineData("1975-10-10", 0, "1975-10-10", "1975-10-10")]
    public void SearchWindow_FollowsTheSeedRules(string date, int tolerance, string from, string to)
    {
        var (f, t) = IncompleteDate.Parse(date).SearchWindow(tolerance);
        Assert.Equal(IsoDate.Parse(from), f);
        Assert.Equal(IsoDate.Parse(to), t);
    }

    [Theory]
    [InlineData("1975-02-30")]
    [InlineData("1975-00-05")]
    [InlineData("1975-13-00")]
    [InlineData("19750101")]
    public void TryParse_RejectsImpossibleDates(string text) => Assert.False(IncompleteDate.TryParse(text, out _));
}
