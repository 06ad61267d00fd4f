using Bogus;
using CbssSimulator.Registry;

namespace CbssSimulator.Sources.Employment;

/// <summary>An employer of the ONSS repertory.</summary>
public sealed class EmployerRow
{
    public string Cbe { get; init; } = "";
    public string Name { get; init; } = "";
    public string JointCommittee { get; init; } = "";
    public string Kind { get; init; } = "ordinary";
    public int NisCode { get; init; }
}

/// <summary>A Dimona period: a worker at an employer, with working time and a full-time-equivalent monthly wage.</summary>
public sealed class EmploymentRow
{
    public long Id { get; init; }
    public string Ssin { get; init; } = "";
    public string EmployerCbe { get; init; } = "";
    public string WorkerType { get; init; } = "OTH";
    public string StartDate { get; init; } = "";
    public string? EndDate { get; init; }
    public int WorkingTime { get; init; } = 100;
    public double MonthlyWage { get; init; }
}

/// <summary>
/// Careers generated from the registry (a seeded pass of its own): students with summer jobs, workers with one to three
/// employers (some through interim agencies), careers ending at 65 for pensioners and before death; about a third of the
/// adults have no employment. DmfA quarters and tax assessments are computed from these periods, so they agree.
/// </summary>
public static class Careers
{
    public const string Schema = """
        CREATE TABLE Employer (Cbe TEXT PRIMARY KEY, Name TEXT NOT NULL, JointCommittee TEXT NOT NULL, Kind TEXT NOT NULL, NisCode INTEGER NOT NULL);
        CREATE TABLE Employment (Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, EmployerCbe TEXT NOT NULL, WorkerType TEXT NOT NULL,
            StartDate TEXT NOT NULL, EndDate TEXT, WorkingTime INTEGER NOT NULL, MonthlyWage REAL NOT NULL);
        CREATE INDEX EmploymentSsin ON Employment (Ssin);
        """;

    private static readonly (string Code, string Label)[] Committees =
        [("200", "employés"), ("124", "construction"), ("302", "horeca"), ("118", "alimentation"), ("330", "santé"), ("140", "transport"), ("311", "grandes entreprises de vente au détail")];

    private static readonly string[] Trades = ["Bouw", "Transport", "Logistics", "Bakkerij", "Consult", "Services", "Retail", "Zorg", "Techniek", "Catering"];

    /// <summary>
    /// The pass over the generated persons (the personas aside), given a chunk at a time in order: the employers are
    /// drawn first, as many as the number of persons asks for, then each person's jobs from the same randomizer, so
    /// the chunks draw what one list would (docs/decisions.md, "Streaming generation").
    /// </summary>
    internal sealed class Pass
    {
        private readonly Randomizer random;
        private readonly DateOnly reference;
        private readonly EmployerRow[] ordinary;
        private readonly EmployerRow[] agencies;

        public Pass(int seed, DateOnly reference, int persons)
        {
            random = new Randomizer(seed ^ 0xD015);
            this.reference = reference;
            var municipalities = Geography.Municipalities.ToArray();
            var names = Names.FrenchLast.Concat(Names.DutchLast).ToArray();
            Employers = Enumerable.Range(0, Math.Max(20, persons / 25)).Select(i =>
            {
                bool interim = i % 9 == 0;
                var committee = interim ? ("322", "intérim") : random.ArrayElement(Committees);
                return new EmployerRow
                {
                    Cbe = Kbo.Create(4_000_000 + i * 7L),
                    Name = interim ? $"{random.ArrayElement(Names.DutchLast)} Interim" : $"{random.ArrayElement(names)} {random.ArrayElement(Trades)}",
                    JointCommittee = committee.Item1,
                    Kind = interim ? "interim" : "ordinary",
                    NisCode = random.ArrayElement(municipalities).NisCode,
                };
            }).ToList();
            ordinary = Employers.Where(e => e.Kind == "ordinary").ToArray();
            agencies = Employers.Where(e => e.Kind == "interim").ToArray();
        }

        public IReadOnlyList<EmployerRow> Employers { get; }

        public List<EmploymentRow> Next(IEnumerable<PersonRow> persons)
        {
            var jobs = new List<EmploymentRow>();
            foreach (var p in persons)
            {
                var born = IncompleteDate.Parse(p.BirthDate).Earliest;
                DateOnly limit = p.DeathDate is { } d ? IsoDate.Parse(d) : reference;
                var pension = born.AddYears(65);
                int age = reference.Year - born.Year;
                double employed = p.Register == Registers.Bis ? 0.2 : 0.65;
                if (p.FamilyRole == "03" && age is >= 16 and <= 24 && random.Bool(0.4f))
                {
                    foreach (int back in Enumerable.Range(1, random.Number(1, 3)))
                    {
                        var start = new DateOnly(reference.Year - back, 7, random.Number(1, 15));
                        var job = Job(p, random.ArrayElement(ordinary), "STU", start, start.AddDays(random.Number(20, 55)), 100, random.Number(800, 1400));
                        if (start >= born.AddYears(15))
                        {
                            jobs.Add(job); // the legal working age is 15 (docs/decisions.md, "Coherence rules as data")
                        }
                    }
                }
                else if (age >= 18 && random.Bool((float)employed))
                {
                    var from = Later(born.AddYears(18), reference.AddYears(-15)).AddDays(random.Number(0, 700));
                    int count = random.Number(1, 3);
                    for (int i = 0; i < count && from < Earlier(limit, pension); i++)
                    {
                        bool viaAgency = random.Bool(0.12f);
                        bool last = i == count - 1;
                        DateOnly? end = viaAgency ? from.AddDays(random.Number(30, 180))
                            : last && random.Bool(0.7f) ? null : from.AddDays(random.Number(365, 8 * 365));
                        var cap = Earlier(limit, pension.AddDays(-1));
                        if (end is null && (pension <= reference || p.DeathDate is not null))
                        {
                            end = cap;
                        }

                        if (end is { } e && e > cap)
                        {
                            end = cap;
                        }

                        int time = random.WeightedRandom([100, 80, 50], [0.7f, 0.15f, 0.15f]);
                        jobs.Add(Job(p, viaAgency ? random.ArrayElement(agencies) : random.ArrayElement(ordinary), "OTH", from, end, time, random.Number(1900, 5500)));
                        from = (end ?? cap).AddDays(random.Number(1, 200));
                    }
                }
            }

            return jobs;
        }
    }

    private static EmploymentRow Job(PersonRow p, EmployerRow employer, string type, DateOnly start, DateOnly? end, int time, int wage) => new()
    {
        Ssin = p.Ssin, EmployerCbe = employer.Cbe, WorkerType = type, StartDate = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndDate = end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), WorkingTime = time, MonthlyWage = type == "STU" ? wage : Math.Round(wage * time / 100.0, 2),
    };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
