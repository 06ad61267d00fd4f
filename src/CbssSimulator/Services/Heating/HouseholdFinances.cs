using CbssSimulator.Registry;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Services.HealthCare;
using CbssSimulator.Services.PensionRegister;
using CbssSimulator.Services.SelfEmployed;
using CbssSimulator.Services.TaxAssessment;
using CbssSimulator.Services.Unemployment;

namespace CbssSimulator.Services.Heating;

/// <summary>One member's taxable income of a year and whether the member counts as a dependant.</summary>
public sealed record MemberIncome(string Ssin, decimal TaxableIncome, bool Dependant);

/// <summary>A household's income of a year, as the heating fund's category 2 reads it.</summary>
public sealed record HouseholdIncomeOfYear(int IncomeYear, IReadOnlyList<MemberIncome> Members, decimal Total, int Dependants, IncomeCeiling Ceiling)
{
    public decimal Limit => Ceiling.Ceiling + Dependants * Ceiling.PerDependant;

    public bool UnderCeiling => Total <= Limit;
}

/// <summary>
/// The household income and increased-intervention status the heating fund checks, from the sources the simulator
/// already has, so every answer agrees: each member's taxable income of the year (DmfA wages, self-employed income,
/// unemployment benefits through the tax formula, plus the pension paid that year), members under €3,980 counted as
/// dependants; BIM from the health-insurance situation.
/// </summary>
public sealed class HouseholdFinances(PersonStore persons, RegistryDatabase db)
{
    /// <summary>The income year a delivery is judged on: the year before it, and never a year not yet over at D.</summary>
    public static int IncomeYear(DateOnly delivery, DateOnly today) => Math.Min(delivery.Year - 1, today.Year - 1);

    public IReadOnlyList<PersonRow> Household(PersonRow p) =>
        p.HouseholdId is { } h ? persons.Household(h).Where(m => m.DeathDate is null || string.CompareOrdinal(m.DeathDate, p.DeathDate ?? "9999") >= 0).ToList() : [p];

    public HouseholdIncomeOfYear Income(PersonRow beneficiary, DateOnly delivery, DateOnly today)
    {
        int year = IncomeYear(delivery, today);
        var careers = new CareerStore(db);
        var selfEmployed = new SelfEmployedStore(db);
        var unemployment = new UnemploymentStore(db);
        var members = Household(beneficiary).Select(m =>
        {
            double taxable = TaxAssessmentService.Taxable(careers.GrossWages(m.Ssin, year, today), selfEmployed.Income(m.Ssin, year, today), unemployment.Benefits(m.Ssin, year, today));
            decimal income = (decimal)Math.Max(0, taxable) + Pension(m, year, today, careers);
            return new MemberIncome(m.Ssin, Math.Round(income, 2), m.Ssin != beneficiary.Ssin && income < HeatingRules.DependantIncomeLimit);
        }).ToList();
        return new HouseholdIncomeOfYear(year, members, members.Sum(m => m.TaxableIncome), members.Count(m => m.Dependant), HeatingRules.CeilingOn(delivery));
    }

    /// <summary>Increased intervention (BIM/OMNIO) at a date, as the health insurance says.</summary>
    public InsuranceSituation? Insurance(PersonRow p, DateOnly on) => new Insurability(persons, db).Situation(p, on);

    private static decimal Pension(PersonRow p, int year, DateOnly today, CareerStore careers)
    {
        if (PensionRegisterService.Right(p, careers.Employments(p.Ssin).Count > 0, today) is not { } right || right.Start.Year > year)
        {
            return 0;
        }

        int months = right.Start.Year == year ? 13 - right.Start.Month : 12;
        return right.Amount * months;
    }
}
