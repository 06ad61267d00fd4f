using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.Sppis;

/// <summary>
/// One version of a multifunctional attestation (A036): a CPAS states that a person receives integration income or
/// its equivalent for a period. A modification is a new version pointing at the one it updates; nothing is deleted.
/// </summary>
public sealed record Attestation036(long Id, string Cbe, string Ssin, string BeginDate, string? EndDate, string CategoryCode,
    string? DecisionDate, string Status, string? UpdateOf, string CreatedOn)
{
    public const string Active = "ACTIVE";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";

    /// <summary>AttestationID (modelled: ten digits).</summary>
    public string AttestationId => (2_000_000_000 + Id).ToString();

    public Period Validity => new(IsoDate.Parse(BeginDate), EndDate is null ? null : IsoDate.Parse(EndDate));

    public static long IdOf(string attestationId) => long.TryParse(attestationId, NumberStyles.Integer, CultureInfo.InvariantCulture, out long r) ? r - 2_000_000_000 : -1;

    /// <summary>The L036 Attestation block.</summary>
    public XElement Element(XNamespace ns) => new(ns + "Attestation",
        new XElement(ns + "AttestationIdentification", new XElement(ns + "AttestationStatus", Status), new XElement(ns + "AttestationID", AttestationId),
            UpdateOf is null ? null : new XElement(ns + "UpdateAttestationID", UpdateOf), new XElement(ns + "CreationDate", CreatedOn)),
        new XElement(ns + "Details",
            new XElement(ns + "ValidityPeriod", new XElement(ns + "BeginDate", BeginDate), EndDate is null ? null : new XElement(ns + "EndDate", EndDate)),
            new XElement(ns + "CategoryCode", CategoryCode)));
}

/// <summary>The A036 versions in the registry database.</summary>
public sealed class AttestationStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE Attestation036 (
            Id INTEGER PRIMARY KEY, Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, BeginDate TEXT NOT NULL, EndDate TEXT, CategoryCode TEXT NOT NULL,
            DecisionDate TEXT, Status TEXT NOT NULL, UpdateOf TEXT, CreatedOn TEXT NOT NULL);
        CREATE INDEX Attestation036Ssin ON Attestation036 (Ssin);
        """;

    private const string Columns = "Id, Cbe, Ssin, BeginDate, EndDate, CategoryCode, DecisionDate, Status, UpdateOf, CreatedOn";

    public IReadOnlyList<Attestation036> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<Attestation036>($"SELECT {Columns} FROM Attestation036 WHERE Ssin = @ssin ORDER BY Id", new { ssin }).ToList();
    }

    /// <summary>Stores a new version (none for a deletion) and sets the status of the one it updates, in one transaction.</summary>
    public Attestation036? Save(Attestation036? version, long? updated, string? updatedStatus)
    {
        return db.Write((c, tx) =>
        {
            if (updated is not null)
            {
                c.Execute("UPDATE Attestation036 SET Status = @updatedStatus WHERE Id = @updated", new { updated, updatedStatus }, tx);
            }

            long id = version is null ? 0 : c.ExecuteScalar<long>("""
                INSERT INTO Attestation036 (Cbe, Ssin, BeginDate, EndDate, CategoryCode, DecisionDate, Status, UpdateOf, CreatedOn)
                VALUES (@Cbe, @Ssin, @BeginDate, @EndDate, @CategoryCode, @DecisionDate, @Status, @UpdateOf, @CreatedOn);
                SELECT last_insert_rowid();
                """, version, tx);
            return version is null ? null : version with { Id = id };
        });
    }
}
