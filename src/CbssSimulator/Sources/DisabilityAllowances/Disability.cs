using CbssSimulator.Registry;

namespace CbssSimulator.Sources.DisabilityAllowances;

/// <summary>A disability right: its kind, the points or category of the assessment, the monthly amount and the period.</summary>
public sealed record DisabilityRight(string Kind, int Assessment, string Category, decimal MonthlyAmount, DateOnly Begin, string Authority);

/// <summary>
/// Disability rights derived from the registry (no table): about 4 % of the adults from 21 to 64 receive the income
/// replacement and integration allowances (ARR/AI: 7 to 18 points, category A/B/C), about 4 % of the persons of 65 or more
/// the assistance to the elderly (APA, category 1 to 5, paid by the region), about 3 % of the children under 21 the
/// supplement for a child with a disability (1 to 6 points in pillar 1). A right begins on a date derived from the number;
/// a right gives a social card (parking card from 12 points or APA category 3).
/// </summary>
public static class Disability
{
    public static DisabilityRight? Right(PersonRow p, DateOnly today)
    {
        if (p.Register == Registers.Bis || (p.DeathDate is { } d && IsoDate.Parse(d) <= today))
        {
            return null;
        }

        uint hash = StableHash.Of(p.Ssin + "H");
        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        int age = today.Year - born.Year - (today.DayOfYear < born.DayOfYear ? 1 : 0);
        var begin = new[] { born.AddYears(age >= 65 ? 65 : age >= 21 ? 21 : 0), today.AddDays(-(int)(hash % 3000)) }.Max();
        if (age < 21 && hash % 100 < 3)
        {
            int points = 1 + (int)(hash >> 8) % 6;
            return new DisabilityRight("CHILD_SUPPLEMENT", points, "PILLAR1", 90m + points * 95m, begin, Region(hash));
        }

        if (age is >= 21 and < 65 && hash % 100 < 4)
        {
            int points = 7 + (int)(hash >> 8) % 12;
            string category = ((hash >> 4) % 3) switch { 0 => "A", 1 => "B", _ => "C" };
            return new DisabilityRight("ARR_AI", points, category, 1000m + points * 45m, begin, "DG Personnes handicapées / DG Personen met een handicap");
        }

        if (age >= 65 && hash % 100 < 4)
        {
            int category = 1 + (int)(hash >> 8) % 5;
            return new DisabilityRight("APA", category, category.ToString(), category * 115m, begin, Region(hash));
        }

        return null;
    }

    /// <summary>Social cards the right gives: the reduction card always, the parking card for a severe assessment.</summary>
    public static IEnumerable<string> SocialCards(DisabilityRight r) =>
        r.Kind == "CHILD_SUPPLEMENT" ? ["SOCIAL_REDUCTION"] : (r.Kind == "ARR_AI" && r.Assessment >= 12) || (r.Kind == "APA" && r.Assessment >= 3)
            ? ["SOCIAL_REDUCTION", "PARKING"] : ["SOCIAL_REDUCTION"];

    private static string Region(uint hash) => ((hash >> 12) % 3) switch { 0 => "AVIQ", 1 => "Iriscare", _ => "Vlaamse Sociale Bescherming" };
}
