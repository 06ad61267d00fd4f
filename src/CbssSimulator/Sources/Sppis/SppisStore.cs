using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.Sppis;

/// <summary>Kinds of form the simulated SPP IS stores.</summary>
public static class FormKind
{
    public const string RisGrant = "RIS_B";
    public const string RisRefusal = "RIS_REFUSAL";
    public const string RisStop = "RIS_C";
    public const string RisRecovery = "RIS_D";
    public const string Premium = "PRIME";
    public const string L65A = "L65_A";
    public const string L65B1 = "L65_B1";
    public const string L65B2 = "L65_B2";
    public const string L65C = "L65_C";
    public const string L65D1 = "L65_D1";
    public const string L65D2 = "L65_D2";
    public const string L65F = "L65_F";

    public static readonly string[] Law1965 = [L65A, L65B1, L65B2, L65C, L65D1, L65D2, L65F];
}

/// <summary>Where a stored form stands: the live one, or what a later form did to it.</summary>
public static class FormState
{
    public const string Active = "active";
    public const string Refused = "refused";
    public const string Replaced = "replaced";
    public const string Withdrawn = "withdrawn";
    public const string Cancelled = "cancelled";
}

/// <summary>
/// One form the simulated SPP IS received, with its evaluation. Amounts in euro cents; percentages in hundredths of a
/// percent (as the law-of-1965 replies). A later form changes the state or end of an earlier one; nothing is deleted,
/// so the history stays readable.
/// </summary>
public sealed record SppisForm(long Id, string Cbe, string Ssin, string Kind, string? FileId, string EntryDate, string? EndDate,
    string? DecisionDate, long? Category, long? Amount, long? Percentage, long Piis, string Evaluation, string? Errors, string State,
    long? LinkedId, string? PreviousEnd, string ReceivedOn, string? AttestId = null, long Suffix = 0, string? Aids = null)
{
    /// <summary>ReferenceSPP_POD: ten digits, also readable as the int Reference of ListOfAttestations.</summary>
    public string Reference => (1_000_000_000 + Id).ToString();

    public Period Period => new(IsoDate.Parse(EntryDate), EndDate is null ? null : IsoDate.Parse(EndDate));

    public bool Valid => State == FormState.Active;

    public IReadOnlyList<string> ErrorCodes => Errors is null ? [] : Errors.Split(',');

    public static long IdOf(string reference) => long.TryParse(reference, NumberStyles.Integer, CultureInfo.InvariantCulture, out long r) ? r - 1_000_000_000 : -1;
}

/// <summary>A change a new form makes to a stored one (its state, its end).</summary>
public sealed record FormChange(long Id, string State, string? EndDate)
{
    /// <summary>What a form C does to the B it ends from <paramref name="entry"/>: the day before, or withdrawn whole from its own start.</summary>
    public static FormChange Ending(SppisForm b, DateOnly entry) => b.Period.Start == entry
        ? new(b.Id, FormState.Withdrawn, b.EndDate)
        : new(b.Id, FormState.Active, entry.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>What code 9 does: the C cancelled as if it never existed, the B it ended valid again with its former end.</summary>
    public static FormChange[] Cancelling(SppisForm c) =>
        [new(c.Id, FormState.Cancelled, c.EndDate), new(c.LinkedId!.Value, FormState.Active, c.PreviousEnd)];
}

/// <summary>The simulated SPP IS's forms in the registry database (Dapper, one method per use).</summary>
public sealed class SppisStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE SppisForm (
            Id INTEGER PRIMARY KEY, Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, Kind TEXT NOT NULL, FileId TEXT, EntryDate TEXT NOT NULL,
            EndDate TEXT, DecisionDate TEXT, Category INTEGER, Amount INTEGER, Percentage INTEGER, Piis INTEGER NOT NULL DEFAULT 0,
            Evaluation TEXT NOT NULL, Errors TEXT, State TEXT NOT NULL, LinkedId INTEGER, PreviousEnd TEXT, ReceivedOn TEXT NOT NULL,
            AttestId TEXT, Suffix INTEGER NOT NULL DEFAULT 0, Aids TEXT);
        CREATE INDEX SppisFormSsin ON SppisForm (Ssin, Kind);
        CREATE INDEX SppisFormCpas ON SppisForm (Cbe, Kind);
        """;

    private const string Columns = "Id, " + Inserted;

    private const string Inserted = """
        Cbe, Ssin, Kind, FileId, EntryDate, EndDate, DecisionDate, Category, Amount, Percentage, Piis, Evaluation, Errors, State,
        LinkedId, PreviousEnd, ReceivedOn, AttestId, Suffix, Aids
        """;

    public IReadOnlyList<SppisForm> ForSsin(string ssin, params string[] kinds)
    {
        using var c = db.Open();
        return c.Query<SppisForm>($"SELECT {Columns} FROM SppisForm WHERE Ssin = @ssin AND Kind IN @kinds ORDER BY Id", new { ssin, kinds }).ToList();
    }

    public IReadOnlyList<SppisForm> ForCpas(string cbe, params string[] kinds)
    {
        using var c = db.Open();
        return c.Query<SppisForm>($"SELECT {Columns} FROM SppisForm WHERE Cbe = @cbe AND Kind IN @kinds ORDER BY Id", new { cbe, kinds }).ToList();
    }

    /// <summary>The forms of one file (FileID) of a CPAS.</summary>
    public IReadOnlyList<SppisForm> ForFile(string cbe, string fileId)
    {
        using var c = db.Open();
        return c.Query<SppisForm>($"SELECT {Columns} FROM SppisForm WHERE Cbe = @cbe AND FileId = @fileId ORDER BY Id", new { cbe, fileId }).ToList();
    }

    /// <summary>Stores a form and the changes it makes to earlier ones in one transaction; returns it with its Id.</summary>
    public SppisForm Save(SppisForm form, params FormChange[] changes)
    {
        return db.Write((c, tx) =>
        {
            long id = c.ExecuteScalar<long>($"""
                INSERT INTO SppisForm ({Inserted}) VALUES (@Cbe, @Ssin, @Kind, @FileId, @EntryDate, @EndDate, @DecisionDate,
                  @Category, @Amount, @Percentage, @Piis, @Evaluation, @Errors, @State, @LinkedId, @PreviousEnd, @ReceivedOn, @AttestId, @Suffix, @Aids);
                SELECT last_insert_rowid();
                """, form, tx);
            c.Execute("UPDATE SppisForm SET State = @State, EndDate = @EndDate WHERE Id = @Id", changes, tx);
            return form with { Id = id };
        });
    }
}
