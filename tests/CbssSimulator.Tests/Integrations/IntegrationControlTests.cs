using CbssSimulator.Integrations;
using Xunit;

namespace CbssSimulator.Tests.Integrations;

/// <summary>
/// Window edges: one day inside and one day outside each window kind (bounds inclusive, docs/decisions.md, "Windows
/// include their bounds").
/// </summary>
public class IntegrationControlTests
{
    private static readonly DateOnly D = new(2026, 11, 23);

    private static bool Ok(WindowKind w, DateOnly start, DateOnly? end, Period? requested = null) =>
        IntegrationControl.Satisfies(w, new Period(start, end), D, requested);

    [Fact]
    public void Sysdate_ContainsD()
    {
        Assert.True(Ok(WindowKind.Sysdate, D, D));
        Assert.False(Ok(WindowKind.Sysdate, D.AddDays(1), D.AddDays(30)));
        Assert.False(Ok(WindowKind.Sysdate, D.AddDays(-30), D.AddDays(-1)));
        Assert.True(Ok(WindowKind.Sysdate, D.AddYears(-1), null));
    }

    [Fact]
    public void Window_IsDMinus2MonthsToDPlus45Days()
    {
        var low = D.AddMonths(-2);   // 2026-09-23
        var high = D.AddDays(45);    // 2027-01-07
        Assert.True(Ok(WindowKind.Window, low.AddDays(-10), low));
        Assert.False(Ok(WindowKind.Window, low.AddDays(-10), low.AddDays(-1)));
        Assert.True(Ok(WindowKind.Window, high, high.AddDays(10)));
        Assert.False(Ok(WindowKind.Window, high.AddDays(1), high.AddDays(10)));
    }

    [Fact]
    public void Overlap_NeedsOneCommonDayWithTheRequestedPeriod()
    {
        var requested = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Assert.True(Ok(WindowKind.Overlap, new DateOnly(2025, 6, 1), new DateOnly(2026, 1, 1), requested));
        Assert.False(Ok(WindowKind.Overlap, new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31), requested));
        Assert.True(Ok(WindowKind.Overlap, new DateOnly(2026, 12, 31), null, requested));
        Assert.False(Ok(WindowKind.Overlap, new DateOnly(2027, 1, 1), null, requested));
    }

    [Fact]
    public void Pension5Y_TheIntegrationExtendedBy5YearsMustContainTheWholePeriod()
    {
        var integration = (Start: new DateOnly(2026, 1, 1), End: (DateOnly?)new DateOnly(2026, 12, 31));
        Assert.True(Ok(WindowKind.Pension5Y, integration.Start, integration.End, new Period(new DateOnly(2021, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.False(Ok(WindowKind.Pension5Y, integration.Start, integration.End, new Period(new DateOnly(2020, 12, 31), new DateOnly(2026, 6, 30))));
        Assert.False(Ok(WindowKind.Pension5Y, integration.Start, integration.End, new Period(new DateOnly(2022, 1, 1), new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void PerCodeWindows_ManageCarmed001IsSysdate_004IsOverlap()
    {
        var row = ControlTable.Get("ManageCarmed", "consultCarmed");
        var past = new Period(D.AddMonths(-6), D.AddMonths(-3));
        var requested = new Period(D.AddMonths(-4), D.AddMonths(-4));
        Assert.False(IntegrationControl.Evaluate(row, [new Integration(1, "x", "y", 1, past)], D, requested).Allowed);
        Assert.True(IntegrationControl.Evaluate(row, [new Integration(1, "x", "y", 4, past)], D, requested).Allowed);
    }

    [Fact]
    public void MatchedCodes_TellWhichCodesSatisfiedTheRow()
    {
        var row = ControlTable.Get("RetrieveTIGroups", "retrieveTI");
        var now = new Period(D, D);
        var verdict = IntegrationControl.Evaluate(row, [new Integration(1, "x", "y", 30, now), new Integration(2, "x", "y", 31, now)], D, null);
        Assert.Equal([30], verdict.MatchedCodes);
    }
}
