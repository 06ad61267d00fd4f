namespace CbssSimulator.Services.Heating;

/// <summary>A fuel code of the Invoice (UnitFuel), whether the fund covers it and how (bulk per litre, or a flat pump amount).</summary>
public sealed record Fuel(int Code, string Name, bool Eligible, bool Pump);

/// <summary>Per-litre amounts by price bracket for deliveries in [From, To]: the first bracket whose price floor the invoice reaches, from the top.</summary>
public sealed record LitreScale(DateOnly From, DateOnly To, IReadOnlyList<(decimal MinPrice, int Cents)> Brackets, int MaxLitres, decimal PumpFlat, string Source);

/// <summary>The category-2 income ceiling (household gross taxable income) and the increase per dependant, from a date.</summary>
public sealed record IncomeCeiling(DateOnly From, decimal Ceiling, decimal PerDependant, string Source);

/// <summary>
/// The heating-fund rules as dated data (sppis-interfaces.md §3.2, docs/decisions.md, "The heating period"): each table says which deliveries it
/// applies to, so a delivery of 2021 and one of late 2022 are computed by their own rules. Figures that the sources do
/// not fix (the UnitFuel codes, the dating of the undated snapshots, the 2023 reference threshold) are MODELLED and said
/// so in the README.
/// </summary>
public static class HeatingRules
{
    /// <summary>UnitFuel codes (modelled: the real list is not public). Natural gas, electricity, bottled gas and wood are not covered.</summary>
    public static readonly IReadOnlyList<Fuel> Fuels =
    [
        new(1, "gasoil de chauffage à la pompe / gasolie aan de pomp", true, true),
        new(2, "pétrole lampant type C à la pompe / lampolie type C aan de pomp", true, true),
        new(3, "gasoil de chauffage en vrac / huisbrandolie in bulk", true, false),
        new(4, "pétrole lampant type C en vrac / lampolie type C in bulk", true, false),
        new(5, "propane en vrac / propaan in bulk", true, false),
        new(6, "gaz naturel / aardgas", false, false),
        new(7, "électricité / elektriciteit", false, false),
        new(8, "gaz en bonbonne / gas in flessen", false, false),
        new(9, "bois, pellets, charbon / hout, pellets, steenkool", false, false),
    ];

    private static IReadOnlyList<(decimal, int)> Steps(decimal floor, int from, int to) =>
        [.. Enumerable.Range(0, to - from + 1).Select(i => (floor + 0.025m * i, from + i)).Reverse()];

    /// <summary>Bulk amounts per litre and pump flat amounts, by delivery date.</summary>
    public static readonly IReadOnlyList<LitreScale> Scales =
    [
        new(new(2005, 1, 1), new(2009, 4, 8), [(0.525m, 10), (0.50m, 9), (0.475m, 8), (0.45m, 7), (0.425m, 5), (0.40m, 3)], 1500, 0m,
            "KB 2005 amending KB 9 Jan 2005 (historical: heating period 1 Sep–30 Apr, kept as data only)"),
        new(new(2009, 4, 9), new(2022, 6, 30), [.. Steps(1.04m, 15, 20), (0m, 14)], 1500, 210m,
            "verwarmingsfonds.be (undated; dated here from KB 27 Mar 2009, modelled): under €1.04 14 cents, +1 cent per €0.025, 20 from €1.165"),
        new(new(2022, 7, 1), new(2023, 3, 31), [.. Steps(0.97m, 15, 36), (0m, 14)], 2000, 456m,
            "KB 6 Aug 2022 (brafco.be table), prolonged to 31 Mar 2023 by the KB of 2023 (its reference threshold modelled as the 2022 one)"),
        new(new(2023, 4, 1), new(9999, 12, 31), [.. Steps(1.04m, 15, 20), (0m, 14)], 1500, 210m,
            "back to the earlier brackets and 1,500 L after 31 Mar 2023 (lavenir.net 2022-12: \"probablement\"; modelled)"),
    ];

    public static readonly IReadOnlyList<IncomeCeiling> Ceilings =
    [
        new(new(2019, 7, 1), 19105.58m, 3536.95m, "proxifuel.be"),
        new(new(2022, 1, 1), 20763.88m, 3843.96m, "immovlan.be (undated; dated here 2022-01-01, modelled)"),
        new(new(2025, 2, 1), 24814.75m, 4591.85m, "cpasconnect.be"),
    ];

    /// <summary>A dependant (2025 rule, applied to every year here): a household member with a net income under this amount.</summary>
    public const decimal DependantIncomeLimit = 3980m;

    public static Fuel? FuelOf(int code) => Fuels.FirstOrDefault(f => f.Code == code);

    public static LitreScale? ScaleOn(DateOnly delivery) => Scales.FirstOrDefault(s => s.From <= delivery && delivery <= s.To);

    public static IncomeCeiling CeilingOn(DateOnly delivery) => Ceilings.LastOrDefault(c => c.From <= delivery) ?? Ceilings[0];

    /// <summary>Cents per litre for a VAT-included price per litre (0 below the lowest bracket of the 2005 rule).</summary>
    public static int CentsPerLitre(LitreScale scale, decimal pricePerLitre) =>
        scale.Brackets.FirstOrDefault(b => pricePerLitre >= b.MinPrice) is { Cents: > 0 } b ? b.Cents : 0;

    /// <summary>The heating period of a delivery: its calendar year (docs/decisions.md, "The heating period").</summary>
    public static (DateOnly Start, DateOnly End) Period(DateOnly delivery) => (new(delivery.Year, 1, 1), new(delivery.Year, 12, 31));
}
