using Bogus;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;
using Dapper;

namespace CbssSimulator.Sources.Unemployment;

/// <summary>A right to ONEM benefits: its nature, period, daily amount and an optional sanction (exclusion) period.</summary>
public sealed class UnemploymentRow
{
    public long Id { get; init; }
    public string Ssin { get; init; } = "";
    public string Nature { get; init; } = "FULL_UNEMPLOYMENT";
    public string StartDate { get; init; } = "";
    public string? EndDate { get; init; }
    public double DailyAmount { get; init; }
    public string? SanctionStart { get; init; }
    public string? SanctionEnd { get; init; }
}

/// <summary>One month of benefits: days paid (six-day weeks, less the sanction days) times the daily amount.</summary>
public sealed record BenefitMonth(DateOnly Month, string Nature, int Days, double Amount);

/// <summary>
/// Unemployment rights, a seeded pass after the careers so they agree: about 70 % of the workers whose last employment
/// ended before D and before 65 get full unemployment from the next day (daily amount 60 % of the last wage / 26, between
/// 45 € and 75 €); about 10 % of the adults under 30 who never worked get an insertion allowance (35 €); about 30 % of the
/// part-time workers (80 %, 50 %) take a time credit (10 € a day); about 12 % of the unemployed have a sanction
/// (4 to 26 weeks of exclusion). Rights end at 65, at death, or at a new employment.
/// </summary>
public static class UnemploymentRights
{
    public const string Schema = """
        CREATE TABLE Unemployment (Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, Nature TEXT NOT NULL, StartDate TEXT NOT NULL, EndDate TEXT,
            DailyAmount REAL NOT NULL, SanctionStart TEXT, SanctionEnd TEXT);
        CREATE INDEX UnemploymentSsin ON Unemployment (Ssin);
        """;

    /// <summary>
    /// The pass over the generated persons after their careers, given a chunk at a time in order with the chunk's
    /// employments (by SSIN, in order of start) and self-employed SSINs: one randomizer for all chunks, so they draw
    /// what one list would (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass(int seed, DateOnly reference)
    {
        private readonly Randomizer random = new(seed ^ 0x0E4E);

        public List<UnemploymentRow> Next(IEnumerable<PersonRow> persons, IReadOnlyDictionary<string, List<EmploymentRow>> jobs, IReadOnlySet<string> selfEmployed)
        {
            var rows = new List<UnemploymentRow>();
            foreach (var p in persons.Where(p => p.Register == Registers.Rn))
            {
                var born = IncompleteDate.Parse(p.BirthDate).Earliest;
                var cap = new[] { p.DeathDate is { } d ? IsoDate.Parse(d) : DateOnly.MaxValue, born.AddYears(65).AddDays(-1) }.Min();
                var mine = jobs.GetValueOrDefault(p.Ssin)?.Where(j => j.WorkerType == "OTH").ToList() ?? [];
                var last = mine.LastOrDefault();
                if (last?.EndDate is { } ended && IsoDate.Parse(ended) < reference && IsoDate.Parse(ended) < cap && !selfEmployed.Contains(p.Ssin) && random.Bool(0.7f))
                {
                    var start = IsoDate.Parse(ended).AddDays(1);
                    double daily = Math.Clamp(Math.Round(last.MonthlyWage * 0.6 / 26, 2), 45, 75);
                    rows.Add(Right(p, "FULL_UNEMPLOYMENT", start, End(random, start, cap, reference, p), daily, random));
                }
                else if (!jobs.ContainsKey(p.Ssin) && !selfEmployed.Contains(p.Ssin) && reference.Year - born.Year is >= 18 and < 30 && random.Bool(0.1f))
                {
                    var start = new[] { born.AddYears(19), reference.AddYears(-2) }.Max().AddDays(random.Number(0, 300));
                    if (start < reference && start < cap)
                    {
                        rows.Add(Right(p, "INSERTION_ALLOWANCE", start, End(random, start, cap, reference, p), 35.0, random));
                    }
                }
                else if (mine.FirstOrDefault(j => j.EndDate is null && j.WorkingTime < 100) is { } part && random.Bool(0.3f))
                {
                    var start = IsoDate.Parse(part.StartDate).AddDays(random.Number(0, 365));
                    if (start < reference && start < cap)
                    {
                        rows.Add(new UnemploymentRow { Ssin = p.Ssin, Nature = "TIME_CREDIT", StartDate = Text(start), DailyAmount = 10.0 });
                    }
                }
            }

            return rows;
        }
    }

    private static DateOnly? End(Randomizer random, DateOnly start, DateOnly cap, DateOnly reference, PersonRow p)
    {
        DateOnly? end = random.Bool(0.5f) ? start.AddDays(random.Number(60, 3 * 365)) : null;
        return end is { } e && e <= cap ? e : cap < reference || p.DeathDate is not null ? cap : null;
    }

    private static UnemploymentRow Right(PersonRow p, string nature, DateOnly start, DateOnly? end, double daily, Randomizer random)
    {
        bool sanction = random.Bool(0.12f);
        var from = start.AddDays(random.Number(30, 200));
        var to = from.AddDays(7 * random.Number(4, 26) - 1);
        bool fits = sanction && (end is null || to <= end);
        return new UnemploymentRow
        {
            Ssin = p.Ssin, Nature = nature, StartDate = Text(start), EndDate = end is null ? null : Text(end.Value), DailyAmount = daily,
            SanctionStart = fits ? Text(from) : null, SanctionEnd = fits ? Text(to) : null,
        };
    }

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Reads unemployment rights (Dapper) and computes the monthly benefits.</summary>
public sealed class UnemploymentStore(RegistryDatabase db)
{
    public IReadOnlyList<UnemploymentRow> Rights(string ssin)
    {
        const string sql = "SELECT * FROM Unemployment WHERE Ssin = @ssin ORDER BY StartDate";
        using var c = db.Open();
        return c.Query<UnemploymentRow>(sql, new { ssin }).ToList();
    }

    /// <summary>The benefits paid in a calendar year up to D (taxable replacement income).</summary>
    public double Benefits(string ssin, int year, DateOnly today) => Math.Round(Rights(ssin)
        .SelectMany(r => Enumerable.Range(1, 12).Select(m => Month(r, new DateOnly(year, m, 1), today))).Sum(m => m?.Amount ?? 0), 2);

    /// <summary>The benefits of one month up to D: Monday to Saturday days of the right, less the sanction days.</summary>
    public static BenefitMonth? Month(UnemploymentRow r, DateOnly month, DateOnly today)
    {
        var from = new[] { month, IsoDate.Parse(r.StartDate) }.Max();
        var to = new[] { month.AddMonths(1).AddDays(-1), r.EndDate is { } e ? IsoDate.Parse(e) : DateOnly.MaxValue, today }.Min();
        int days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            bool excluded = r.SanctionStart is { } s && string.CompareOrdinal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s) >= 0 && string.CompareOrdinal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.SanctionEnd!) <= 0;
            days += d.DayOfWeek != DayOfWeek.Sunday && !excluded ? 1 : 0;
        }

        return from > to ? null : new BenefitMonth(month, r.Nature, days, Math.Round(days * r.DailyAmount, 2));
    }
}
