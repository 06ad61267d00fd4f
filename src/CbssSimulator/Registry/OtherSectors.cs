using Bogus;
using Dapper;

namespace CbssSimulator.Registry;

/// <summary>A social-security sector (code, abbreviations, names) from the BCSS list of sectors.</summary>
public sealed record Sector(int Code, string AbbreviationNl, string AbbreviationFr, string NameNl, string NameFr);

/// <summary>An integration of a person in another sector's repertory (what ReferenceManager.consult answers).</summary>
public sealed class SectorInscriptionRow
{
    public string Ssin { get; init; } = "";
    public int Sector { get; init; }
    public int QualityCode { get; init; }
    public string StartDate { get; init; } = "";
    public string? EndDate { get; init; }
}

/// <summary>
/// Integrations in other sectors, generated for a share of persons in a pass of its own (seeded from the registry's
/// seed, so the population itself does not change). Sector codes and names: the BCSS list of sectors
/// ("lijst van sectoren / liste des secteurs", as copied in lino-framework/welfare); quality codes are modelled.
/// </summary>
public static class OtherSectors
{
    public static readonly IReadOnlyList<Sector> Sectors =
    [
        new(7, "RKW", "ONAFTS", "Rijksdienst voor Kinderbijslag voor Werknemers", "Office national d'allocations familiales pour travailleurs salariés"),
        new(11, "NIC", "CIN", "Nationaal Intermutualistisch College", "Collège intermutualiste national"),
        new(12, "RSZ", "ONSS", "Rijksdienst voor Sociale Zekerheid", "Office national de sécurité sociale"),
        new(15, "RSVZ", "INASTI", "Rijksdienst voor Sociale Verzekeringen van de Zelfstandigen", "Institut national d'assurances sociales pour travailleurs indépendants"),
        new(16, "FOD SZ", "SPF SS", "Directie-generaal Personen met een Handicap", "Direction générale Personnes handicapées"),
        new(18, "RVA", "ONEM", "Rijksdienst voor Arbeidsvoorziening", "Office national de l'emploi"),
        new(21, "RIZIV", "INAMI", "Rijksinstituut voor Ziekte- en Invaliditeitsverzekering", "Institut national d'assurance maladie-invalidité"),
        new(22, "RIZIV-P", "INAMI-P", "Pensioenkadaster", "Cadastre des pensions"),
        new(53, "VDAB", "VDAB", "Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", "Office flamand de l'emploi et de la formation professionnelle"),
        new(54, "Actiris", "Actiris", "Actiris", "Actiris"),
        new(55, "FOREM", "FOREM", "Office communautaire et régional de la formation professionnelle et de l'emploi", "Office communautaire et régional de la formation professionnelle et de l'emploi"),
    ];

    public static Sector? Find(int code) => Sectors.FirstOrDefault(s => s.Code == code);

    /// <summary>
    /// The pass over a population given a chunk at a time, in order: one randomizer for all of them, so the chunks draw
    /// what one list would (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass(int seed, DateOnly reference)
    {
        private static readonly Sector[] Choices = [.. Sectors];
        private readonly Randomizer random = new(seed ^ 0x5EC7);

        public List<SectorInscriptionRow> Next(IEnumerable<PersonRow> persons)
        {
            var rows = new List<SectorInscriptionRow>();
            foreach (var p in persons.Where(p => p.DeathDate is null))
            {
                if (!random.Bool(0.3f))
                {
                    continue;
                }

                int count = random.Number(1, 2);
                foreach (var sector in Enumerable.Range(0, count).Select(_ => random.ArrayElement(Choices)).Distinct())
                {
                    var start = reference.AddDays(-random.Number(30, 3000));
                    DateOnly? end = random.Bool(0.6f) ? null : start.AddDays(random.Number(30, 900));
                    rows.Add(new SectorInscriptionRow
                    {
                        Ssin = p.Ssin, Sector = sector.Code, QualityCode = random.Number(1, 3),
                        StartDate = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EndDate = end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    });
                }
            }

            return rows;
        }
    }

    public static IReadOnlyList<SectorInscriptionRow> ForSsin(RegistryDatabase db, string ssin)
    {
        const string sql = "SELECT * FROM SectorInscription WHERE Ssin = @ssin ORDER BY Sector, StartDate";
        using var c = db.Open();
        return c.Query<SectorInscriptionRow>(sql, new { ssin }).ToList();
    }
}
