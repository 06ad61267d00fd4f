using Bogus;

namespace CbssSimulator.Registry;

/// <summary>
/// Builds a population household by household from one seeded Bogus <see cref="Randomizer"/> (never the process-wide
/// seed, never the clock): the same seed, size and reference date give the same persons in the same order.
/// </summary>
internal sealed partial class PopulationBuilder
{
    private readonly Randomizer random;
    private readonly DateOnly today;
    private readonly IReadOnlyList<Municipality> municipalities;
    private readonly Municipality[] choices; // drawn from as before, without a copy per draw
    private readonly HashSet<string> usedSsins = [];
    private readonly HashSet<long> usedCards = [];
    private long householdId;

    public PopulationBuilder(int seed, DateOnly referenceDate)
    {
        random = new Randomizer(seed);
        today = referenceDate;
        municipalities = Geography.Municipalities;
        choices = [.. municipalities];
    }

    /// <summary>The persons of the chunk being built.</summary>
    public List<PersonRow> Persons { get; private set; } = [];

    /// <summary>The addresses of the persons of the chunk being built.</summary>
    public List<AddressRow> Addresses { get; private set; } = [];

    /// <summary>
    /// Builds the population: the anchors and the personas, then households until <paramref name="target"/> persons
    /// besides the personas. Each time the chunk holds <paramref name="chunk"/> persons or more, and at the end, it is
    /// handed to <paramref name="write"/> (whole households: a household is never split), whose lists they are from
    /// then on: the builder starts new ones, so the population is never held whole (docs/decisions.md, "Streaming
    /// generation"). The draws do not depend on the chunk size.
    /// </summary>
    public void Build(int target, int chunk, Action<List<PersonRow>, List<AddressRow>> write, Action<int>? progress = null)
    {
        if (target <= 0)
        {
            return; // an empty registry: a scenario with no background population
        }

        AddAnchors();
        int anchors = Persons.Count;
        AddPersonas();
        int personas = Persons.Count - anchors; // the personas come on top of the asked size (the anchors count in it, as before)
        int reported = 0;
        int written = 0; // persons of the chunks handed out already
        while (written + Persons.Count - personas < target)
        {
            AddHousehold();
            int built = written + Persons.Count;
            if (progress is not null && built / 25_000 > reported)
            {
                reported = built / 25_000;
                progress(reported * 25_000);
            }

            if (Persons.Count >= chunk)
            {
                written += Persons.Count;
                Flush(write);
            }
        }

        Flush(write);
    }

    private void Flush(Action<List<PersonRow>, List<AddressRow>> write)
    {
        if (Persons.Count > 0)
        {
            write(Persons, Addresses);
            Persons = [];
            Addresses = [];
        }
    }

    private void AddHousehold()
    {
        var m = random.ArrayElement(choices);
        string language = m.Region == "Brussels" ? (random.Bool(0.7f) ? "fr" : "nl") : m.Language;
        bool foreign = random.Bool(0.14f);
        var country = foreign ? random.ArrayElement(Names.ForeignCountries) : (Code: 150, Name: "Belgique");
        string register = !foreign ? Registers.Rn : random.Number(99) switch { < 20 => Registers.Bis, < 35 => Registers.Waiting, _ => Registers.Rn };
        int kind = register == Registers.Bis ? 0 : random.WeightedRandom([0, 1, 2, 3, 4], [0.34f, 0.2f, 0.3f, 0.11f, 0.05f]);
        var origin = new Origin(foreign ? "xx" : language, country.Code, country.Name, register);
        var address = NewAddress(m, language);
        long id = ++householdId;

        switch (kind)
        {
            case 0:
                AddSingle(origin, address, id);
                break;
            case 1:
            case 2:
                AddCouple(origin, address, id, withChildren: kind == 2);
                break;
            case 3:
                AddSingleParent(origin, address, id);
                break;
            default:
                AddCohabitants(origin, address, id);
                break;
        }
    }

    private void AddSingle(Origin origin, Place address, long id)
    {
        int age = random.WeightedRandom([random.Number(18, 30), random.Number(31, 64), random.Number(65, 95)], [0.3f, 0.45f, 0.25f]);
        int sex = random.Bool() ? 1 : 2;
        var since = Since(age);
        var birth = BirthDate(age, origin);
        int civil = age < 30 ? 10 : random.WeightedRandom([10, 40, 30], [0.55f, 0.3f, age > 60 ? 0.15f : 0f]);
        string? death = age >= 65 && random.Bool(0.06f) ? Iso(today.AddDays(-random.Number(1, 1500))) : null;
        if (death is not null && since > CbssSimulator.IsoDate.Parse(death))
        {
            since = CbssSimulator.IsoDate.Parse(death).AddDays(-random.Number(30, 3000)); // no move after death (docs/decisions.md, "Coherence rules as data")
        }

        string? civilSince = civil == 10 ? null : Iso(Later(since.AddDays(-random.Number(30, 3000)), birth.Earliest.AddYears(18)));
        var head = NewPerson(origin, sex, birth, civil, civilSince, id, "01", since, death: death);
        AddHistory(head, address, since);
    }

