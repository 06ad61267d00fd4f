using Bogus;

namespace CbssSimulator.Registry;

internal sealed partial class PopulationBuilder
{
    private PersonRow NewPerson(Origin origin, int sex, IncompleteDate birth, int civilState, string? civilSince, long household,
        string role, DateOnly householdSince, string? ssin = null, string? partner = null, string? lastName = null,
        string? death = null, bool bornInBelgium = false)
    {
        var (lasts, males, females) = Names.For(origin.Language);
        lastName ??= random.ArrayElement(lasts);
        var stock = sex == 2 ? females : males;
        int count = random.WeightedRandom([1, 2, 3], [0.5f, 0.35f, 0.15f]);
        var firstNames = string.Join(' ', Enumerable.Range(0, count).Select(_ => random.ArrayElement(stock)).Distinct());
        ssin ??= NextSsinPreview(origin, sex, birth, out birth);
        usedSsins.Add(ssin);
        bool belgianBorn = origin.Code == 150 || bornInBelgium;
        var birthPlace = belgianBorn ? random.ArrayElement(choices) : null;
        int age = today.Year - birth.Year;
        bool rnLike = origin.Register != Registers.Bis;
        var eidFrom = Later(today.AddDays(-random.Number(0, 3600)), birth.Earliest.AddYears(12)); // no eID before 12
        bool carded = rnLike && birth.Earliest.AddYears(12) <= today && death is null;
        var arrival = Later(birth.Earliest, today.AddDays(-random.Number(30, Math.Max(31, Math.Min(age, 20) * 365))));

        var person = new PersonRow
        {
            Ssin = ssin,
            Register = origin.Register,
            LastName = lastName,
            FirstNames = firstNames,
            LastKey = Phonetic.Key(lastName),
            FirstKeys = string.Join(' ', Phonetic.FirstNameKeys(firstNames)),
            BirthDate = birth.ToString(),
            Sex = Ssin.Sex(ssin),
            Nationality = origin.Code,
            CivilState = civilState,
            CivilStateSince = civilSince,
            PartnerSsin = partner,
            BirthPlaceNis = birthPlace?.NisCode,
            BirthPlaceName = birthPlace?.Name ?? origin.CountryName,
            BirthCountry = belgianBorn ? 150 : origin.Code,
            DeathDate = death,
            SisCard = rnLike ? random.Replace("##########") : null,
            EidCard = carded ? EidNumber() : null,
            EidValidFrom = carded ? Iso(eidFrom) : null,
            EidValidTo = carded ? Iso(eidFrom.AddYears(10).AddDays(-1)) : null,
            HouseholdId = death is null ? household : null, // the dead leave their household (docs/decisions.md, "Coherence rules as data")
            FamilyRole = death is null ? role : null,
            HouseholdSince = death is null ? Iso(householdSince) : null,
            RegisteredSince = Iso(belgianBorn ? birth.Earliest : arrival),
        };
        Persons.Add(person);
        return person;
    }

    /// <summary>Allocates the next free number for that birth date and sex (odd sequence = male, even = female).</summary>
    private string NextSsinPreview(Origin origin, int sex, IncompleteDate birth, out IncompleteDate usedBirth)
    {
        usedBirth = birth;
        var kind = origin.Register != Registers.Bis ? SsinKind.Rn : random.Bool(0.95f) ? SsinKind.BisSexKnown : SsinKind.BisSexUnknown;
        int seq = random.Number(1, 997);
        if (kind != SsinKind.BisSexUnknown && seq % 2 != sex % 2)
        {
            seq = seq == 997 ? 996 : seq + 1;
        }

        for (int tries = 0; tries < 500; tries++)
        {
            var candidate = Ssin.Create(birth, seq, kind);
            if (!usedSsins.Contains(candidate))
            {
                usedSsins.Add(candidate);
                return candidate;
            }

            seq = seq + 2 > 998 ? (seq % 2 == 1 ? 1 : 2) : seq + 2;
        }

        usedBirth = IncompleteDate.From(birth.Earliest.AddDays(1));
        return NextSsinPreview(origin, sex, usedBirth, out usedBirth);
    }

    /// <summary>12 digits: card number + (first ten mod 97, 97 when 0), as on Belgian eID cards.</summary>
    private string EidNumber()
    {
        long first10 = random.Long(5_900_000_000, 5_999_999_999);
        while (!usedCards.Add(first10))
        {
            first10 = random.Long(5_900_000_000, 5_999_999_999); // card numbers are unique
        }

        long check = first10 % 97 == 0 ? 97 : first10 % 97;
        return $"{first10}{check:00}";
    }

    private Place NewAddress(Municipality m, string? language = null)
    {
        var streets = Names.StreetsFor(m.Language);
        int index = random.Number(0, streets.Length - 1);
        return new Place(m, random.ArrayElement(m.PostalCodes.ToArray()), 1000 + index, streets[index],
            random.Number(1, 250).ToString(), random.Bool(0.1f) ? random.Number(1, 30).ToString() : null, language);
    }

    /// <summary>The current address from <paramref name="since"/>, and for adults up to two earlier ones.</summary>
    private void AddHistory(PersonRow person, Place current, DateOnly since)
    {
        var born = IncompleteDate.Parse(person.BirthDate).Earliest;
        var adult = born.AddYears(18);
        var history = new List<(DateOnly From, DateOnly? To, Place Place)>();
        var end = since;
        int moves = person.FamilyRole == "03" ? 0 : random.Number(0, 2);
        for (int i = 0; i < moves && end > adult.AddYears(1); i++)
        {
            var from = Later(adult, end.AddDays(-random.Number(365, 8 * 365)));
            var m = random.Bool(0.7f) ? current.Municipality : random.ArrayElement(choices);
            history.Insert(0, (from, end.AddDays(-1), NewAddress(m, current.Chosen)));
            end = from;
        }

        if (person.FamilyRole == "03" && born < since)
        {
            history.Add((born, since.AddDays(-1), NewAddress(current.Municipality, current.Chosen)));
        }

        history.Add((Later(since, born), null, current));
        int seq = 0;
        foreach (var (from, to, place) in history.OrderBy(h => h.From))
        {
            Addresses.Add(new AddressRow
            {
                Ssin = person.Ssin,
                Seq = ++seq,
                FromDate = Iso(from),
                ToDate = to is { } t ? Iso(t) : null,
                PostalCode = place.PostalCode,
                NisCode = place.Municipality.NisCode,
                Municipality = place.Municipality.NameIn(place.Language),
                Language = place.Language,
                StreetCode = place.StreetCode,
                Street = place.Street,
                HouseNumber = place.HouseNumber,
                Box = place.Box,
            });
        }
    }
}
