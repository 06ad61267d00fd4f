using System.Globalization;
using System.Text;

namespace CbssSimulator.Registry;

/// <summary>
/// Our phonetic key for Belgian (Dutch, French, German) and foreign names. No public description of the
/// RN/BCSS algorithm exists, so this one is ours: fold case, accents, spaces, hyphens and apostrophes
/// (DE WACHTER = DEWACHTER, VAN DEN BERGHE = VANDENBERGHE), merge sounds that Belgian spellings swap
/// (PH/F/V/W, C/K/Q, Z/S, Y/IJ/I, DT/D/T at the end), then keep the first letter, the consonant skeleton
/// and whether the name ends on a vowel.
/// </summary>
public static class Phonetic
{
    /// <summary>Upper case, no accents, letters only.</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char u = char.ToUpperInvariant(c);
            switch (u)
            {
                case 'ß': sb.Append("SS"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'Œ': sb.Append("OE"); break;
                case 'Ø': sb.Append('O'); break;
                case >= 'A' and <= 'Z': sb.Append(u); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The key two spellings of one name share.</summary>
    public static string Key(string? name)
    {
        string s = Fold(name);
        if (s.Length == 0)
        {
            return "";
        }

        s = s.Replace("SCH", "S").Replace("PH", "F").Replace("TH", "T").Replace("CH", "G").Replace("GH", "G")
            .Replace("CK", "K").Replace("QU", "K").Replace("Q", "K").Replace("X", "KS").Replace("IJ", "I")
            .Replace("Y", "I").Replace("Z", "S").Replace("W", "V").Replace("V", "F").Replace("DT", "T");
        s = ReplaceSoftC(s);
        if (s.EndsWith('D'))
        {
            s = s[..^1] + "T";
        }

        var key = new StringBuilder();
        key.Append(IsVowel(s[0]) ? 'A' : s[0]);
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (IsVowel(c) || c == 'H')
            {
                continue;
            }

            if (key[^1] != c)
            {
                key.Append(c);
            }
        }

        // A final vowel is heard (STEPHANIE ≠ STEPHAN, MARIE ≠ MARC… but STEPHANIE = STEFANIE).
        if (s.Length > 1 && IsVowel(s[^1]))
        {
            key.Append('A');
        }

        return key.ToString();
    }

    /// <summary>Keys of each given name in a first-names field ("Jean-Pierre Marie" → JNPR, MR; "Jean Pierre" also JNPR).</summary>
    public static IReadOnlyList<string> FirstNameKeys(string? firstNames)
    {
        if (string.IsNullOrWhiteSpace(firstNames))
        {
            return [];
        }

        var parts = firstNames.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var keys = new List<string> { Key(string.Concat(parts)) };
        keys.AddRange(parts.Select(Key));
        return keys.Distinct().ToList();
    }

    private static string ReplaceSoftC(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            bool soft = s[i] == 'C' && i + 1 < s.Length && s[i + 1] is 'E' or 'I';
            sb.Append(s[i] == 'C' ? (soft ? 'S' : 'K') : s[i]);
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
