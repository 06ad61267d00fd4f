using Dapper;

namespace CbssSimulator.Registry;

/// <summary>
/// Who lives at an address: the living National Register persons (RN and waiting register, no BIS numbers, no replaced
/// numbers) whose current address has that postal code, street (case and accents ignored), house number and, when
/// given, box; with the day they live there since. Read by NRPPersonService and the legacy OCMWCPASFindByAddress.
/// </summary>
public static class AddressSearch
{
    public static IReadOnlyList<(PersonRow Person, string Since)> LivingAt(RegistryDatabase db, PersonStore persons, string postalCode, string street,
        string houseNumber, string? box)
    {
        const string sql = """
            SELECT a.Ssin, a.FromDate, a.Street, a.Box FROM Address a JOIN Person p ON p.Ssin = a.Ssin
            WHERE a.ToDate IS NULL AND a.PostalCode = @zip AND a.HouseNumber = @number AND p.Register <> 'BIS' AND p.DeathDate IS NULL
            AND p.Ssin NOT IN (SELECT OldSsin FROM Replacement)
            """;
        using var c = db.Open();
        string folded = Phonetic.Fold(street);
        string wantedBox = box?.Trim() ?? "";
        return c.Query<(string Ssin, string FromDate, string Street, string? Box)>(sql, new { zip = postalCode.Trim(), number = houseNumber.Trim() })
            .Where(h => Phonetic.Fold(h.Street) == folded && (wantedBox.Length == 0 || (h.Box ?? "") == wantedBox))
            .Select(h => (Person: persons.Find(h.Ssin)!, Since: h.FromDate)).OrderBy(h => h.Person.Ssin, StringComparer.Ordinal).ToList();
    }
}
