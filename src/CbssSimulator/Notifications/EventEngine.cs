using System.Xml.Linq;
using Dapper;
using CbssSimulator.Integrations;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.Notifications;

/// <summary>
/// Applies a sandbox's due life events (docs/decisions.md, "Notifications and CPAS Online"): lazily, when a call, an
/// admin read or a clock change finds the sandbox's date at or past the first pending event — no timer. Each event is
/// applied with its notifications in one transaction, in (date, id) order, so the same scenario and the same clock moves
/// give the same registry and the same notifications.
/// </summary>
public static class EventEngine
{
    private static readonly XNamespace Ns = NotificationRows.Namespace;

    /// <summary>Applies what is due at the sandbox's date; returns the notifications made (for delivery).</summary>
    public static IReadOnlyList<NotificationRecord> ApplyDue(Sandbox sandbox)
    {
        var state = sandbox.Notifications;
        var today = sandbox.Clock.Today;
        if (!state.MayBeDue(today))
        {
            return [];
        }

        lock (state.Applying)
        {
            var store = new NotificationStore(sandbox.Database);
            if (!state.MayBeDue(today))
            {
                return [];
            }

            var made = new List<NotificationRecord>();
            using (var c = sandbox.Database.Open())
            {
                foreach (var e in NotificationStore.Due(c, today))
                {
                    made.AddRange(sandbox.Database.Write((w, tx) => Apply(w, tx, e, today)));
                }
            }

            state.SetNextDue(store.NextDue());
            return made;
        }
    }

    private static List<NotificationRecord> Apply(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, LifeEvent e, DateOnly today)
    {
        tx.Save("event"); // a refused event leaves nothing of itself but its mark
        var made = new List<NotificationRecord>();
        string outcome;
        try
        {
            var produced = new EventApplier(c, tx).Apply(e);
            foreach (var p in produced)
            {
                made.AddRange(Notify(c, tx, e, p));
            }

            outcome = $"applied: {made.Count} notification(s)";
        }
        catch (EventRefusedException refused)
        {
            tx.Rollback("event");
            NotificationStore.MarkApplied(c, tx, e.Id, today, "refused: " + refused.Message);
            return [];
        }

        NotificationStore.MarkApplied(c, tx, e.Id, today, outcome);
        return made;
    }

    /// <summary>The receivers of one message: every CPAS whose integrations of the person satisfy the row at the event's date.</summary>
    private static IEnumerable<NotificationRecord> Notify(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, LifeEvent e, Produced p)
    {
        var integrations = c.Query<(long Id, string Ssin, string Cbe, long QualityCode, string StartDate, string? EndDate)>(
                "SELECT Id, Ssin, Cbe, QualityCode, StartDate, EndDate FROM Integration WHERE Ssin = @Ssin ORDER BY Cbe", new { p.Ssin }, tx)
            .Select(r => new Integration(r.Id, r.Ssin, r.Cbe, (int)r.QualityCode, new Period(IsoDate.Parse(r.StartDate), r.EndDate is null ? null : IsoDate.Parse(r.EndDate))))
            .ToList();
        var receivers = p.OnlyCpas is { } only
            ? [(only, (IReadOnlyList<int>)[])]
            : integrations.GroupBy(i => i.Cbe, StringComparer.Ordinal)
                .Where(g => g.Key != p.ExceptCpas)
                .Select(g => (Cbe: g.Key, Codes: IntegrationControl.Evaluate(p.Row.Control, g, e.Date, null)))
                .Where(x => x.Codes is { Allowed: true, MatchedCodes.Count: > 0 })
                .Select(x => (x.Cbe, x.Codes.MatchedCodes))
                .ToList();
        foreach (var (cbe, codes) in receivers.OrderBy(r => r.Item1, StringComparer.Ordinal))
        {
            string tis = string.Join(' ', p.Tis);
            long id = NotificationStore.AddNotification(c, tx, e.Id, p.Row, cbe, p.Ssin, e.Date, tis, "");
            string body = Body(p, id, cbe, e.Date, codes).ToString(SaveOptions.DisableFormatting);
            NotificationStore.SetBody(c, tx, id, body);
            yield return new NotificationRecord(id, e.Id, p.Row.Service, p.Row.Operation, cbe, p.Ssin, IsoDate.Text(e.Date), tis, body, null);
        }
    }

    /// <summary>The message of one notification (contracts/soa/Notifications, modelled).</summary>
    public static XElement Body(Produced p, long id, string cbe, DateOnly date, IReadOnlyList<int> codes) => new(Ns + p.Row.Element,
        new XElement("notificationId", "N" + id.ToString("D12", CultureInfo.InvariantCulture)),
        new XElement("cbeNumber", cbe),
        new XElement("ssin", p.Ssin),
        new XElement("eventDate", IsoDate.Text(date)),
        codes.Select(q => new XElement("qualityCode", q.ToString("000", CultureInfo.InvariantCulture))),
        p.Tis.Select(t => new XElement("ti", t)),
        p.Details.Where(d => d.Value.Length > 0).Select(d => new XElement("detail", new XAttribute("name", d.Name), d.Value)));
}
