using System.Text.Json;
using Dapper;
using CbssSimulator.Registry;

namespace CbssSimulator.Notifications;

/// <summary>A notification produced for one CPAS: what the vendor receives (its body) and whether it was pulled.</summary>
public sealed record NotificationRecord(long Id, long EventId, string Service, string Operation, string Cbe, string Ssin, string EventDate,
    string Tis, string Body, string? PulledOn)
{
    public string NotificationId => "N" + Id.ToString("D12", CultureInfo.InvariantCulture);
}

/// <summary>
/// Life events, the notifications they produced and the CPAS endpoints, in the sandbox's registry database: a reset
/// brings back a scenario's scheduled events and endpoints, and what was applied since is undone with the rest.
/// </summary>
public sealed class NotificationStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE LifeEvent (Id INTEGER PRIMARY KEY, Kind TEXT NOT NULL, Ssin TEXT NOT NULL, EventDate TEXT NOT NULL, Spec TEXT NOT NULL,
            AppliedOn TEXT, Outcome TEXT, Origin TEXT NOT NULL);
        CREATE INDEX LifeEventDue ON LifeEvent (AppliedOn, EventDate);
        CREATE TABLE Notification (Id INTEGER PRIMARY KEY, EventId INTEGER NOT NULL, Service TEXT NOT NULL, Operation TEXT NOT NULL,
            Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, EventDate TEXT NOT NULL, Tis TEXT NOT NULL, Body TEXT NOT NULL, PulledOn TEXT);
        CREATE INDEX NotificationCbe ON Notification (Cbe, PulledOn);
        CREATE TABLE CpasEndpoint (Cbe TEXT PRIMARY KEY, Url TEXT NOT NULL);
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record EventRow(long Id, string Kind, string Ssin, string EventDate, string Spec, string? AppliedOn, string? Outcome, string Origin);

    /// <summary>Schedules an event (its person already resolved to an SSIN); returns its id.</summary>
    public long Schedule(EventSpec spec, string ssin, DateOnly date, string origin)
    {
        using var c = db.Open();
        return Schedule(c, null, spec, ssin, date, origin);
    }

    internal static long Schedule(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction? tx, EventSpec spec, string ssin, DateOnly date, string origin) =>
        c.ExecuteScalar<long>("""
            INSERT INTO LifeEvent (Kind, Ssin, EventDate, Spec, Origin) VALUES (@Kind, @ssin, @date, @spec, @origin);
            SELECT last_insert_rowid();
            """, new { spec.Kind, ssin, date = IsoDate.Text(date), spec = JsonSerializer.Serialize(spec, Json), origin }, tx);

    public IReadOnlyList<(LifeEvent Event, string? Outcome)> Events()
    {
        using var c = db.Open();
        return c.Query<EventRow>("SELECT * FROM LifeEvent ORDER BY EventDate, Id").Select(r => (ToEvent(r), r.Outcome)).ToList();
    }

    /// <summary>The first date a pending event waits for, or null.</summary>
    public DateOnly? NextDue()
    {
        using var c = db.Open();
        var next = c.ExecuteScalar<string?>("SELECT min(EventDate) FROM LifeEvent WHERE AppliedOn IS NULL");
        return next is null ? null : IsoDate.Parse(next);
    }

    internal static IReadOnlyList<LifeEvent> Due(Microsoft.Data.Sqlite.SqliteConnection c, DateOnly today) =>
        c.Query<EventRow>("SELECT * FROM LifeEvent WHERE AppliedOn IS NULL AND EventDate <= @today ORDER BY EventDate, Id", new { today = IsoDate.Text(today) })
            .Select(ToEvent).ToList();

    internal static void MarkApplied(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction? tx, long id, DateOnly today, string outcome) =>
        c.Execute("UPDATE LifeEvent SET AppliedOn = @today, Outcome = @outcome WHERE Id = @id", new { id, today = IsoDate.Text(today), outcome }, tx);

    internal static long AddNotification(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, long eventId, NotificationRow row,
        string cbe, string ssin, DateOnly date, string tis, string body) =>
        c.ExecuteScalar<long>("""
            INSERT INTO Notification (EventId, Service, Operation, Cbe, Ssin, EventDate, Tis, Body) VALUES (@eventId, @Service, @Operation, @cbe, @ssin, @date, @tis, @body);
            SELECT last_insert_rowid();
            """, new { eventId, row.Service, row.Operation, cbe, ssin, date = IsoDate.Text(date), tis, body }, tx);

    internal static void SetBody(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, long id, string body) =>
        c.Execute("UPDATE Notification SET Body = @body WHERE Id = @id", new { id, body }, tx);

    public IReadOnlyList<NotificationRecord> Notifications(string? cbe = null, string? ssin = null)
    {
        using var c = db.Open();
        return c.Query<NotificationRecord>("""
            SELECT Id, EventId, Service, Operation, Cbe, Ssin, EventDate, Tis, Body, PulledOn FROM Notification
            WHERE (@cbe IS NULL OR Cbe = @cbe) AND (@ssin IS NULL OR Ssin = @ssin) ORDER BY Id
            """, new { cbe, ssin }).ToList();
    }

    /// <summary>The pull: the caller's notifications not pulled yet (at most <paramref name="max"/>, oldest first), marked pulled on <paramref name="today"/>.</summary>
    public IReadOnlyList<NotificationRecord> Pull(string cbe, DateOnly today, int max)
    {
        return db.Write((c, tx) =>
        {
            var list = c.Query<NotificationRecord>("""
                SELECT Id, EventId, Service, Operation, Cbe, Ssin, EventDate, Tis, Body, PulledOn FROM Notification
                WHERE Cbe = @cbe AND PulledOn IS NULL ORDER BY Id LIMIT @max
                """, new { cbe, max }, tx).ToList();
            c.Execute("UPDATE Notification SET PulledOn = @today WHERE Id = @Id", list.Select(n => new { n.Id, today = IsoDate.Text(today) }), tx);
            return list;
        });
    }

    public string? Endpoint(string cbe)
    {
        using var c = db.Open();
        return c.ExecuteScalar<string?>("SELECT Url FROM CpasEndpoint WHERE Cbe = @cbe", new { cbe });
    }

    public IReadOnlyDictionary<string, string> Endpoints()
    {
        using var c = db.Open();
        return c.Query<(string Cbe, string Url)>("SELECT Cbe, Url FROM CpasEndpoint ORDER BY Cbe").ToDictionary(r => r.Cbe, r => r.Url);
    }

    /// <summary>Declares (or, with null, removes) the URL where a CPAS's software receives its notifications.</summary>
    public void SetEndpoint(string cbe, string? url)
    {
        using var c = db.Open();
        SetEndpoint(c, cbe, url);
    }

    internal static void SetEndpoint(Microsoft.Data.Sqlite.SqliteConnection c, string cbe, string? url) =>
        c.Execute(url is null ? "DELETE FROM CpasEndpoint WHERE Cbe = @cbe" : "INSERT OR REPLACE INTO CpasEndpoint (Cbe, Url) VALUES (@cbe, @url)", new { cbe, url });

    private static LifeEvent ToEvent(EventRow r) => new(r.Id, EventKinds.ByName[r.Kind], r.Ssin, IsoDate.Parse(r.EventDate),
        JsonSerializer.Deserialize<EventSpec>(r.Spec, Json)!, r.AppliedOn, r.Origin);

    /// <summary>Whether a text is an absolute http(s) URL a notification may be POSTed to.</summary>
    public static string? UrlProblem(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? null : $"'endpoint' must be an absolute http or https URL, not '{url}'.";
}
