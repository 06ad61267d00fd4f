using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Services.Mediprima;

/// <summary>An urgent-medical-aid attestation a doctor recorded (deleted ones are kept, marked).</summary>
public sealed record UmaAttestation(long Id, string Ssin, string AuthorId, string AuthorIdType, string AuthorName, string StartDate, string? EndDate,
    string MedicalCover, string CreatedOn, string? DeletedOn)
{
    /// <summary>AttestationNumber (modelled: "UMA" and nine digits).</summary>
    public string Number => $"UMA{Id:000000000}";

    public Integrations.Period Validity => new(IsoDate.Parse(StartDate), EndDate is null ? null : IsoDate.Parse(EndDate));
}

/// <summary>The UMA attestations in the registry database.</summary>
public sealed class UmaStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE UmaAttestation (
            Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, AuthorId TEXT NOT NULL, AuthorIdType TEXT NOT NULL, AuthorName TEXT NOT NULL, StartDate TEXT NOT NULL,
            EndDate TEXT, MedicalCover TEXT NOT NULL, CreatedOn TEXT NOT NULL, DeletedOn TEXT);
        CREATE INDEX UmaAttestationSsin ON UmaAttestation (Ssin);
        """;

    private const string Columns = "Id, Ssin, AuthorId, AuthorIdType, AuthorName, StartDate, EndDate, MedicalCover, CreatedOn, DeletedOn";

    public IReadOnlyList<UmaAttestation> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<UmaAttestation>($"SELECT {Columns} FROM UmaAttestation WHERE Ssin = @ssin AND DeletedOn IS NULL ORDER BY Id", new { ssin }).ToList();
    }

    public UmaAttestation Save(UmaAttestation a)
    {
        using var c = db.Open();
        long id = c.ExecuteScalar<long>("""
            INSERT INTO UmaAttestation (Ssin, AuthorId, AuthorIdType, AuthorName, StartDate, EndDate, MedicalCover, CreatedOn)
            VALUES (@Ssin, @AuthorId, @AuthorIdType, @AuthorName, @StartDate, @EndDate, @MedicalCover, @CreatedOn);
            SELECT last_insert_rowid();
            """, a);
        return a with { Id = id };
    }

    public void Delete(long id, string on)
    {
        using var c = db.Open();
        c.Execute("UPDATE UmaAttestation SET DeletedOn = @on WHERE Id = @id", new { id, on });
    }
}
