using CbssSimulator.Registry;
using CbssSimulator.Sources.Finances;

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
/// The household income the heating fund checks, from the household finances: each member's taxable income of the
/// income year, members under €3,980 counted as dependants, against the ceiling of the delivery date.
/// </summary>
public static class HouseholdIncome
{
    /// <summary>The income year a delivery is judged on: the year before it, and never a year not yet over at D.</summary>
    public static int IncomeYear(DateOnly delivery, DateOnly today) => Math.Min(delivery.Year - 1, today.Year - 1);

    public static HouseholdIncomeOfYear Of(HouseholdFinances finances, PersonRow beneficiary, DateOnly delivery, DateOnly today)
    {
        int year = IncomeYear(delivery, today);
        var members = finances.Household(beneficiary).Select(m =>
        {
            decimal income = finances.TaxableIncome(m, year, today);
            return new MemberIncome(m.Ssin, Math.Round(income, 2), m.Ssin != beneficiary.Ssin && income < HeatingRules.DependantIncomeLimit);
        }).ToList();
        return new HouseholdIncomeOfYear(year, members, members.Sum(m => m.TaxableIncome), members.Count(m => m.Dependant), HeatingRules.CeilingOn(delivery));
    }
}
