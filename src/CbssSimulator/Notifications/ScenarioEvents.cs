using CbssSimulator.Registry;

namespace CbssSimulator.Notifications;

/// <summary>
/// Writes a scenario's <c>cpas[].endpoint</c>, <c>events</c> and <c>onlineRequests</c> into its template database: a
/// reset brings the events back unapplied, so the same clock moves apply them the same way again.
/// </summary>
internal static class ScenarioEvents
{
    public static void Apply(Scenarios.ScenarioFile s, RegistryDatabase db, IReadOnlyDictionary<string, string> ids, DateOnly? today)
    {
        using (var c = db.Open())
        {
            foreach (var cpas in s.Cpas.Where(x => x.Endpoint is not null))
            {
                NotificationStore.SetEndpoint(c, cpas.Cbe, cpas.Endpoint);
            }

            foreach (var e in s.Events)
            {
                string ssin = Scenarios.ScenarioBuilder.Resolve(e.Person!, ids);
                if (e.Partner is not null)
                {
                    e.Partner = Scenarios.ScenarioBuilder.Resolve(e.Partner, ids);
                }

                NotificationStore.Schedule(c, null, e, ssin, IsoDate.Parse(e.Date!), "scenario " + s.Name);
            }
        }

        var store = new CpasOnline.CpasOnlineStore(db);
        var cpasStore = new CpasStore(db);
        var persons = new PersonStore(db);
        foreach (var r in s.OnlineRequests)
        {
            if (r.Ssin is not null)
            {
                r.Ssin = Scenarios.ScenarioBuilder.Resolve(r.Ssin, ids);
            }

            if (CpasOnline.CpasOnlineStore.Problem(r, cpasStore, out var cbe) is { } problem)
            {
                throw new Scenarios.ScenarioException([new Scenarios.ScenarioError(s.Name, 0, "onlineRequests: " + problem)]);
            }

            store.Submit(r, cbe!, today ?? new DateOnly(2026, 1, 1), persons);
        }
    }
}
