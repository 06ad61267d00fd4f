using CbssSimulator.Registry;
using CbssSimulator.Sources.Vesta;

namespace CbssSimulator.Scenarios;

/// <summary>Writes a scenario's <c>vesta:</c> section into the Vesta world of its database (docs/vesta.md, "In a scenario").</summary>
public static class ScenarioVesta
{
    public static void Apply(VestaSpec vesta, RegistryDatabase db, IReadOnlyDictionary<string, string> ids)
    {
        var world = new VestaWorld(db);
        var cpasStore = new CpasStore(db);
        HomeCareService Own(string cbe) => world.OwnHomeCareService(cpasStore.ResolveCaller(cbe, strict: false).Cpas!);
        foreach (var e in vesta.Employments)
        {
            string ssin = ScenarioBuilder.Resolve(e.Person, ids);
            var service = Own(e.Cpas);
            world.Add(new VestaRecord(0, e.Cpas, VestaKinds.Employment, ssin, null, service.Cbe, e.Function ?? "verzorgende",
                e.LicenceNumber ?? VestaWorld.LicenceNumberFor(ssin), e.Start, e.End, null));
            if (e.CareStatus is { } status)
            {
                world.Add(new VestaRecord(0, e.Cpas, VestaKinds.CareStatus, ssin, null, service.Cbe, status, null, e.Start, null, null));
            }
        }

        foreach (var d in vesta.Dossiers)
        {
            string ssin = ScenarioBuilder.Resolve(d.Person, ids);
            var service = Own(d.Cpas);
            string number = d.Number ?? world.NextDossierNumber();
            VestaRecord Item(string kind, string? value, string? extra = null) => new(0, d.Cpas, kind, ssin, number, service.Cbe, value, extra, d.Start, null, null);
            world.Add(Item(VestaKinds.Dossier, d.HelpType ?? "gezinszorg", service.NisCode.ToString(CultureInfo.InvariantCulture)));
            if (d.Profile is { } profile)
            {
                world.Add(Item(VestaKinds.Profile, profile));
            }

            if (d.Contribution is { } amount)
            {
                world.Add(Item(VestaKinds.Contribution, amount.ToString("0.00", CultureInfo.InvariantCulture)));
            }

            if (d.ActivePeriod)
            {
                world.Add(Item(VestaKinds.ActivePeriod, null));
            }
        }
    }
}
