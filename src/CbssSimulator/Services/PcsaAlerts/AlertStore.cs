using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Services.PcsaAlerts;

/// <summary>An SPP IS alert ("clignotant") on a grant of a CPAS, and the CPAS's reaction once sent.</summary>
public sealed record Alert(long Id, string Cbe, string Ssin, long FormId, string Kind, string Detail, string RaisedOn, string? Reaction, string? Motivation,
    string? ReactedOn)
{
    /// <summary>The alertId on the wire (modelled: "ALR" and ten digits).</summary>
    public string AlertId => $"ALR{Id:0000000000}";

    public static long IdOf(string alertId) => alertId.StartsWith("ALR", StringComparison.Ordinal) && long.TryParse(alertId[3..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) ? id : -1;
}

/// <summary>The alerts in the registry database; one per grant, kind and detail.</summary>
public sealed class AlertStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE SppisAlert (
            Id INTEGER PRIMARY KEY, Cbe TEXT NOT NULL, Ssin TEXT NOT NULL, FormId INTEGER NOT NULL, Kind TEXT NOT NULL, Detail TEXT NOT NULL,
            RaisedOn TEXT NOT NULL, Reaction TEXT, Motivation TEXT, ReactedOn TEXT, UNIQUE (FormId, Kind, Detail));
        CREATE INDEX SppisAlertCpas ON SppisAlert (Cbe);
        """;

    private const string Columns = "Id, Cbe, Ssin, FormId, Kind, Detail, RaisedOn, Reaction, Motivation, ReactedOn";

    /// <summary>Raises the alerts not raised yet (the same grant, kind and detail is raised once).</summary>
    public void Raise(IEnumerable<Alert> alerts)
    {
        db.Write((c, tx) =>
        {
            c.Execute("""
                INSERT OR IGNORE INTO SppisAlert (Cbe, Ssin, FormId, Kind, Detail, RaisedOn) VALUES (@Cbe, @Ssin, @FormId, @Kind, @Detail, @RaisedOn)
                """, alerts, tx);
        });
    }

    public IReadOnlyList<Alert> Pending(string cbe)
    {
        using var c = db.Open();
        return c.Query<Alert>($"SELECT {Columns} FROM SppisAlert WHERE Cbe = @cbe AND ReactedOn IS NULL ORDER BY Id", new { cbe }).ToList();
    }

    public IReadOnlyList<Alert> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<Alert>($"SELECT {Columns} FROM SppisAlert WHERE Ssin = @ssin ORDER BY Id", new { ssin }).ToList();
    }

    public Alert? Find(long id)
    {
        using var c = db.Open();
        return c.QueryFirstOrDefault<Alert>($"SELECT {Columns} FROM SppisAlert WHERE Id = @id", new { id });
    }

    public void React(long id, string reaction, string motivation, string reactedOn)
    {
        using var c = db.Open();
        c.Execute("UPDATE SppisAlert SET Reaction = @reaction, Motivation = @motivation, ReactedOn = @reactedOn WHERE Id = @id AND ReactedOn IS NULL",
            new { id, reaction, motivation, reactedOn });
    }
}
