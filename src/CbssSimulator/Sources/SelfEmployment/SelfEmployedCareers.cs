using Bogus;
using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.SelfEmployment;

/// <summary>A period of activity as self-employed (INASTI): social insurance fund, contribution category, yearly income.</summary>
public sealed class SelfEmploymentRow
{
    public long Id { get; init; }
    public string Ssin { get; init; } = "";
    public string StartDate { get; init; } = "";
    public string? EndDate { get; init; }
    public string Category { get; init; } = "PRINCIPAL";
    public string FundCode { get; init; } = "";
    public double AnnualIncome { get; init; }
    public bool Irregular { get; init; }
}

/// <summary>One quarter of contributions of a self-employed person (computed from the activity, modelled).</summary>
public sealed record ContributionQuarter(int Year, int Quarter, string Category, double Due, double Paid);

/// <summary>
/// Self-employed careers, a seeded pass of their own after the employments: about 30 % of the adults of the National
/// Register who never had an employment are self-employed in their main occupation, about 8 % of the employed ones
/// besides it (complementary). Activities end before 65 and at death. Contributions: 20.5 % of the yearly income a
/// quarter at a time, at least the minimum of the category; a person marked irregular leaves every third quarter unpaid.
/// </summary>
public static class SelfEmployedCareers
{
    public const string Schema = """
        CREATE TABLE SelfEmployment (Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, StartDate TEXT NOT NULL, EndDate TEXT, Category TEXT NOT NULL,
            FundCode TEXT NOT NULL, AnnualIncome REAL NOT NULL, Irregular INTEGER NOT NULL);
        CREATE INDEX SelfEmploymentSsin ON SelfEmployment (Ssin);
        """;

    /// <summary>Social insurance funds for the self-employed (names of the approved funds; codes modelled).</summary>
    public static readonly IReadOnlyDictionary<string, string> Funds = new Dictionary<string, string>
    {
        ["101"] = "Liantis", ["102"] = "Acerta", ["103"] = "Xerius", ["104"] = "Partena", ["105"] = "Group S",
        ["106"] = "UCM", ["107"] = "Securex", ["108"] = "Incozina", ["109"] = "Caisse nationale auxiliaire (INASTI)",
    };

    public static readonly IReadOnlyDictionary<string, double> MinimumQuarterly = new Dictionary<string, double> { ["PRINCIPAL"] = 890.51, ["COMPLEMENTARY"] = 95.97 };

    /// <summary>
    /// The pass over the generated persons after their employments, given a chunk at a time in order, with the SSINs of
    /// the chunk's workers (employment other than a student job): one randomizer for all chunks, so they draw what one
    /// list would (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass(int seed, DateOnly reference)
    {
        private static readonly string[] FundCodes = [.. Funds.Keys];
        private readonly Randomizer random = new(seed ^ 0x5E1F);

        public List<SelfEmploymentRow> Next(IEnumerable<PersonRow> persons, IReadOnlySet<string> employed)
        {
            var rows = new List<SelfEmploymentRow>();
            foreach (var p in persons.Where(p => p.Register == Registers.Rn))
            {
                var born = IncompleteDate.Parse(p.BirthDate).Earliest;
                var cap = new[] { p.DeathDate is { } d ? IsoDate.Parse(d) : DateOnly.MaxValue, born.AddYears(65).AddDays(-1) }.Min();
                var earliest = born.AddYears(21) > reference.AddYears(-12) ? born.AddYears(21) : reference.AddYears(-12);
                bool main = !employed.Contains(p.Ssin);
                if (earliest >= reference || earliest >= cap || !random.Bool(main ? 0.30f : 0.08f))
                {
                    continue;
                }

                var start = earliest.AddDays(random.Number(0, 2000));
                if (start >= reference || start >= cap)
                {
                    continue;
                }

                DateOnly? end = random.Bool(0.35f) ? start.AddDays(random.Number(180, 6 * 365)) : null;
                if ((end ?? DateOnly.MaxValue) > cap)
                {
                    end = cap < reference || p.DeathDate is not null ? cap : null;
                }

                rows.Add(new SelfEmploymentRow
                {
                    Ssin = p.Ssin, StartDate = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EndDate = end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Category = main ? "PRINCIPAL" : "COMPLEMENTARY", FundCode = random.ArrayElement(FundCodes),
                    AnnualIncome = main ? random.Number(16_000, 70_000) : random.Number(3_000, 15_000), Irregular = random.Bool(0.15f),
                });
            }

            return rows;
        }
    }
}

/// <summary>Reads self-employed careers (Dapper) and computes their quarters and yearly income.</summary>
public sealed class SelfEmployedStore(RegistryDatabase db)
{
    public IReadOnlyList<SelfEmploymentRow> Activities(string ssin)
    {
        const string sql = "SELECT * FROM SelfEmployment WHERE Ssin = @ssin ORDER BY StartDate";
        using var c = db.Open();
        return c.Query<SelfEmploymentRow>(sql, new { ssin }).ToList();
    }

    /// <summary>The contributions of a quarter the activity covers, up to D (modelled: 20.5 % of the income, at least the minimum).</summary>
    public static ContributionQuarter? Quarter(SelfEmploymentRow a, int year, int quarter, DateOnly today)
    {
        var qStart = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        var qEnd = qStart.AddMonths(3).AddDays(-1);
        if (qStart > today || IsoDate.Parse(a.StartDate) > qEnd || (a.EndDate is { } e && IsoDate.Parse(e) < qStart))
        {
            return null;
        }

        double due = Math.Round(Math.Max(a.AnnualIncome * 0.205 / 4, SelfEmployedCareers.MinimumQuarterly[a.Category]), 2);
        bool unpaid = a.Irregular && (year * 4 + quarter) % 3 == 0;
        return new ContributionQuarter(year, quarter, a.Category, due, unpaid ? 0 : due);
    }

    /// <summary>The professional income of a calendar year as self-employed, prorated by the days of activity (feeds the tax assessment).</summary>
    public double Income(string ssin, int year, DateOnly today)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new[] { new DateOnly(year, 12, 31), today }.Min();
        return Math.Round(Activities(ssin).Sum(a =>
        {
            var from = new[] { IsoDate.Parse(a.StartDate), first }.Max();
            var to = new[] { a.EndDate is { } e ? IsoDate.Parse(e) : last, last }.Min();
            return from > to ? 0 : a.AnnualIncome * (to.DayNumber - from.DayNumber + 1) / (DateTime.IsLeapYear(year) ? 366 : 365);
        }), 2);
    }
}
