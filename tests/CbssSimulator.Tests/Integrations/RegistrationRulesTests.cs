using CbssSimulator.Integrations;
using Xunit;

namespace CbssSimulator.Tests.Integrations;

/// <summary>Seed 003 §3 and docs/decisions.md, "Integration periods".</summary>
public class RegistrationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(1, "2015-06-05", "2015-08-04")]   // 2 months − 1 day
    [InlineData(31, "2015-06-05", "2015-07-04")]  // seed 000: 05/06/2015 + 1 month → 04/07/2015
    [InlineData(31, "2026-01-31", "2026-02-27")]  // calendar months: 31 Jan + 1 month = end of February, − 1 day
    [InlineData(2, "2026-03-01", "2027-02-28")]
    [InlineData(7, "2026-03-01", "2031-02-28")]
    [InlineData(40, "2026-03-01", "2026-12-31")]  // heating: the calendar year
    [InlineData(21, "2026-03-01", "2031-03-01")]  // start + 5 years, as seed 003 words it
    [InlineData(30, "2026-11-23", "2027-11-22")]
    public void NoEndDate_GetsTheCodesDefault(int code, string start, string end)
    {
        var check = RegistrationRules.Check(code, IsoDate.Parse(start), null, IsoDate.Parse(start));
        Assert.Null(check.Error);
        Assert.Equal(IsoDate.Parse(end), check.Period!.Value.End);
    }

    [Fact]
    public void Code011_WithoutEnd_IsOpenEnded() =>
        Assert.Null(RegistrationRules.Check(11, Today, null, Today).Period!.Value.End);

    [Fact]
    public void EndBeyondMaximum_IsShortened_WithAWarning()
    {
        var check = RegistrationRules.Check(1, Today, Today.AddYears(1), Today);
        Assert.Equal(Today.AddMonths(2).AddDays(-1), check.Period!.Value.End);
        Assert.NotNull(check.Warning);
    }

    [Fact]
    public void EndWithinMaximum_IsKept() =>
        Assert.Equal(Today.AddDays(10), RegistrationRules.Check(1, Today, Today.AddDays(10), Today).Period!.Value.End);

    [Fact]
    public void StartMoreThanOneYearAhead_IsRefused()
    {
        Assert.NotNull(RegistrationRules.Check(2, Today.AddYears(1).AddDays(1), null, Today).Error);
        Assert.Null(RegistrationRules.Check(2, Today.AddYears(1), null, Today).Error);
    }

    [Fact]
    public void DatesMoreThan100YearsAway_AreRefused()
    {
        Assert.Equal("StartDate", RegistrationRules.Check(2, Today.AddYears(-100).AddDays(-1), Today, Today).ErrorField);
        Assert.Equal("EndDate", RegistrationRules.Check(11, Today, Today.AddYears(100).AddDays(1), Today).ErrorField);
    }

    [Fact]
    public void AWholePeriodInThePast_IsAllowed() =>
        Assert.Null(RegistrationRules.Check(1, new DateOnly(2009, 1, 1), new DateOnly(2009, 2, 28), Today).Error);

    [Fact]
    public void UnknownCode_AndEndBeforeStart_AreRefused()
    {
        Assert.Equal("Purpose", RegistrationRules.Check(902, Today, null, Today).ErrorField);
        Assert.Equal("EndDate", RegistrationRules.Check(1, Today, Today.AddDays(-1), Today).ErrorField);
    }
}
