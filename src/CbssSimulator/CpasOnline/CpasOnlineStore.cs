using Dapper;
using CbssSimulator.Registry;

namespace CbssSimulator.CpasOnline;

/// <summary>A citizen's help request as the citizen (or a scenario, or the admin API) submits it.</summary>
public sealed class OnlineRequestSpec
{
    /// <summary>The CPAS the request is for (KBO); absent: the CPAS of the residence's municipality (seed 001).</summary>
    public string? Cpas { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? BirthDate { get; set; }

    /// <summary>The national number, when the citizen gives it (or a scenario person id).</summary>
    public string? Ssin { get; set; }

    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The residence: postal code (required: it names the CPAS when none is given), street, house number.</summary>
    public string PostalCode { get; set; } = "";
    public string? Street { get; set; }
    public string? HouseNumber { get; set; }

    /// <summary>The nature of the request (e.g. "aide financière frais d'énergie"), and the citizen's own description.</summary>
    public string Nature { get; set; } = "";
    public string? Description { get; set; }

    public bool? LivesAtAddress { get; set; }
    public bool? IsStudent { get; set; }
    public bool? InCareFacility { get; set; }

    /// <summary>Scenario only: the submission date (default: the sandbox's today when it is applied).</summary>
    public string? SubmittedOn { get; set; }
}

/// <summary>One stored request, with what the registers knew at submission and what the CPAS did with it.</summary>
public sealed record OnlineRequest(string Reference, string Cbe, string SubmittedOn, string FirstName, string LastName, string? BirthDate, string? Ssin,
    string? Register, string? Email, string? Phone, string Residence, string? ReferenceAddress, string Nature, string? Description,
    long? LivesAtAddress, long? IsStudent, long? InCareFacility, string? ReadOn, string? FileOpenedOn, string? FileSsin);

/// <summary>The CPAS Online requests of a sandbox (SPP IS's side), in its registry database.</summary>
public sealed class CpasOnlineStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE OnlineRequest (Reference TEXT PRIMARY KEY, Cbe TEXT NOT NULL, SubmittedOn TEXT NOT NULL, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            BirthDate TEXT, Ssin TEXT, Register TEXT, Email TEXT, Phone TEXT, Residence TEXT NOT NULL, ReferenceAddress TEXT, Nature TEXT NOT NULL,
            Description TEXT, LivesAtAddress INTEGER, IsStudent INTEGER, InCareFacility INTEGER, ReadOn TEXT, FileOpenedOn TEXT, FileSsin TEXT);
        CREATE INDEX OnlineRequestCbe ON OnlineRequest (Cbe, SubmittedOn);
        """;

    private const string Columns = """
        Reference, Cbe, SubmittedOn, FirstName, LastName, BirthDate, Ssin, Register, Email, Phone, Residence, ReferenceAddress, Nature, Description,
        LivesAtAddress, IsStudent, InCareFacility, ReadOn, FileOpenedOn, FileSsin
        """;

    /// <summary>What is wrong with a request, or null; <paramref name="cbe"/> is the CPAS it goes to.</summary>
    public static string? Problem(OnlineRequestSpec s, CpasStore cpas, out string? cbe)
    {
        cbe = null;
        if (string.IsNullOrWhiteSpace(s.FirstName) || string.IsNullOrWhiteSpace(s.LastName) || s.FirstName.Length > 100 || s.LastName.Length > 100)
        {
            return "'firstName' and 'lastName' are required (at most 100 characters each).";
        }

        if (string.IsNullOrWhiteSpace(s.Nature) || s.Nature.Length > 200 || (s.Description?.Length ?? 0) > 4000
            || (s.Email?.Length ?? 0) > 200 || (s.Phone?.Length ?? 0) > 40 || (s.Street?.Length ?? 0) > 200 || (s.HouseNumber?.Length ?? 0) > 20)
        {
            return "'nature' is required (at most 200 characters); 'description' at most 4000, 'email' 200, 'phone' 40, 'street' 200, 'houseNumber' 20.";
        }

        if (s.BirthDate is not null && !IncompleteDate.TryParse(s.BirthDate, out _))
        {
            return $"'birthDate' must be a date written YYYY-MM-DD, not '{s.BirthDate}'.";
        }

        if (s.Ssin is not null && !Ssin.IsValid(s.Ssin))
        {
            return $"'ssin' must be a valid national number (11 digits, check digits), not '{s.Ssin}'.";
        }

        var municipality = Geography.Municipalities.FirstOrDefault(m => m.PostalCodes.Contains(s.PostalCode));
        if (municipality is null)
        {
            return $"'postalCode' must be a Belgian postal code, not '{s.PostalCode}'.";
        }

        cbe = s.Cpas ?? cpas.All().FirstOrDefault(c => c.NisCode == municipality.NisCode)?.Cbe;
        return cbe is null || cpas.Find(cbe) is null
            ? s.Cpas is null ? $"No CPAS serves {municipality.Name}: name one in 'cpas'." : $"There is no CPAS {s.Cpas} (GET /admin/cpas lists them)."
            : null;
    }

    /// <summary>Stores a checked request on <paramref name="today"/>; the reference is made from the sandbox's count and the request, so it is the same on every replay.</summary>
    public OnlineRequest Submit(OnlineRequestSpec s, string cbe, DateOnly today, PersonStore persons)
    {
        string reference = db.Write((c, tx) =>
        {
            long n = c.ExecuteScalar<long>("SELECT count(*) FROM OnlineRequest", transaction: tx) + 1;
            string submitted = s.SubmittedOn ?? IsoDate.Text(today);
            string made = Reference(n, $"{cbe}|{s.LastName}|{s.FirstName}|{submitted}");
            var known = s.Ssin is null ? null : persons.Find(s.Ssin);
            var referenceAddress = known is null ? null : persons.CurrentAddress(known.Ssin) is { } a ? $"{a.Street} {a.HouseNumber}, {a.PostalCode} {a.Municipality}" : null;
            var m = Geography.Municipalities.First(x => x.PostalCodes.Contains(s.PostalCode));
            string residence = string.Join(", ", new[] { $"{s.Street} {s.HouseNumber}".Trim(), $"{s.PostalCode} {m.Name}" }.Where(x => x.Length > 0));
            c.Execute($"INSERT INTO OnlineRequest ({Columns}) VALUES (@reference, @cbe, @submitted, @FirstName, @LastName, @BirthDate, @Ssin, @register, @Email, @Phone, "
                + "@residence, @referenceAddress, @Nature, @Description, @LivesAtAddress, @IsStudent, @InCareFacility, NULL, NULL, NULL)", new
            {
                reference = made, cbe, submitted, s.FirstName, s.LastName, BirthDate = known?.BirthDate ?? s.BirthDate, s.Ssin, register = known?.Register, s.Email, s.Phone,
                residence, referenceAddress, s.Nature, s.Description, s.LivesAtAddress, s.IsStudent, s.InCareFacility,
            }, tx);
            return made;
        });

        return Find(reference)!;
    }

    /// <summary>A reference in the shape Primaweb shows (2A + 10 letters and digits).</summary>
    private static string Reference(long n, string text)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        uint h = StableHash.Of(text);
        var chars = new char[10];
        ulong v = ((ulong)n << 32) | h;
        for (int i = 9; i >= 0; i--)
        {
            chars[i] = alphabet[(int)(v % 32)];
            v /= 32;
        }

        return "2A" + new string(chars);
    }

    public OnlineRequest? Find(string reference)
    {
        using var c = db.Open();
        return c.QueryFirstOrDefault<OnlineRequest>($"SELECT {Columns} FROM OnlineRequest WHERE Reference = @reference", new { reference });
    }

    /// <summary>The CPAS's requests submitted in [from, to] (bounds optional), unread only / read only / all, oldest first.</summary>
    public IReadOnlyList<OnlineRequest> List(string cbe, DateOnly? from, DateOnly? to, bool? read)
    {
        using var c = db.Open();
        return c.Query<OnlineRequest>($"""
            SELECT {Columns} FROM OnlineRequest WHERE Cbe = @cbe AND (@from IS NULL OR SubmittedOn >= @from) AND (@to IS NULL OR SubmittedOn <= @to)
              AND (@read IS NULL OR (ReadOn IS NOT NULL) = @read) ORDER BY SubmittedOn, Reference
            """, new { cbe, from = from is { } f ? IsoDate.Text(f) : null, to = to is { } t ? IsoDate.Text(t) : null, read }).ToList();
    }

    public IReadOnlyList<OnlineRequest> All()
    {
        using var c = db.Open();
        return c.Query<OnlineRequest>($"SELECT {Columns} FROM OnlineRequest ORDER BY SubmittedOn, Reference").ToList();
    }

    public void MarkRead(string reference, DateOnly today)
    {
        using var c = db.Open();
        c.Execute("UPDATE OnlineRequest SET ReadOn = coalesce(ReadOn, @today) WHERE Reference = @reference", new { reference, today = IsoDate.Text(today) });
    }

    public void OpenFile(string reference, string ssin, DateOnly today)
    {
        using var c = db.Open();
        c.Execute("UPDATE OnlineRequest SET FileOpenedOn = @today, FileSsin = @ssin, ReadOn = coalesce(ReadOn, @today) WHERE Reference = @reference",
            new { reference, ssin, today = IsoDate.Text(today) });
    }
}
