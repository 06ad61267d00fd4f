namespace CbssSimulator.Registry;

/// <summary>Result of checking a NISS/INSZ/SSIN, in the order the BCSS reports problems.</summary>
public enum SsinCheck
{
    /// <summary>Pattern and mod-97 check number are right.</summary>
    Valid,
    /// <summary>Not 11 digits, or a month/day/sequence/check part outside the CommonV3 SsinType pattern (MSG00008).</summary>
    BadPattern,
    /// <summary>The pattern is right but the check number is not (MSG00011).</summary>
    BadChecksum,
}

/// <summary>Which register attributed the number.</summary>
public enum SsinKind
{
    /// <summary>National Register number.</summary>
    Rn,
    /// <summary>BIS number whose holder's sex was unknown at attribution (month + 20).</summary>
    BisSexUnknown,
    /// <summary>BIS number whose holder's sex was known at attribution (month + 40).</summary>
    BisSexKnown,
}

/// <summary>
/// NISS rules written in-house (KB 8-2-1991, KB 13-10-1998, RN instruction TI 000):
/// YYMMDD + sequence (odd = male, even = female) + 97 − (n mod 97), where n is prefixed
/// with a 2 for people born in or after 2000.
/// </summary>
public static class Ssin
{
    public static SsinCheck Check(string? value)
    {
        if (value is null || value.Length != 11 || !value.All(char.IsAsciiDigit))
        {
            return SsinCheck.BadPattern;
        }

        int month = Two(value, 2), day = Two(value, 4), check = Two(value, 9);
        bool rn = month <= 12, bis = month is >= 20 and <= 32, ter = month is >= 40 and <= 52;
        if (!(rn || bis || ter) || day > 31 || check > 97 || (rn && value.AsSpan(6, 3).SequenceEqual("000")))
        {
            return SsinCheck.BadPattern;
        }

        return Century(value) is null ? SsinCheck.BadChecksum : SsinCheck.Valid;
    }

    public static bool IsValid(string? value) => Check(value) == SsinCheck.Valid;

    /// <summary>19 or 20 according to which checksum branch matches; null when neither does.</summary>
    public static int? Century(string value)
    {
        long first9 = long.Parse(value.AsSpan(0, 9), CultureInfo.InvariantCulture);
        int check = Two(value, 9);
        if (97 - (first9 % 97) == check)
        {
            return 19;
        }

        return 97 - ((2_000_000_000L + first9) % 97) == check ? 20 : null;
    }

    public static SsinKind Kind(string value) => Two(value, 2) switch
    {
        >= 40 => SsinKind.BisSexKnown,
        >= 20 => SsinKind.BisSexUnknown,
        _ => SsinKind.Rn,
    };

    /// <summary>Builds a number from a birth date (month/day may be 0 = unknown), a sequence and the register.</summary>
    public static string Create(IncompleteDate birth, int sequence, SsinKind kind)
    {
        if (sequence is < 1 or > 998)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence));
        }

        int month = birth.Month + kind switch { SsinKind.BisSexUnknown => 20, SsinKind.BisSexKnown => 40, _ => 0 };
        string first9 = $"{birth.Year % 100:00}{month:00}{birth.Day:00}{sequence:000}";
        long n = long.Parse(first9, CultureInfo.InvariantCulture) + (birth.Year >= 2000 ? 2_000_000_000L : 0);
        return first9 + (97 - (n % 97)).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Sex from the sequence parity (1 male, 2 female), or 0 when a BIS number was given with the sex unknown.</summary>
    public static int Sex(string value) =>
        Kind(value) == SsinKind.BisSexUnknown ? 0 : (int.Parse(value.AsSpan(6, 3), CultureInfo.InvariantCulture) % 2 == 1 ? 1 : 2);

    /// <summary>The birth date the number encodes (unknown parts as 0).</summary>
    public static IncompleteDate BirthDate(string value)
    {
        int century = Century(value) ?? 19;
        return new IncompleteDate(century * 100 + Two(value, 0), Two(value, 2) % 20, Two(value, 4));
    }

    /// <summary>YY.MM.DD-SSS.CC, the display form.</summary>
    public static string Format(string value) =>
        $"{value[..2]}.{value[2..4]}.{value[4..6]}-{value[6..9]}.{value[9..]}";

    private static int Two(string value, int start) => (value[start] - '0') * 10 + (value[start + 1] - '0');
}
