using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Services.Heating;

/// <summary>A heating allowance saved by a CPAS (amounts in euro cents; the household as the registry groups it).</summary>
public sealed record SavedAllocation(long Id, string Cbe, string Ssin, long? HouseholdId, long Category, string DeliveryDate, long UnitFuel,
    double LitresPerDwelling, double LitresAllowed, double PricePerLitre, long CentsPerLitre, long AmountCents, string SavedOn, string? CancelledOn)
{
    /// <summary>AllocationReference (modelled: "HA" and ten digits).</summary>
    public string Reference => $"HA{Id:0000000000}";

    public int Year => int.Parse(DeliveryDate[..4], CultureInfo.InvariantCulture);
}

/// <summary>The saved heating allowances in the registry database.</summary>
public sealed class AllocationStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE HeatingAllocation (
            Id INTEGER PRIMARY KEY, Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, HouseholdId INTEGER, Category INTEGER NOT NULL, DeliveryDate TEXT NOT NULL,
            UnitFuel INTEGER NOT NULL, LitresPerDwelling REAL NOT NULL, LitresAllowed REAL NOT NULL, PricePerLitre REAL NOT NULL, CentsPerLitre INTEGER NOT NULL,
            AmountCents INTEGER NOT NULL, SavedOn TEXT NOT NULL, CancelledOn TEXT);
        CREATE INDEX HeatingAllocationHousehold ON HeatingAllocation (HouseholdId, DeliveryDate);
        CREATE INDEX HeatingAllocationSsin ON HeatingAllocation (Ssin);
        """;

    private const string Columns = "Id, " + Inserted;

    private const string Inserted = """
        Cbe, Ssin, HouseholdId, Category, DeliveryDate, UnitFuel, LitresPerDwelling, LitresAllowed, PricePerLitre, CentsPerLitre, AmountCents,
        SavedOn, CancelledOn
        """;

    /// <summary>The allowances (not cancelled) of a household — or of the person alone without one — delivered in a year.</summary>
    public IReadOnlyList<SavedAllocation> OfHousehold(long? householdId, IEnumerable<string> members, int year)
    {
        using var c = db.Open();
        return c.Query<SavedAllocation>($"""
            SELECT {Columns} FROM HeatingAllocation
            WHERE CancelledOn IS NULL AND substr(DeliveryDate, 1, 4) = @y AND (HouseholdId = @householdId OR Ssin IN @members) ORDER BY Id
            """, new { householdId, members, y = year.ToString("0000", CultureInfo.InvariantCulture) }).ToList();
    }

    public SavedAllocation? Find(string reference)
    {
        if (!reference.StartsWith("HA", StringComparison.Ordinal) || !long.TryParse(reference[2..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long id))
        {
            return null;
        }

        using var c = db.Open();
        return c.QueryFirstOrDefault<SavedAllocation>($"SELECT {Columns} FROM HeatingAllocation WHERE Id = @id", new { id });
    }

    public SavedAllocation Save(SavedAllocation a)
    {
        using var c = db.Open();
        long id = c.ExecuteScalar<long>($"""
            INSERT INTO HeatingAllocation ({Inserted}) VALUES (@Cbe, @Ssin, @HouseholdId, @Category, @DeliveryDate, @UnitFuel,
              @LitresPerDwelling, @LitresAllowed, @PricePerLitre, @CentsPerLitre, @AmountCents, @SavedOn, @CancelledOn);
            SELECT last_insert_rowid();
            """, a);
        return a with { Id = id };
    }

    public void Cancel(long id, string on)
    {
        using var c = db.Open();
        c.Execute("UPDATE HeatingAllocation SET CancelledOn = @on WHERE Id = @id AND CancelledOn IS NULL", new { id, on });
    }
}
