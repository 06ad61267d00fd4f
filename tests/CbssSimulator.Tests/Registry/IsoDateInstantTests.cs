using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>The journal's and the CBSS blocks' instants: UTC, milliseconds, Gregorian whatever the culture.</summary>
public class IsoDateInstantTests
{
    [Theory]
    [InlineData("2026-12-06T10:33:10.1234567+00:00", "2026-12-06T10:33:10.123Z")]
    [InlineData("2026-01-01T00:00:00+01:00", "2025-12-31T23:00:00.000Z")]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00.000Z")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", "9999-12-31T23:59:59.999Z")]
    [InlineData("2024-02-29T07:05:09.007+00:00", "2024-02-29T07:05:09.007Z")]
    public void Instant_IsWrittenInUtcToTheMillisecond(string instant, string expected) =>
        Assert.Equal(expected, IsoDate.Instant(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void Instant_MatchesTheFormatString_UnderAThaiCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            var t = new DateTimeOffset(2026, 12, 6, 9, 8, 7, 65, TimeSpan.Zero);
            Assert.Equal(t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), IsoDate.Instant(t));
            Assert.StartsWith("2026-", IsoDate.Instant(t), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