    private void AddCouple(Origin origin, Place address, long id, bool withChildren)
    {
        int age = withChildren ? random.Number(25, 55) : random.Number(20, 90);
        int sex = random.Bool() ? 1 : 2;
        int partnerSex = random.Bool(0.95f) ? 3 - sex : sex;
        int partnerAge = Math.Max(18, age + random.Number(-6, 6));
        bool married = random.Bool(0.65f);
        var since = Since(Math.Min(age, partnerAge));
        string? marriedOn = married ? Iso(since.AddDays(random.Number(0, 400))) : null;
        if (marriedOn is not null && IsoDate.Parse(marriedOn) > today)
        {
            marriedOn = Iso(since);
        }

        var headSsin = NextSsinPreview(origin, sex, BirthDate(age, origin), out var headBirth);
        var partnerBirth = BirthDate(partnerAge, origin);
        var partnerSsin = NextSsinPreview(origin, partnerSex, partnerBirth, out partnerBirth);
        if (marriedOn is not null)
        {
            marriedOn = Iso(Later(CbssSimulator.IsoDate.Parse(marriedOn), Later(headBirth.Earliest, partnerBirth.Earliest).AddYears(18))); // married at 18 or later
        }

        var head = NewPerson(origin, sex, headBirth, married ? 20 : 10, marriedOn, id, "01", since, ssin: headSsin, partner: partnerSsin);
        var partner = NewPerson(origin, partnerSex, partnerBirth, married ? 20 : 10, marriedOn, id, "02", since, ssin: partnerSsin, partner: headSsin);
        AddHistory(head, address, since);
        AddHistory(partner, address, since);
        if (withChildren)
        {
            AddChildren(origin, address, id, since, head, Math.Min(age, partnerAge));
        }
    }

    private void AddSingleParent(Origin origin, Place address, long id)
    {
        int age = random.Number(22, 55);
        var since = Since(age);
        var head = NewPerson(origin, random.Bool(0.8f) ? 2 : 1, BirthDate(age, origin), random.Bool() ? 40 : 10, null, id, "01", since);
        AddHistory(head, address, since);
        AddChildren(origin, address, id, since, head, age);
    }

    private void AddCohabitants(Origin origin, Place address, long id)
    {
        int count = random.Number(2, 3);
        var since = Since(20);
        for (int i = 0; i < count; i++)
        {
            var o = i == 0 ? origin : origin with { Language = random.Bool(0.7f) ? origin.Language : "xx" };
            var p = NewPerson(o, random.Bool() ? 1 : 2, BirthDate(random.Number(19, 40), o), 10, null, id, i == 0 ? "01" : "12", since, lastName: null);
            AddHistory(p, address, since);
        }
    }

    private void AddChildren(Origin origin, Place address, long id, DateOnly since, PersonRow parent, int youngestParentAge)
    {
        int count = random.Number(1, 4);
        int maxAge = Math.Max(0, Math.Min(24, youngestParentAge - 18));
        for (int i = 0; i < count; i++)
        {
            var childOrigin = origin with { Register = origin.Register == Registers.Bis ? Registers.Bis : origin.Register };
            var birth = BirthDate(random.Number(0, maxAge), childOrigin with { Language = origin.Language == "xx" ? "xx" : origin.Language });
            var from = Later(birth.Earliest, since);
            var child = NewPerson(childOrigin, random.Bool() ? 1 : 2, birth, 10, null, id, "03", from, lastName: parent.LastName,
                bornInBelgium: origin.Code == 150 || random.Bool(0.4f));
            AddHistory(child, address, from);
        }
    }

    private DateOnly Since(int age)
    {
        int maxYears = Math.Clamp(age - 18, 0, 25);
        return today.AddDays(-random.Number(0, maxYears * 365 + 30));
    }

    private IncompleteDate BirthDate(int age, Origin origin)
    {
        var date = today.AddYears(-age).AddDays(-random.Number(0, 364));
        if (origin.Language == "xx" && random.Bool(0.04f))
        {
            return new IncompleteDate(date.Year, random.Bool() ? date.Month : 0, 0);
        }

        return IncompleteDate.From(date);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Origin(string Language, int Code, string CountryName, string Register);

    /// <summary>An address; <paramref name="Chosen"/> is the household's language, the register language of a Brussels address.</summary>
    private sealed record Place(Municipality Municipality, string PostalCode, int StreetCode, string Street, string HouseNumber, string? Box, string? Chosen = null)
    {
        public string Language => Municipality.LanguageFor(Chosen ?? Municipality.Language);
    }
}
