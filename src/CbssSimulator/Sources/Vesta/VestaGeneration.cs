using System.Data;
using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.Vesta;

/// <summary>
/// Generates the Vesta world of the Flemish CPAS from the seed: each Flemish CPAS runs a home-care service (dienst voor
/// gezinszorg, its own KBO number) employing up to three residents aged 25–60 (licence number, care status) and holding
/// the dossiers of up to four residents aged 65 or more (profile, contribution, active and help periods, performances of
/// the last four weeks by its collaborators). Deterministic: the same seed gives the same world (docs/vesta.md).
/// </summary>
public static class VestaGeneration
{
    private static readonly string[] Functions = ["verzorgende", "logistiek medewerker", "begeleider"];
    private static readonly string[] HelpTypes = ["gezinszorg", "aanvullende thuiszorg", "poetshulp"];

    /// <summary>The world, from the living residents of the National Register of each Flemish municipality (<see cref="Residents"/>).</summary>
    internal static void Generate(IDbConnection c, IDbTransaction tx, Residents residents, IEnumerable<CpasRow> cpasList, int seed, DateOnly reference)
    {
        var byNis = residents.ByMunicipality();
        var world = new List<VestaRecord>();
        var services = new List<HomeCareService>();
        long dossiers = 0;
        foreach (var cpas in cpasList.Where(c => c.Region == Integrations.Regions.Flanders && c.NisCode is not null).OrderBy(c => c.Cbe, StringComparer.Ordinal))
        {
            if (!byNis.TryGetValue(cpas.NisCode!.Value, out var here))
            {
                continue;
            }

            var rng = new Random(seed ^ (int)StableHash.Of("vesta" + cpas.Cbe));
            var workers = here.Where(p => p.Age is >= 25 and <= 60).OrderBy(_ => rng.Next()).Take(3).ToList();
            var clients = here.Where(p => p.Age >= 65).OrderBy(_ => rng.Next()).Take(workers.Count == 0 ? 0 : 4).ToList();
            if (workers.Count == 0)
            {
                continue;
            }

            services.Add(new HomeCareService(cpas.Cbe, "Dienst gezinszorg " + cpas.Name, cpas.Cbe, cpas.NisCode.Value));
            foreach (var w in workers)
            {
                var start = reference.AddDays(-rng.Next(60, 3650));
                world.Add(Record(cpas.Cbe, VestaKinds.Employment, w.Ssin, null, Functions[rng.Next(Functions.Length)], VestaWorld.LicenceNumberFor(w.Ssin), start));
                world.Add(Record(cpas.Cbe, VestaKinds.CareStatus, w.Ssin, null, "erkend", null, start));
            }

            foreach (var client in clients)
            {
                string number = VestaWorld.DossierNumber(++dossiers);
                var opened = reference.AddDays(-rng.Next(30, 1500));
                string help = HelpTypes[rng.Next(HelpTypes.Length)];
                world.Add(Record(cpas.Cbe, VestaKinds.Dossier, client.Ssin, number, help, cpas.NisCode.Value.ToString(CultureInfo.InvariantCulture), opened));
                world.Add(Record(cpas.Cbe, VestaKinds.Profile, client.Ssin, number, "BEL-" + rng.Next(15, 60).ToString(CultureInfo.InvariantCulture), null, opened));
                world.Add(Record(cpas.Cbe, VestaKinds.Contribution, client.Ssin, number, (0.5m * rng.Next(1, 30)).ToString("0.00", CultureInfo.InvariantCulture), null, opened));
                world.Add(Record(cpas.Cbe, VestaKinds.ActivePeriod, client.Ssin, number, null, null, opened));
                world.Add(Record(cpas.Cbe, VestaKinds.HelpPeriod, client.Ssin, number, help, null, opened));
                for (var day = reference.AddDays(-28); day < reference; day = day.AddDays(7))
                {
                    var worker = workers[rng.Next(workers.Count)];
                    world.Add(Record(cpas.Cbe, VestaKinds.Performance, worker.Ssin, number, "3.00", "09:00-12:00", day));
                }
            }
        }

        c.Execute("INSERT INTO VestaHomeCareService (Cbe, Name, Cpas, NisCode) VALUES (@Cbe, @Name, @Cpas, @NisCode)", services, tx);
        c.Execute("""
            INSERT INTO VestaRecord (Cpas, Kind, Ssin, DossierNumber, HomeCareService, Value, Extra, StartDate, EndDate, PreviousEnd)
            VALUES (@Cpas, @Kind, @Ssin, @DossierNumber, @HomeCareService, @Value, @Extra, @StartDate, @EndDate, @PreviousEnd)
            """, world, tx);
    }

    private static VestaRecord Record(string cpas, string kind, string ssin, string? dossier, string? value, string? extra, DateOnly start) =>
        new(0, cpas, kind, ssin, dossier, cpas, value, extra, IsoDate.Text(start), null, null);

    /// <summary>
    /// The living residents of the National Register (generated persons) of each Flemish municipality at their current
    /// address, gathered a chunk of the population at a time (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Residents(IEnumerable<CpasRow> cpasList, DateOnly reference)
    {
        private readonly HashSet<int> flemish = cpasList.Where(c => c.Region == Integrations.Regions.Flanders && c.NisCode is not null)
            .Select(c => c.NisCode!.Value).ToHashSet();

        private readonly Dictionary<int, List<Resident>> byNis = [];

        public void Add(IEnumerable<PersonRow> persons, IEnumerable<AddressRow> addresses)
        {
            var alive = persons.Where(p => p.DeathDate is null && p.Register == Registers.Rn).ToDictionary(p => p.Ssin, StringComparer.Ordinal);
            foreach (var a in addresses.Where(a => a.ToDate is null && flemish.Contains(a.NisCode) && alive.ContainsKey(a.Ssin)))
            {
                if (!byNis.TryGetValue(a.NisCode, out var here))
                {
                    byNis[a.NisCode] = here = [];
                }

                here.Add(new Resident(a.Ssin, Age(alive[a.Ssin], reference)));
            }
        }

        /// <summary>Each municipality's residents in SSIN order.</summary>
        public Dictionary<int, List<Resident>> ByMunicipality() =>
            byNis.ToDictionary(g => g.Key, g => g.Value.DistinctBy(p => p.Ssin).OrderBy(p => p.Ssin, StringComparer.Ordinal).ToList());
    }

    internal readonly record struct Resident(string Ssin, int Age);

    private static int Age(PersonRow p, DateOnly reference) =>
        IsoDate.TryParse(p.BirthDate, out var birth) ? reference.Year - birth.Year - (reference.DayOfYear < birth.DayOfYear ? 1 : 0) : 0;
}
