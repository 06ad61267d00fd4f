using CbssSimulator.Registry;

namespace CbssSimulator.Sources.Pensions;

/// <summary>
/// The pension cadastre (modelled): everyone of 65 or more has a right from the month after the 65th birthday, paid by
/// the SFP — a retirement pension after a career (amount derived from the number), else the income guarantee (GRAPA).
/// Read by the pension register consultation and by the sources that count a pension (insurability, finances).
/// </summary>
public static class PensionRights
{
    /// <summary>The pension right of a person, if any (modelled: from 65, amount from the number).</summary>
    public static (string Nature, DateOnly Start, decimal Amount)? Right(PersonRow p, bool hadCareer, DateOnly today)
    {
        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        var first = born.AddYears(65);
        var start = new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        if (p.Register == Registers.Bis || start > today || (p.DeathDate is { } d && IsoDate.Parse(d) < start))
        {
            return null;
        }

        uint hash = uint.Parse(Tx25Labels.NameCode(p.Ssin), CultureInfo.InvariantCulture);
        return hadCareer || hash % 3 != 0 ? ("RETRAITE", start, 1250 + hash % 1200) : ("GRAPA", start, 1267.39m);
    }
}
