using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.HealthInsurance;
using CbssSimulator.Sources.Pensions;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Sources.Finances;

/// <summary>
/// A household's finances, from the sources the simulator already has, so every answer agrees: each member's taxable
/// income of a year (DmfA wages, self-employed income, unemployment benefits through the tax formula, plus the pension
/// paid that year) and the increased intervention (BIM/OMNIO) from the health-insurance situation. Read by the heating
/// fund, Mediprima and the SPP IS state.
/// </summary>
public sealed class HouseholdFinances(PersonStore persons, RegistryDatabase db)
{
    public IReadOnlyList<PersonRow> Household(PersonRow p) =>
        p.HouseholdId is { } h ? persons.Household(h).Where(m => m.DeathDate is null || string.CompareOrdinal(m.DeathDate, p.DeathDate ?? "9999") >= 0).ToList() : [p];

    /// <summary>A person's taxable income of a calendar year plus the pension paid that year (not rounded).</summary>
    public decimal TaxableIncome(PersonRow m, int year, DateOnly today)
    {
        var careers = new CareerStore(db);
        double taxable = Taxation.Taxable(careers.GrossWages(m.Ssin, year, today), new SelfEmployedStore(db).Income(m.Ssin, year, today),
            new UnemploymentStore(db).Benefits(m.Ssin, year, today));
        return (decimal)Math.Max(0, taxable) + Pension(m, year, today, careers);
    }

    /// <summary>Increased intervention (BIM/OMNIO) at a date, as the health insurance says.</summary>
    public InsuranceSituation? Insurance(PersonRow p, DateOnly on) => new Insurability(persons, db).Situation(p, on);

    private static decimal Pension(PersonRow p, int year, DateOnly today, CareerStore careers)
    {
        if (PensionRights.Right(p, careers.Employments(p.Ssin).Count > 0, today) is not { } right || right.Start.Year > year)
        {
            return 0;
        }

        int months = right.Start.Year == year ? 13 - right.Start.Month : 12;
        return right.Amount * months;
    }
}
