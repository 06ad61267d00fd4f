using Dapper;

namespace CbssSimulator.Registry;

/// <summary>Reads of the generated population (Dapper, SQL beside each method).</summary>
public sealed class PersonStore(RegistryDatabase db)
{
    public PersonRow? Find(string ssin)
    {
        const string sql = "SELECT * FROM Person WHERE Ssin = @ssin";
        return db.QueryPreparedSingle<PersonRow>(sql, "@ssin", ssin);
    }

    public IReadOnlyList<AddressRow> Addresses(string ssin)
    {
        const string sql = "SELECT * FROM Address WHERE Ssin = @ssin ORDER BY Seq";
        return db.QueryPrepared<AddressRow>(sql, "@ssin", ssin);
    }

    public AddressRow? CurrentAddress(string ssin) => Addresses(ssin).LastOrDefault(a => a.ToDate is null);

    public IReadOnlyList<PersonRow> Household(long householdId)
    {
        const string sql = "SELECT * FROM Person WHERE HouseholdId = @householdId ORDER BY FamilyRole, BirthDate";
        return db.QueryPrepared<PersonRow>(sql, "@householdId", householdId);
    }

    /// <summary>
    /// Persons whose last-name key matches and whose birth date (as written, 00 parts included) lies in the window: read
    /// from the phonetic index alone, which holds every column the search ranks by (docs/decisions.md, "Phonetic search
    /// reads its index").
    /// </summary>
    public IReadOnlyList<PhoneticCandidate> PhoneticCandidates(string lastKey, DateOnly from, DateOnly to)
    {
        // yyyy-00-00 and yyyy-MM-00 sort before the first day they stand for, so widen the lower bound to the year.
        using var c = db.Open();
        using var command = c.CreateCommand();
        command.CommandText = PhoneticSql;
        command.Parameters.AddWithValue("@lastKey", lastKey);
        command.Parameters.AddWithValue("@lower", $"{from.Year:0000}-00-00");
        command.Parameters.AddWithValue("@upper", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Read column by column, not by Dapper's row parser: at 1 M persons a common name has over a thousand candidates,
        // and the parser's boxed values were a third of a search's CPU (docs/decisions.md, "Phonetic search reads its index").
        var rows = new List<PhoneticCandidate>();
        using var reader = command.ExecuteReader();
        int ssin = reader.GetOrdinal("Ssin"), last = reader.GetOrdinal("LastName"), first = reader.GetOrdinal("FirstNames"),
            keys = reader.GetOrdinal("FirstKeys"), born = reader.GetOrdinal("BirthDate"), sex = reader.GetOrdinal("Sex");
        while (reader.Read())
        {
            string birthDate = reader.GetString(born);
            var birth = IncompleteDate.Parse(birthDate);
            if (birth.Latest >= from && birth.Earliest <= to)
            {
                rows.Add(new PhoneticCandidate
                {
                    Ssin = reader.GetString(ssin), LastName = reader.GetString(last), FirstNames = reader.GetString(first), FirstKeys = reader.GetString(keys),
                    BirthDate = birthDate, Sex = reader.GetInt32(sex),
                });
            }
        }

        return rows;
    }

    internal const string PhoneticSql = """
        SELECT Ssin, LastName, FirstNames, FirstKeys, BirthDate, Sex FROM Person WHERE LastKey = @lastKey
        AND BirthDate >= @lower AND BirthDate <= @upper
        AND Ssin NOT IN (SELECT OldSsin FROM Replacement)
        """;

    /// <summary>The admin listing: by SSIN prefix, name (plain or phonetic) or birth date; paged.</summary>
    public IReadOnlyList<PersonRow> Search(string? q, int skip, int take)
    {
        const string all = "SELECT * FROM Person ORDER BY Ssin LIMIT @take OFFSET @skip";
        const string filtered = """
            SELECT * FROM Person
            WHERE Ssin LIKE @prefix OR LastName LIKE @like OR FirstNames LIKE @like OR LastKey = @key OR BirthDate = @q
            ORDER BY LastName, FirstNames, Ssin LIMIT @take OFFSET @skip
            """;
        using var c = db.Open();
        return string.IsNullOrWhiteSpace(q)
            ? c.Query<PersonRow>(all, new { skip, take }).ToList()
            : c.Query<PersonRow>(filtered, new { q, prefix = q + "%", like = "%" + q + "%", key = Phonetic.Key(q), skip, take }).ToList();
    }

    /// <summary>The number that replaced <paramref name="ssin"/> (BisPersonService.replaceSSIN), if any.</summary>
    public string? ReplacedBy(string ssin)
    {
        const string sql = "SELECT NewSsin FROM Replacement WHERE OldSsin = @ssin";
        return db.QueryPreparedSingle<string>(sql, "@ssin", ssin);
    }

    public void Replace(string oldSsin, string newSsin, DateOnly on, string cbe)
    {
        const string sql = "INSERT INTO Replacement (OldSsin, NewSsin, ReplacedOn, Cbe) VALUES (@oldSsin, @newSsin, @on, @cbe)";
        using var c = db.Open();
        c.Execute(sql, new { oldSsin, newSsin, on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cbe });
    }

    /// <summary>Adds a person (a new BIS number) with its address, in one transaction.</summary>
    public void Add(PersonRow person, AddressRow? address)
    {
        const string insertPerson = """
            INSERT INTO Person VALUES (@Ssin, @Register, @LastName, @FirstNames, @LastKey, @FirstKeys, @BirthDate, @Sex,
              @Nationality, @CivilState, @CivilStateSince, @PartnerSsin, @BirthPlaceNis, @BirthPlaceName, @BirthCountry,
              @DeathDate, @SisCard, @EidCard, @EidValidFrom, @EidValidTo, @HouseholdId, @FamilyRole, @HouseholdSince, @RegisteredSince)
            """;
        const string insertAddress = """
            INSERT INTO Address VALUES (@Ssin, @Seq, @FromDate, @ToDate, @PostalCode, @NisCode, @Municipality, @Language,
              @StreetCode, @Street, @HouseNumber, @Box)
            """;
        db.Write((c, tx) =>
        {
            c.Execute(insertPerson, person, tx);
            if (address is not null)
            {
                c.Execute(insertAddress, address, tx);
            }
        });
    }

    public long NextHouseholdId()
    {
        using var c = db.Open();
        return (c.ExecuteScalar<long?>("SELECT max(HouseholdId) FROM Person") ?? 0) + 1;
    }

    public bool Exists(string ssin)
    {
        using var c = db.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM Person WHERE Ssin = @ssin", new { ssin }) > 0;
    }

    public long Count()
    {
        using var c = db.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM Person");
    }
}
