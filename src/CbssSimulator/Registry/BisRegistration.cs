using CbssSimulator.Registry;

namespace CbssSimulator.Registry;

/// <summary>What a BIS registration asks for, whatever the transport (BisPersonService, ManagePerson).</summary>
public sealed record BisApplication(string LastName, string? FirstName, IncompleteDate BirthDate, int Sex, int? Nationality, int? CivilState,
    int? BirthMunicipality, int? BirthCountry, string? BirthPlace, string? PostalCode, string? Street, string? HouseNumber, string? Box);

/// <summary>
/// Creates BIS numbers: refuses a likely duplicate (same phonetic last name, a birth date that can be the same) unless
/// forced; allocates month +40 (sex known) or +20 (unknown); stores the person and the Belgian address given.
/// </summary>
public static class BisRegistration
{
    public static IReadOnlyList<PersonRow> Duplicates(PersonStore persons, BisApplication a) =>
        PhoneticSearch.Rows(persons, persons.PhoneticCandidates(Phonetic.Key(a.LastName), a.BirthDate.Earliest, a.BirthDate.Latest).Take(15));

    public static string Register(PersonStore persons, BisApplication a, DateOnly today)
    {
        var kind = a.Sex == 0 ? SsinKind.BisSexUnknown : SsinKind.BisSexKnown;
        var ssin = SsinAllocator.Next(a.BirthDate, a.Sex, kind, persons.Exists);
        var since = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var municipality = Geography.Municipalities.FirstOrDefault(m => a.PostalCode is { } zip && m.PostalCodes.Contains(zip));
        var birthMunicipality = Geography.Municipalities.FirstOrDefault(m => m.NisCode == a.BirthMunicipality);
        persons.Add(new PersonRow
        {
            Ssin = ssin, Register = Registers.Bis, LastName = a.LastName, FirstNames = a.FirstName ?? "",
            LastKey = Phonetic.Key(a.LastName), FirstKeys = string.Join(' ', Phonetic.FirstNameKeys(a.FirstName)),
            BirthDate = a.BirthDate.ToString(), Sex = Ssin.Sex(ssin), Nationality = a.Nationality ?? 999, CivilState = a.CivilState ?? 10,
            BirthPlaceNis = birthMunicipality?.NisCode, BirthPlaceName = birthMunicipality?.Name ?? a.BirthPlace ?? "",
            BirthCountry = birthMunicipality is not null ? 150 : a.BirthCountry ?? 999,
            HouseholdId = persons.NextHouseholdId(), FamilyRole = "01", HouseholdSince = since, RegisteredSince = since,
        }, municipality is null ? null : new AddressRow
        {
            Ssin = ssin, Seq = 1, FromDate = since, PostalCode = a.PostalCode!, NisCode = municipality.NisCode, Municipality = municipality.Name,
            Language = municipality.Language, StreetCode = 0, Street = a.Street ?? "", HouseNumber = a.HouseNumber ?? "", Box = a.Box,
        });
        return ssin;
    }

    /// <summary>
    /// A BIS person's new address from <paramref name="on"/> (CBSSPersonService.updatePerson): the current one ends the
    /// day before (or is replaced when it starts that day). Null when the postal code is no Belgian one.
    /// </summary>
    public static AddressRow? Move(RegistryDatabase db, string ssin, string postalCode, string street, string houseNumber, string? box, DateOnly on)
    {
        var municipality = Geography.Municipalities.FirstOrDefault(m => m.PostalCodes.Contains(postalCode));
        if (municipality is null)
        {
            return null;
        }

        string day = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return db.Write((c, tx) =>
        {
            Dapper.SqlMapper.Execute(c, "DELETE FROM Address WHERE Ssin = @ssin AND ToDate IS NULL AND FromDate >= @day", new { ssin, day }, tx);
            Dapper.SqlMapper.Execute(c, "UPDATE Address SET ToDate = @end WHERE Ssin = @ssin AND ToDate IS NULL",
                new { ssin, end = on.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, tx);
            int seq = Dapper.SqlMapper.ExecuteScalar<int>(c, "SELECT coalesce(max(Seq), 0) + 1 FROM Address WHERE Ssin = @ssin", new { ssin }, tx);
            var address = new AddressRow
            {
                Ssin = ssin, Seq = seq, FromDate = day, PostalCode = postalCode, NisCode = municipality.NisCode, Municipality = municipality.Name,
                Language = municipality.Language, StreetCode = 0, Street = street, HouseNumber = houseNumber, Box = box,
            };
            Dapper.SqlMapper.Execute(c, """
                INSERT INTO Address VALUES (@Ssin, @Seq, @FromDate, @ToDate, @PostalCode, @NisCode, @Municipality, @Language,
                  @StreetCode, @Street, @HouseNumber, @Box)
                """, address, tx);
            return address;
        });
    }
}
