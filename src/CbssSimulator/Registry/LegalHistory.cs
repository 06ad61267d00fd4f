using Bogus;

namespace CbssSimulator.Registry;

/// <summary>A name a person bore before <see cref="ToDate"/>.</summary>
public sealed class PastName
{
    public string Ssin { get; init; } = "";
    public string LastName { get; init; } = "";
    public string FirstNames { get; init; } = "";
    public string FromDate { get; init; } = "";
    public string ToDate { get; init; } = "";
}

/// <summary>A nationality a person had before <see cref="ToDate"/> (before a naturalisation).</summary>
public sealed class PastNationality
{
    public string Ssin { get; init; } = "";
    public int Code { get; init; }
    public string FromDate { get; init; } = "";
    public string ToDate { get; init; } = "";
}

/// <summary>
/// Name and nationality histories, generated in a pass of their own (seeded from the registry's seed): about a third
/// of the foreign National Register adults settled for five years or more were naturalised Belgian (their former
/// nationality kept as history), and about 2 % of persons bore another last name before (a name change, modelled).
/// </summary>
public static class LegalHistory
{
    /// <summary>
    /// The pass over a population given a chunk at a time, in order: one randomizer for all of them, so the chunks draw
    /// what one list would (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass(int seed, DateOnly reference)
    {
        private static readonly string[] Languages = ["nl", "fr", "de", "xx"];
        private readonly Randomizer random = new(seed ^ 0x415);

        public (List<PastName> Names, List<PastNationality> Nationalities) Next(IEnumerable<PersonRow> persons)
        {
            var names = new List<PastName>();
            var nationalities = new List<PastNationality>();
            foreach (var p in persons)
            {
                var registered = IsoDate.Parse(p.RegisteredSince);
                var born = IncompleteDate.Parse(p.BirthDate).Earliest;
                if (p.Register == Registers.Rn && p.Nationality != 150 && born.AddYears(18) < reference && registered.AddYears(5) < reference && random.Bool(0.33f))
                {
                    var naturalised = registered.AddYears(5).AddDays(random.Number(0, Math.Max(1, reference.DayNumber - registered.AddYears(5).DayNumber - 1)));
                    nationalities.Add(new PastNationality { Ssin = p.Ssin, Code = p.Nationality, FromDate = p.RegisteredSince, ToDate = Iso(naturalised.AddDays(-1)) });
                }

                if (random.Bool(0.02f) && born.AddYears(1) < reference)
                {
                    var changed = born.AddDays(random.Number(365, Math.Max(366, reference.DayNumber - born.DayNumber - 1)));
                    var (lasts, _, _) = Names.For(random.ArrayElement(Languages));
                    names.Add(new PastName { Ssin = p.Ssin, LastName = random.ArrayElement(lasts), FirstNames = p.FirstNames, FromDate = p.BirthDate, ToDate = Iso(changed.AddDays(-1)) });
                }
            }

            return (names, nationalities);
        }
    }

    public static IReadOnlyList<PastName> PastNames(RegistryDatabase db, string ssin)
    {
        return db.QueryPrepared<PastName>("SELECT * FROM NameHistory WHERE Ssin = @ssin ORDER BY FromDate", "@ssin", ssin);
    }

    public static IReadOnlyList<PastNationality> PastNationalities(RegistryDatabase db, string ssin)
    {
        return db.QueryPrepared<PastNationality>("SELECT * FROM NationalityHistory WHERE Ssin = @ssin ORDER BY FromDate", "@ssin", ssin);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
