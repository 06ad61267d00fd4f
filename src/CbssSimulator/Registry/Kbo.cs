namespace CbssSimulator.Registry;

/// <summary>
/// KBO/BCE enterprise numbers: 10 digits, first digit 0 or 1, last two = 97 − (first eight mod 97).
/// </summary>
public static class Kbo
{
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 10 || !value.All(char.IsAsciiDigit) || value[0] > '1')
        {
            return false;
        }

        return CheckDigits(long.Parse(value.AsSpan(0, 8), CultureInfo.InvariantCulture)) == int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
    }

    /// <summary>Completes an 8-digit base (first digit 0 or 1) with its check digits.</summary>
    public static string Create(long firstEight)
    {
        if (firstEight is < 0 or > 19_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(firstEight));
        }

        return $"{firstEight:00000000}{CheckDigits(firstEight):00}";
    }

    /// <summary>0212.344.876, the display form.</summary>
    public static string Format(string value) => $"{value[..4]}.{value[4..7]}.{value[7..]}";

    private static int CheckDigits(long firstEight) => 97 - (int)(firstEight % 97);
}
