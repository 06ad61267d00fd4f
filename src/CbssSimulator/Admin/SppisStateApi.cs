using CbssSimulator.Hosting;
using CbssSimulator.Registry;

namespace CbssSimulator.Admin;

/// <summary>
/// GET /admin/sppis/{ssin}: what the simulated SPP IS, heating fund and Mediprima hold about a person — forms with their
/// evaluation and state, multifunctional attestations, heating allowances of the year, eCarmed card versions, UMA
/// attestations, alerts and social-report requests — so a tester sees what the vendor's product sent. Each part is a
/// module's <see cref="ServiceModule.PersonState"/>: a service adds its own without this file changing.
/// </summary>
public static class SppisStateApi
{
    public static void Map(WebApplication app) => app.MapGet("/admin/sppis/{ssin}", (string ssin, PersonStore persons, HttpContext context) =>
    {
        if (persons.Find(ssin) is not { } person)
        {
            return Results.Problem($"No person with SSIN {ssin} in this registry.", statusCode: 404);
        }

        var state = new Dictionary<string, object> { ["ssin"] = ssin };
        foreach (var view in ServiceModules.PersonState)
        {
            state[view.Name] = view.Read(context.RequestServices, person);
        }

        return Results.Ok(state);
    }).Produces<Dictionary<string, object>>();
}
