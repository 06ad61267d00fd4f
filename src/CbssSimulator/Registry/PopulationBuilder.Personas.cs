using CbssSimulator.Registry.Personas;

namespace CbssSimulator.Registry;

internal sealed partial class PopulationBuilder
{
    /// <summary>
    /// The personas of <see cref="PersonaCatalogue"/> (docs/decisions.md, "Personas"), built from the table without drawing from the
    /// random generator, so the generated population around them stays what it was. Their numbers (and old numbers)
    /// are reserved before any household is generated.
    /// </summary>
    private void AddPersonas()
    {
        foreach (var ssin in PersonaCatalogue.Ssins.Concat(FailOnPurpose.Ssins))
        {
            usedSsins.Add(ssin);
        }

        var households = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in PersonaCatalogue.All)
        {
            var birth = IncompleteDate.Parse(p.BirthDate);
            var address = p.Address!;
            var since = CbssSimulator.IsoDate.Parse(address.Since);
            var death = p.DeathDate is null ? (DateOnly?)null : PersonaCatalogue.Date(p.DeathDate, today);
            long? household = death is not null ? null
                : p.Household is null ? ++householdId
                : households.TryGetValue(p.Household, out var h) ? h : households[p.Household] = ++householdId;
            long card = 5_900_000_000 + long.Parse(p.Ssin[1..9], System.Globalization.CultureInfo.InvariantCulture);
            usedCards.Add(card);
            var cardFrom = Later(Later(since, birth.Earliest.AddYears(12)), today.AddYears(-5)); // a card valid on the reference date
            var municipality = municipalities.Single(m => m.NisCode == address.NisCode);
            bool belgianBorn = p.Nationality == 150;
            var person = new PersonRow
            {
                Ssin = p.Ssin,
                Register = p.Register,
                LastName = p.LastName,
                FirstNames = p.FirstNames,
                LastKey = Phonetic.Key(p.LastName),
                FirstKeys = string.Join(' ', Phonetic.FirstNameKeys(p.FirstNames)),
                BirthDate = p.BirthDate,
                Sex = Ssin.Sex(p.Ssin),
                Nationality = p.Nationality,
                CivilState = p.CivilState,
                CivilStateSince = p.CivilStateSince,
                PartnerSsin = p.Partner,
                BirthPlaceNis = belgianBorn ? municipality.NisCode : null,
                BirthPlaceName = belgianBorn ? municipality.Name : Names.ForeignCountries.Single(c => c.Code == p.Nationality).Name,
                BirthCountry = p.Nationality,
                DeathDate = death is { } d ? Iso(d) : null,
                SisCard = p.Register == Registers.Bis ? null : "1" + p.Ssin[..9],
                EidCard = p.Card ? $"{card}{EidCheck(card):00}" : null,
                EidValidFrom = p.Card ? Iso(cardFrom) : null,
                EidValidTo = p.Card ? Iso(cardFrom.AddYears(10).AddDays(-1)) : null,
                HouseholdId = household,
                FamilyRole = household is null ? null : p.Role,
                HouseholdSince = household is null ? null : address.Since,
                RegisteredSince = belgianBorn ? birth.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : address.Since,
            };
            Persons.Add(person);
            Addresses.Add(new AddressRow
            {
                Ssin = p.Ssin, Seq = 1, FromDate = address.Since, PostalCode = municipality.PostalCodes[0], NisCode = municipality.NisCode,
                Municipality = municipality.Name, Language = municipality.Language, StreetCode = 1900 + Math.Abs(address.Street.Length * 7 % 97),
                Street = address.Street, HouseNumber = address.Number, Box = address.Box,
            });
        }
    }
}
