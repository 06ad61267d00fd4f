namespace CbssSimulator.Registry;

internal sealed partial class PopulationBuilder
{
    /// <summary>
    /// Persons present in every registry whatever the seed, so the documented client requests, the README examples
    /// and vendors' first tests have someone to find (listed in the README).
    /// </summary>
    private void AddAnchors()
    {
        var eupen = municipalities.Single(m => m.NisCode == 63023);
        var liege = municipalities.FirstOrDefault(m => m.NisCode == 62063) ?? municipalities[0];
        var brussels = municipalities.FirstOrDefault(m => m.NisCode == 21004) ?? municipalities[0];
        var belgian = (Code: 150, Name: "Belgique");

        long stefaan = ++householdId;
        var p1 = Anchor("85073003328", "De Wachter", "Stefaan", "1985-07-30", eupen, 10, stefaan, "01", "2015-04-01", belgian, Registers.Rn, "5921234567");
        AddHistory(p1, new Place(eupen, "4700", 1003, "Aachener Straße", "12", null), IsoDate.Parse("2015-04-01"));

        long stephanie = ++householdId;
        var mother = Anchor(Ssin.Create(new(1976, 3, 14), 124, SsinKind.Rn), "De Wachter", "Stéphanie Marie", "1976-03-14", liege, 40, stephanie, "01", "2011-09-01", belgian, Registers.Rn, "5921234568");
        var home = new Place(liege, liege.PostalCodes[0], 1000, "Rue de la Station", "5", "2");
        AddHistory(mother, home, IsoDate.Parse("2011-09-01"));
        var lucas = Anchor(Ssin.Create(new(2010, 5, 2), 37, SsinKind.Rn), "De Wachter", "Lucas", "2010-05-02", liege, 10, stephanie, "03", "2011-09-01", belgian, Registers.Rn, "5921234569");
        AddHistory(lucas, home, IsoDate.Parse("2011-09-01"));

        long max = ++householdId;
        var maxSsin = Ssin.Create(new(1938, 3, 7), 21, SsinKind.Rn);
        var annelieseSsin = Ssin.Create(new(1940, 1, 20), 46, SsinKind.Rn);
        var m1 = Anchor(maxSsin, "Mustermann", "Max", "1938-03-07", eupen, 20, max, "01", "1965-06-12", belgian, Registers.Rn, "5921234570", annelieseSsin, "1965-06-12");
        var m2 = Anchor(annelieseSsin, "Mustermann", "Anneliese", "1940-01-20", eupen, 20, max, "02", "1965-06-12", belgian, Registers.Rn, "5921234571", maxSsin, "1965-06-12");
        var haas = new Place(eupen, "4700", 1004, "Haasstraße", "123", "12");
        AddHistory(m1, haas, IsoDate.Parse("1965-06-12"));
        AddHistory(m2, haas, IsoDate.Parse("1965-06-12"));

        long youssef = ++householdId;
        var bis = Anchor(Ssin.Create(new(1992, 0, 0), 11, SsinKind.BisSexKnown), "El Amrani", "Youssef", "1992-00-00", null, 10, youssef, "01", "2024-02-01", (354, "Maroc"), Registers.Bis, null);
        AddHistory(bis, new Place(brussels, brussels.PostalCodes[0], 1001, "Rue de l'Église", "40", null), IsoDate.Parse("2024-02-01"));
    }

    private PersonRow Anchor(string ssin, string last, string first, string birth, Municipality? birthPlace, int civil, long household,
        string role, string since, (int Code, string Name) country, string register, string? eidBase, string? partner = null, string? civilSince = null)
    {
        usedSsins.Add(ssin);
        if (eidBase is not null)
        {
            usedCards.Add(long.Parse(eidBase, System.Globalization.CultureInfo.InvariantCulture));
        }

        var eidFrom = Later(CbssSimulator.IsoDate.Parse("2022-01-10"), IncompleteDate.Parse(birth).Earliest.AddYears(12)); // no eID before 12
        var person = new PersonRow
        {
            Ssin = ssin,
            Register = register,
            LastName = last,
            FirstNames = first,
            LastKey = Phonetic.Key(last),
            FirstKeys = string.Join(' ', Phonetic.FirstNameKeys(first)),
            BirthDate = birth,
            Sex = Ssin.Sex(ssin),
            Nationality = country.Code,
            CivilState = civil,
            CivilStateSince = civilSince ?? (civil == 10 ? null : since),
            PartnerSsin = partner,
            BirthPlaceNis = birthPlace?.NisCode,
            BirthPlaceName = birthPlace?.Name ?? country.Name,
            BirthCountry = birthPlace is null ? country.Code : 150,
            SisCard = eidBase is null ? null : "1" + eidBase[1..],
            EidCard = eidBase is null ? null : eidBase + EidCheck(long.Parse(eidBase, CultureInfo.InvariantCulture)).ToString("00", CultureInfo.InvariantCulture),
            EidValidFrom = eidBase is null ? null : Iso(eidFrom),
            EidValidTo = eidBase is null ? null : "2032-01-09",
            HouseholdId = household,
            FamilyRole = role,
            HouseholdSince = since,
            RegisteredSince = birthPlace is null ? since : IncompleteDate.Parse(birth).Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Persons.Add(person);
        return person;
    }

    internal static long EidCheck(long first10) => first10 % 97 == 0 ? 97 : first10 % 97;
}
