using Bogus;
using Dapper;

namespace CbssSimulator.Registry;

/// <summary>
/// One National Register fact beyond the person row: a dated element of an information type (TI) — a filiation, a
/// marriage contract, a legal cohabitation, a driving licence, a passport, a residence title, a waiting-register
/// element… The columns are read by TI: <see cref="Code"/> the element's code, <see cref="Number"/> its number,
/// <see cref="Place"/> a municipality (NIS), <see cref="Related"/> a related person's SSIN (parent, partner),
/// <see cref="Other"/> a second code or person, <see cref="Expiry"/> an end of validity, <see cref="Text"/> free text.
/// </summary>
public sealed record RnFact
{
    public string Ssin { get; init; } = "";
    public string Ti { get; init; } = "";
    public string FromDate { get; init; } = "";
    public string? ToDate { get; init; }
    public string Code { get; init; } = "";
    public string? Number { get; init; }
    public int? Place { get; init; }
    public string? Related { get; init; }
    public string? Other { get; init; }
    public string? Expiry { get; init; }
    public string? Text { get; init; }
}

/// <summary>
/// Generates the National Register facts of seed 003 §5's TI table that the person rows do not hold
/// (docs/decisions.md, "The whole TI table"). Each person draws from a randomizer of its own, seeded from the registry's
/// seed and its SSIN (a persona's from its SSIN alone), so the rest of the registry draws as before and a persona has
/// the same facts in every registry.
/// </summary>
public static partial class NationalRegisterFacts
{
    public const string Schema = """
        CREATE TABLE RnFact (Ssin TEXT NOT NULL, Ti TEXT NOT NULL, FromDate TEXT NOT NULL, ToDate TEXT, Code TEXT NOT NULL,
          Number TEXT, Place INTEGER, Related TEXT, Other TEXT, Expiry TEXT, Text TEXT);
        CREATE INDEX RnFactSsin ON RnFact (Ssin);
        """;

    /// <summary>EU/EEA nationalities of the generator's stock (residence cards E/E+; no work permit).</summary>
    public static readonly IReadOnlySet<int> Eu = new HashSet<int> { 111, 129, 128, 109, 123, 124, 139, 103, 136 };

    public static List<RnFact> Generate(IReadOnlyList<PersonRow> persons, IReadOnlyList<AddressRow> addresses, ISet<string> naturalised, int seed, DateOnly reference) =>
        new Pass(seed, reference).Next(persons, addresses, naturalised);

    /// <summary>
    /// The pass over a population given a chunk of whole households at a time (a partner and a child's parents are in
    /// the person's chunk): the numbers drawn so far are kept across chunks, so they stay unique in the registry
    /// (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass(int seed, DateOnly reference)
    {
        private readonly HashSet<string> numbers = new(StringComparer.Ordinal);

        public List<RnFact> Next(IReadOnlyList<PersonRow> persons, IReadOnlyList<AddressRow> addresses, ISet<string> naturalised)
        {
            var facts = new List<RnFact>();
            var current = addresses.Where(a => a.ToDate is null).ToDictionary(a => a.Ssin, StringComparer.Ordinal);
            var bySsin = persons.ToDictionary(p => p.Ssin, StringComparer.Ordinal);
            var households = persons.Where(p => p.HouseholdId is not null).GroupBy(p => p.HouseholdId!.Value).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var p in persons.Where(p => p.Register != Registers.Bis))
            {
                var random = new Randomizer((int)(StableHash.Of(p.Ssin) ^ (Personas.PersonaCatalogue.IsPersona(p.Ssin) ? 0u : (uint)seed)));
                var ctx = new Context(p, random, reference, current.GetValueOrDefault(p.Ssin), naturalised.Contains(p.Ssin) ? 150 : p.Nationality, numbers);
                Common(ctx, facts);
                Documents(ctx, facts);
                if (ctx.Nationality != 150 || naturalised.Contains(p.Ssin))
                {
                    Foreigner(ctx, facts, naturalised.Contains(p.Ssin));
                }

                if (p.Register == Registers.Waiting)
                {
                    Waiting(ctx, facts);
                }

                if (p.FamilyRole == "03" && p.HouseholdId is { } h)
                {
                    Filiation(ctx, households[h], facts);
                }

                if (p.PartnerSsin is { } partnerSsin && string.CompareOrdinal(p.Ssin, partnerSsin) < 0 && bySsin.TryGetValue(partnerSsin, out var partner))
                {
                    Couple(ctx, partner, facts);
                }
            }

            return facts;
        }
    }

    public static void Write(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, IEnumerable<RnFact> facts) =>
        c.Execute("INSERT INTO RnFact VALUES (@Ssin, @Ti, @FromDate, @ToDate, @Code, @Number, @Place, @Related, @Other, @Expiry, @Text)", facts, tx);

    public static IReadOnlyList<RnFact> Of(RegistryDatabase db, string ssin)
    {
        return db.QueryPrepared<RnFact>("SELECT * FROM RnFact WHERE Ssin = @ssin ORDER BY Ti, FromDate", "@ssin", ssin);
    }

    /// <summary>What one person's facts are drawn from.</summary>
    private sealed record Context(PersonRow Person, Randomizer Random, DateOnly Reference, AddressRow? Address, int Nationality, HashSet<string> Numbers)
    {
        public DateOnly Born => IncompleteDate.Parse(Person.BirthDate).Earliest;

        public DateOnly? Death => Person.DeathDate is { } d ? IsoDate.Parse(d) : null;

        /// <summary>The last day facts can be dated: the reference date, or the day of death.</summary>
        public DateOnly End => Death is { } d && d < Reference ? d : Reference;

        public bool AdultAt(DateOnly day) => Born.AddYears(18) <= day;

        public int Place => Address?.NisCode ?? Person.BirthPlaceNis ?? 21004;

        /// <summary>A day between two days (the later one if they are crossed).</summary>
        public DateOnly Between(DateOnly from, DateOnly to) => to <= from ? to : from.AddDays(Random.Number(0, to.DayNumber - from.DayNumber));

        /// <summary>A number of that pattern (# a digit) no other fact has.</summary>
        public string Unique(string pattern)
        {
            string n = Random.Replace(pattern);
            while (!Numbers.Add(n))
            {
                n = Random.Replace(pattern);
            }

            return n;
        }
    }

    private static RnFact Fact(Context x, string ti, DateOnly from, string code, string? number = null, int? place = null, string? related = null,
        string? other = null, DateOnly? expiry = null, string? text = null, DateOnly? to = null) => new()
    {
        Ssin = x.Person.Ssin, Ti = ti, FromDate = Iso(from), ToDate = to is { } t ? Iso(t) : null, Code = code, Number = number, Place = place,
        Related = related, Other = other, Expiry = expiry is { } e ? Iso(e) : null, Text = text,
    };

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
