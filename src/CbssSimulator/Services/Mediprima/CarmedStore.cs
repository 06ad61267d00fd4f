using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Services.Mediprima;

/// <summary>
/// One version of an electronic medical-care decision (eCarmed card) of a CPAS: the beneficiary, the validity period,
/// the covers per care type (kept as the medicalCover XML), and the SPP IS refund computed from the beneficiary's
/// status. A modification or a stop is a new version; the older ones stay for the history.
/// </summary>
public sealed record CarmedCard(long Id, string Number, long Version, string Cbe, string Ssin, string StartDate, string EndDate, string Covers,
    long RefundCode, string BeneficiaryStatus, long Insured, double Part, long MedicalUrgency, long Current, long Stopped, string CreatedOn)
{
    public Integrations.Period Validity => new(IsoDate.Parse(StartDate), IsoDate.Parse(EndDate));

    public string Status => Current == 0 ? "SUPERSEDED" : Stopped == 1 ? "STOPPED" : "CURRENT";
}

/// <summary>The eCarmed cards in the registry database.</summary>
public sealed class CarmedStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE Carmed (
            Id INTEGER PRIMARY KEY, Number TEXT NOT NULL, Version INTEGER NOT NULL, Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, StartDate TEXT NOT NULL,
            EndDate TEXT NOT NULL, Covers TEXT NOT NULL, RefundCode INTEGER NOT NULL, BeneficiaryStatus TEXT NOT NULL, Insured INTEGER NOT NULL,
            Part REAL NOT NULL, MedicalUrgency INTEGER NOT NULL, Current INTEGER NOT NULL, Stopped INTEGER NOT NULL, CreatedOn TEXT NOT NULL,
            UNIQUE (Number, Version));
        CREATE INDEX CarmedSsin ON Carmed (Ssin);
        """;

    private const string Columns = "Id, " + Inserted;

    private const string Inserted = """
        Number, Version, Cbe, Ssin, StartDate, EndDate, Covers, RefundCode, BeneficiaryStatus, Insured, Part, MedicalUrgency, Current, Stopped, CreatedOn
        """;

    public IReadOnlyList<CarmedCard> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<CarmedCard>($"SELECT {Columns} FROM Carmed WHERE Ssin = @ssin ORDER BY Number, Version", new { ssin }).ToList();
    }

    public IReadOnlyList<CarmedCard> Versions(string number)
    {
        using var c = db.Open();
        return c.Query<CarmedCard>($"SELECT {Columns} FROM Carmed WHERE Number = @number ORDER BY Version", new { number }).ToList();
    }

    /// <summary>Stores a new card (version 1, a new 12-digit number) or a new version of one (the former no longer current), in one transaction.</summary>
    public CarmedCard Save(CarmedCard card)
    {
        return db.Write((c, tx) =>
        {
            if (card.Number.Length == 0)
            {
                long last = c.ExecuteScalar<long?>("SELECT MAX(CAST(Number AS INTEGER)) FROM Carmed", transaction: tx) ?? 500000000000;
                card = card with { Number = (last + 1).ToString("000000000000", CultureInfo.InvariantCulture), Version = 1 };
            }
            else
            {
                c.Execute("UPDATE Carmed SET Current = 0 WHERE Number = @Number", card, tx);
            }

            long id = c.ExecuteScalar<long>($"""
                INSERT INTO Carmed ({Inserted}) VALUES (@Number, @Version, @Cbe, @Ssin, @StartDate, @EndDate, @Covers, @RefundCode,
                  @BeneficiaryStatus, @Insured, @Part, @MedicalUrgency, 1, @Stopped, @CreatedOn);
                SELECT last_insert_rowid();
                """, card, tx);
            return card with { Id = id, Current = 1 };
        });
    }
}
