namespace CbssSimulator.Sources.Sppis;

/// <summary>
/// Monthly integration-income amounts per category, valid from a date (docs/decisions.md, "Amounts the sources do not
/// give").
/// </summary>
public sealed record IntegrationIncomeScale(DateOnly From, decimal Cohabitant, decimal Single, decimal Family);

/// <summary>
/// The amounts the sources do not give, as one dated table (docs/decisions.md, "Amounts the sources do not give"). MODELLED: the figures are close to the
/// published scales of their years but not checked against the official tables; replace a row to use official figures.
/// Refund percentages are in hundredths of a percent, as the law-of-1965 replies carry them.
/// </summary>
public static class SppisScales
{
    public static readonly IReadOnlyList<IntegrationIncomeScale> IntegrationIncome =
    [
        new(new DateOnly(2022, 1, 1), 729.20m, 1093.80m, 1478.31m),
        new(new DateOnly(2023, 1, 1), 809.42m, 1214.13m, 1640.83m),
        new(new DateOnly(2024, 5, 1), 876.13m, 1314.19m, 1776.07m),
        new(new DateOnly(2025, 3, 1), 893.65m, 1340.48m, 1811.59m),
    ];

    /// <summary>State refund of integration income: 55 % (modelled; the real rate depends on the CPAS's size), +10 with a PIIS.</summary>
    public const int RisRefund = 5500;

    public const int RisRefundWithPiis = 6500;

    /// <summary>The monthly amount of a category (1 cohabitant, 2 single, 3 with family) on a date; before the table: its first row.</summary>
    public static decimal Monthly(DateOnly on, int category)
    {
        var row = IntegrationIncome.LastOrDefault(r => r.From <= on) ?? IntegrationIncome[0];
        return category switch { 1 => row.Cohabitant, 2 => row.Single, _ => row.Family };
    }
}
