using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Services.SocialReport;

/// <summary>One request for an electronic social report: who asks, whom, about whom, and the answer once sent.</summary>
public sealed record SocialReportRequest(long Id, string Ssin, string AskingCbe, string PreviousCbe, string AskedOn, string? AnsweredOn, string? Report)
{
    /// <summary>The requestId on the wire (modelled: "ESR" and ten digits).</summary>
    public string RequestId => $"ESR{Id:0000000000}";

    public static long IdOf(string requestId) =>
        requestId.StartsWith("ESR", StringComparison.Ordinal) && long.TryParse(requestId[3..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) ? id : -1;
}

/// <summary>The social-report requests in the registry database.</summary>
public sealed class SocialReportStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE SocialReportRequest (
            Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, AskingCbe TEXT NOT NULL, PreviousCbe TEXT NOT NULL, AskedOn TEXT NOT NULL,
            AnsweredOn TEXT, Report TEXT);
        CREATE INDEX SocialReportRequestPrevious ON SocialReportRequest (PreviousCbe, AnsweredOn);
        """;

    private const string Columns = "Id, Ssin, AskingCbe, PreviousCbe, AskedOn, AnsweredOn, Report";

    public IReadOnlyList<SocialReportRequest> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<SocialReportRequest>($"SELECT {Columns} FROM SocialReportRequest WHERE Ssin = @ssin ORDER BY Id", new { ssin }).ToList();
    }

    public IReadOnlyList<SocialReportRequest> PendingFor(string previousCbe)
    {
        using var c = db.Open();
        return c.Query<SocialReportRequest>($"SELECT {Columns} FROM SocialReportRequest WHERE PreviousCbe = @previousCbe AND AnsweredOn IS NULL ORDER BY Id",
            new { previousCbe }).ToList();
    }

    public SocialReportRequest Ask(string ssin, string askingCbe, string previousCbe, string askedOn)
    {
        using var c = db.Open();
        long id = c.ExecuteScalar<long>("""
            INSERT INTO SocialReportRequest (Ssin, AskingCbe, PreviousCbe, AskedOn) VALUES (@ssin, @askingCbe, @previousCbe, @askedOn);
            SELECT last_insert_rowid();
            """, new { ssin, askingCbe, previousCbe, askedOn });
        return new SocialReportRequest(id, ssin, askingCbe, previousCbe, askedOn, null, null);
    }

    public void Answer(long id, string answeredOn, string report)
    {
        using var c = db.Open();
        c.Execute("UPDATE SocialReportRequest SET AnsweredOn = @answeredOn, Report = @report WHERE Id = @id AND AnsweredOn IS NULL", new { id, answeredOn, report });
    }
}
