using System.Globalization;

namespace CbssSimulator;

/// <summary>
/// Dates as the simulator reads and writes them, whatever the process culture (docs/decisions.md, "Invariant culture"):
/// <c>yyyy-MM-dd</c> in the Gregorian calendar. Reading also takes every xs:date and xs:dateTime lexical form
/// (<c>2026-12-03</c>, <c>2026-12-03Z</c>, <c>2026-12-03+01:00</c>, <c>2026-12-03T10:00:00.5-05:00</c>): the date as written.
/// </summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The date of a stored date or an xs:date/xs:dateTime; a <see cref="FormatException"/> for anything else.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date (yyyy-MM-dd, with an optional time and zone).");

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Length < 10 || !DateOnly.TryParseExact(s[..10], Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        var rest = s[10..];
        if (rest.Length > 0 && rest[0] == 'T')
        {
            int end = 1;
            while (end < rest.Length && (char.IsAsciiDigit(rest[end]) || rest[end] is ':' or '.'))
            {
                end++;
            }

            if (!TimeOnly.TryParse(rest[1..end], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && !rest[1..end].SequenceEqual("24:00:00"))
            {
                date = default;
                return false;
            }

            rest = rest[end..];
        }

        bool zoneOk = rest.Length == 0 || rest is "Z"
            || (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
                && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int h)
                && int.TryParse(rest.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
                && (h < 14 && m < 60 || h == 14 && m == 0));
        if (!zoneOk)
        {
            date = default;
        }

        return zoneOk;
    }

    /// <summary>yyyy-MM-dd in the Gregorian calendar.</summary>
    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant in UTC to the millisecond, yyyy-MM-ddTHH:mm:ss.fffZ (the journal's and the CBSS blocks' form), in the
    /// Gregorian calendar whatever the culture. Written digit by digit: it runs several times per call, and a custom
    /// format string is parsed again on every use.
    /// </summary>
    public static string Instant(DateTimeOffset instant) => string.Create(24, instant.UtcDateTime, static (text, t) =>
    {
        Digits(text[..4], t.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), t.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), t.Day);
        text[10] = 'T';
        Digits(text.Slice(11, 2), t.Hour);
        text[13] = ':';
        Digits(text.Slice(14, 2), t.Minute);
        text[16] = ':';
        Digits(text.Slice(17, 2), t.Second);
        text[19] = '.';
        Digits(text.Slice(20, 3), t.Millisecond);
        text[23] = 'Z';
    });

    private static void Digits(Span<char> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}

/// <summary>Date arithmetic that stops at the calendar's ends instead of overflowing (docs/decisions.md, "Calendar edges").</summary>
public static class CalendarEdges
{
    public static DateOnly AddDaysOrEdge(this DateOnly date, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    public static DateOnly AddYearsOrEdge(this DateOnly date, int years) =>
        date.Year + years > 9999 ? DateOnly.MaxValue : date.Year + years < 1 ? DateOnly.MinValue : date.AddYears(years);

    public static DateOnly AddMonthsOrEdge(this DateOnly date, int months)
    {
        long index = date.Year * 12L + date.Month - 1 + months;
        return index > 9999 * 12L + 11 ? DateOnly.MaxValue : index < 12 ? DateOnly.MinValue : date.AddMonths(months);
    }

    /// <summary>The day after, or none at the calendar's end.</summary>
    public static DateOnly? DayAfter(this DateOnly date) => date == DateOnly.MaxValue ? null : date.AddDays(1);
}
