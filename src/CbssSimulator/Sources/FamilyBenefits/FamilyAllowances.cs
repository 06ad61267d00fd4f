using CbssSimulator.Registry;

namespace CbssSimulator.Sources.FamilyBenefits;

/// <summary>A family-allowance file: the child, who receives the allowances, the paying fund and the period.</summary>
public sealed record AllowanceFile(string ChildSsin, string BeneficiarySsin, string Fund, string Region, DateOnly Begin, DateOnly? End);

/// <summary>
/// Family-allowance files derived from the households (no table: they follow the registry as it changes). Every child
/// (family role 3) of a household of the National Register or the waiting register, under 18 at D, or under 25 (a student,
/// about half of them) has a file from its birth; the allowances are paid to the mother when she lives in the household
/// (the head's or partner's female member), else to the head. The fund is one of the region's (by the child's address);
/// a file ends on the 18th (25th) birthday or at death.
/// </summary>
public sealed class FamilyAllowances(PersonStore persons)
{
    private static readonly IReadOnlyDictionary<string, string[]> Funds = new Dictionary<string, string[]>
    {
        ["Flanders"] = ["FONS", "Infino Vlaanderen", "KidsLife Vlaanderen", "Parentia Vlaanderen", "MyFamily"],
        ["Wallonia"] = ["FAMIWAL", "Infino Wallonie", "Camille", "Parentia Wallonie", "KidsLife Wallonie"],
        ["Brussels"] = ["FAMIRIS", "Infino Brussels", "Brussels Family", "Parentia Brussels", "KidsLife Brussels"],
        ["German-speaking"] = ["Ministerium der Deutschsprachigen Gemeinschaft"],
    };

    /// <summary>The files of the child itself, or of the children the person receives allowances for.</summary>
    public IReadOnlyList<AllowanceFile> Files(PersonRow p, DateOnly today)
    {
        if (p.HouseholdId is not { } h || p.Register == Registers.Bis)
        {
            return [];
        }

        var household = persons.Household(h);
        return household.Where(m => m.FamilyRole == "03").Select(child => File(child, household, today))
            .Where(f => f is not null && (f.ChildSsin == p.Ssin || f.BeneficiarySsin == p.Ssin)).Select(f => f!).ToList();
    }

    private AllowanceFile? File(PersonRow child, IReadOnlyList<PersonRow> household, DateOnly today)
    {
        var born = IncompleteDate.Parse(child.BirthDate).Earliest;
        bool student = StableHash.Of(child.Ssin) % 2 == 0;
        var end = born.AddYears(student ? 25 : 18);
        if (child.Register == Registers.Bis || end <= today.AddYears(-1))
        {
            return null;
        }

        var adults = household.Where(m => m.FamilyRole is "01" or "02" && m.DeathDate is null).ToList();
        var beneficiary = adults.FirstOrDefault(m => m.Sex == 2) ?? adults.FirstOrDefault(m => m.FamilyRole == "01");
        if (beneficiary is null)
        {
            return null;
        }

        string region = persons.CurrentAddress(child.Ssin) is { } a ? Geography.Municipalities.FirstOrDefault(m => m.NisCode == a.NisCode)?.Region ?? "Brussels" : "Brussels";
        var funds = Funds[region];
        var stop = child.DeathDate is { } d && IsoDate.Parse(d) < end ? IsoDate.Parse(d) : end;
        return new AllowanceFile(child.Ssin, beneficiary.Ssin, funds[StableHash.Of(child.Ssin) % funds.Length], region, born,
            stop <= today ? stop : null);
    }
}
