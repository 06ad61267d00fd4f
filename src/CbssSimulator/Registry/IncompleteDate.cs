using System.Globalization;

namespace CbssSimulator.Registry;

/// <summary>
/// A birth date as the registers write it: yyyy-MM-dd, yyyy-MM-00 (day unknown) or yyyy-00-00 (month and day unknown).
/// </summary>
public readonly record struct IncompleteDate(int Year, int Month, int Day)
{
    public bool IsComplete => Month > 0 && Day > 0;

    public static bool TryParse(string? text, out IncompleteDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d))
        {
            return false;
        }

        if (y < 1 || m > 12 || (m == 0 && d != 0) || (m > 0 && d > DateTime.DaysInMonth(y, m)))
        {
            return false;
        }

        date = new IncompleteDate(y, m, d);
        return true;
    }

    public static IncompleteDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not yyyy-MM-dd, yyyy-MM-00 or yyyy-00-00.");

    public static IncompleteDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can stand for.</summary>
    public DateOnly Earliest => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day the date can stand for.</summary>
    public DateOnly Latest => Month == 0 ? new(Year, 12, 31)
        : Day == 0 ? new(Year, Month, DateTime.DaysInMonth(Year, Month)) : new(Year, Month, Day);

    /// <summary>
    /// The phonetic-search window of seeds 000/001: ± tolerance days for a full date, months for yyyy-MM-00,
    /// years for yyyy-00-00 (00/10/2000 T2 → 01/08/2000–31/12/2000).
    /// </summary>
    public (DateOnly From, DateOnly To) SearchWindow(int tolerance)
    {
        if (IsComplete)
        {
            var d = new DateOnly(Year, Month, Day);
            return (d.AddDays(-tolerance), d.AddDays(tolerance));
        }

        if (Month > 0)
        {
            var first = new DateOnly(Year, Month, 1);
            var from = first.AddMonths(-tolerance);
            var lastMonth = first.AddMonths(tolerance);
            return (from, lastMonth.AddMonths(1).AddDays(-1));
        }

        return (new DateOnly(Year - tolerance, 1, 1), new DateOnly(Year + tolerance, 12, 31));
    }

    public override string ToString() => $"{Year:0000}-{Month:00}-{Day:00}";
}
