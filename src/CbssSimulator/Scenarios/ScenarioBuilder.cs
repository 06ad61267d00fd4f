using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Scenarios;

/// <summary>What a loaded scenario sets beside its database: the clock, the faults, the expectations, the person ids.</summary>
public sealed record ScenarioSettings(string Name, DateOnly? Today, IReadOnlyList<FaultRule> Faults, int FaultSeed,
    IReadOnlyList<ExpectationSpec> Expectations, IReadOnlyDictionary<string, string> Ids);

/// <summary>
/// Writes a scenario into a registry database (on top of its background population): CPAS, persons with their
/// households and addresses (fixed SSINs, or generated ones), and integrations (seed 003 §3 default ends).
/// </summary>
public static class ScenarioBuilder
{
    public static ScenarioSettings Apply(ScenarioFile s, RegistryDatabase db)
    {
        var today = s.Today is null ? (DateOnly?)null : IsoDate.Parse(s.Today);
        var cpas = new CpasStore(db);
        using (var c = db.Open())
        {
            foreach (var spec in s.Cpas)
            {
                c.Execute("DELETE FROM Cpas WHERE Cbe = @Cbe", new { spec.Cbe });
                var m = Geography.Municipalities.FirstOrDefault(x => x.NisCode == spec.NisCode);
                c.Execute("INSERT INTO Cpas (Cbe, Name, NisCode, Region, Origin) VALUES (@Cbe, @Name, @NisCode, @Region, 'scenario')", new
                {
                    spec.Cbe,
                    Name = spec.Name ?? (m is null ? "CPAS " + Kbo.Format(spec.Cbe) : "CPAS " + m.Name),
                    spec.NisCode,
                    Region = spec.Region ?? m?.Region ?? "unknown",
                });
            }
        }

        var reference = db.ReadMeta().TryGetValue("ReferenceDate", out var meta) ? IsoDate.Parse(meta) : new DateOnly(2026, 1, 1);
        var ids = Persons(s, db, today ?? reference, reference);
        foreach (var g in s.Integrations)
        {
            cpas.ResolveCaller(g.Cpas, strict: false);
            var start = IsoDate.Parse(g.Start);
            var end = g.End is null ? (DateOnly?)null : IsoDate.Parse(g.End);
            var period = RegistrationRules.Check(g.QualityCode, start, end, today ?? start).Period!.Value;
            new IntegrationStore(db).Register(g.Cpas, Resolve(g.Person!, ids), g.QualityCode, period);
        }

        if (s.Vesta is { } vesta)
        {
            ScenarioVesta.Apply(vesta, db, ids);
        }

        Notifications.ScenarioEvents.Apply(s, db, ids, today);
        var faults = s.Faults?.Rules.Select(r => new FaultRule(r.Service, r.Operation, Enum.Parse<FaultKind>(r.Kind, ignoreCase: true),
            r.DelayMs, r.DelayMaxMs, r.Probability, r.Count)).ToList() ?? [];
        return new ScenarioSettings(s.Name, today, faults, s.Faults?.Seed ?? 0, s.Expectations, ids);
    }

    /// <summary>
    /// A card is issued at the address's start, never before 12, and is current on the scenario's day: issued at most
    /// five years before it (docs/decisions.md, "Coherence rules as data", "The whole TI table").
    /// </summary>
    private static string EidFrom(string since, IncompleteDate birth, DateOnly day)
    {
        var from = IsoDate.Parse(since);
        foreach (var floor in new[] { birth.Earliest.AddYears(12), day.AddYears(-5) })
        {
            from = from < floor ? floor : from;
        }

        return from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string Resolve(string personOrSsin, IReadOnlyDictionary<string, string> ids) =>
        ids.TryGetValue(personOrSsin, out var ssin) ? ssin : Registry.Personas.PersonaCatalogue.Find(personOrSsin)?.Ssin ?? personOrSsin; // a persona's name (docs/decisions.md, "Personas")

    private static Dictionary<string, string> Persons(ScenarioFile s, RegistryDatabase db, DateOnly cardDay, DateOnly reference)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return db.Write((c, tx) =>
        {
            var used = c.Query<string>("SELECT Ssin FROM Person", transaction: tx).ToHashSet();
            long nextHousehold = c.ExecuteScalar<long?>("SELECT max(HouseholdId) FROM Person", transaction: tx) ?? 0;
            var households = new Dictionary<string, long>(StringComparer.Ordinal);
            var rows = new List<(PersonSpec Spec, PersonRow Row)>();
            foreach (var p in s.Persons)
            {
                var birth = IncompleteDate.Parse(p.BirthDate);
                string ssin = p.Ssin ?? NewSsin(birth, p, used);
                used.Add(ssin);
                if (p.Id is not null)
                {
                    ids[p.Id] = ssin;
                }

                c.Execute("DELETE FROM Address WHERE Ssin = @ssin; DELETE FROM RnFact WHERE Ssin = @ssin; DELETE FROM Person WHERE Ssin = @ssin", new { ssin }, tx);
                long household = p.Household is null ? ++nextHousehold
                    : households.TryGetValue(p.Household, out var h) ? h : households[p.Household] = ++nextHousehold;
                var since = p.Address?.Since ?? birth.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var birthPlace = Geography.Municipalities.FirstOrDefault(m => string.Equals(m.Name, p.BirthPlace, StringComparison.OrdinalIgnoreCase));
                rows.Add((p, new PersonRow
                {
                    Ssin = ssin, Register = p.Register, LastName = p.LastName, FirstNames = p.FirstNames ?? "",
                    LastKey = Phonetic.Key(p.LastName), FirstKeys = string.Join(' ', Phonetic.FirstNameKeys(p.FirstNames)),
                    BirthDate = p.BirthDate, Sex = Ssin.Sex(ssin), Nationality = p.Nationality, CivilState = p.CivilState,
                    CivilStateSince = p.CivilStateSince, BirthPlaceNis = birthPlace?.NisCode,
                    BirthPlaceName = birthPlace?.Name ?? p.BirthPlace ?? "Belgique", BirthCountry = birthPlace is not null || p.Nationality == 150 ? 150 : p.Nationality,
                    DeathDate = p.DeathDate, SisCard = p.SisCard, EidCard = p.EidCard,
                    EidValidFrom = p.EidCard is null ? null : EidFrom(since, birth, cardDay),
                    EidValidTo = p.EidCard is null ? null : IsoDate.Parse(EidFrom(since, birth, cardDay)).AddYears(10).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    HouseholdId = household, FamilyRole = p.Role switch { "head" => "01", "partner" => "02", "child" => "03", _ => "12" },
                    HouseholdSince = since, RegisteredSince = birth.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
            }

            var finals = new List<PersonRow>();
            foreach (var (spec, row) in rows)
            {
                var partner = spec.Household is null ? null : rows.Select(r => r.Row).FirstOrDefault(r => r.HouseholdId == row.HouseholdId && r.Ssin != row.Ssin
                    && (row.FamilyRole, r.FamilyRole) is ("01", "02") or ("02", "01"));
                var final = partner is not null ? Copy(row, partner.Ssin) : row;
                finals.Add(final);
                c.Execute("""
                    INSERT INTO Person VALUES (@Ssin, @Register, @LastName, @FirstNames, @LastKey, @FirstKeys, @BirthDate, @Sex,
                      @Nationality, @CivilState, @CivilStateSince, @PartnerSsin, @BirthPlaceNis, @BirthPlaceName, @BirthCountry,
                      @DeathDate, @SisCard, @EidCard, @EidValidFrom, @EidValidTo, @HouseholdId, @FamilyRole, @HouseholdSince, @RegisteredSince)
                    """, final, tx);
                if (spec.Address is { } a)
                {
                    var m = Geography.Municipalities.First(x => x.PostalCodes.Contains(a.PostalCode));
                    c.Execute("""
                        INSERT INTO Address VALUES (@Ssin, 1, @FromDate, NULL, @PostalCode, @NisCode, @Municipality, @Language, @StreetCode,
                          @Street, @HouseNumber, @Box)
                        """, new
                    {
                        row.Ssin, FromDate = row.HouseholdSince, a.PostalCode, m.NisCode, Municipality = m.Name, m.Language,
                        StreetCode = 1000 + (int)(uint.Parse(Tx25Labels.NameCode(a.Street), CultureInfo.InvariantCulture) % 9000), a.Street, a.HouseNumber, a.Box,
                    }, tx);
                }
            }

            // The National Register facts a generated person would have (docs/decisions.md, "The whole TI table"), drawn from each SSIN.
            var addresses = c.Query<AddressRow>("SELECT * FROM Address WHERE Ssin IN @Ssins", new { Ssins = finals.Select(f => f.Ssin).ToList() }, tx).ToList();
            NationalRegisterFacts.Write(c, tx, NationalRegisterFacts.Generate(finals, addresses, new HashSet<string>(StringComparer.Ordinal), 0, reference));
            foreach (var (spec, row) in rows)
            {
                Sources(c, tx, row.Ssin, spec.Sources);
            }

            return ids;
        });
    }

    /// <summary>A scenario person has exactly the careers its file gives (none when absent), also over a background person.</summary>
    private static void Sources(SqliteConnection c, SqliteTransaction tx, string ssin, SourcesSpec? sources)
    {
        c.Execute("DELETE FROM Employment WHERE Ssin = @ssin; DELETE FROM SelfEmployment WHERE Ssin = @ssin; DELETE FROM Unemployment WHERE Ssin = @ssin", new { ssin }, tx);
        foreach (var e in sources?.Employments ?? [])
        {
            c.Execute("INSERT OR IGNORE INTO Employer VALUES (@Employer, @Name, '200', 'ordinary', 21004)", new { e.Employer, Name = $"Employer {e.Employer}" }, tx);
            c.Execute("""
                INSERT INTO Employment (Ssin, EmployerCbe, WorkerType, StartDate, EndDate, WorkingTime, MonthlyWage)
                VALUES (@ssin, @Employer, @WorkerType, @Start, @End, @WorkingTime, @MonthlyWage)
                """, new { ssin, e.Employer, e.WorkerType, e.Start, e.End, e.WorkingTime, e.MonthlyWage }, tx);
        }

        foreach (var u in sources?.Unemployment ?? [])
        {
            c.Execute("""
                INSERT INTO Unemployment (Ssin, Nature, StartDate, EndDate, DailyAmount, SanctionStart, SanctionEnd)
                VALUES (@ssin, @Nature, @Start, @End, @DailyAmount, @SanctionStart, @SanctionEnd)
                """, new { ssin, u.Nature, u.Start, u.End, u.DailyAmount, u.SanctionStart, u.SanctionEnd }, tx);
        }

        foreach (var a in sources?.SelfEmployment ?? [])
        {
            c.Execute("""
                INSERT INTO SelfEmployment (Ssin, StartDate, EndDate, Category, FundCode, AnnualIncome, Irregular)
                VALUES (@ssin, @Start, @End, @Category, @Fund, @AnnualIncome, @Irregular)
                """, new { ssin, a.Start, a.End, a.Category, a.Fund, a.AnnualIncome, a.Irregular }, tx);
        }
    }

    private static PersonRow Copy(PersonRow row, string partner) => new()
    {
        Ssin = row.Ssin, Register = row.Register, LastName = row.LastName, FirstNames = row.FirstNames, LastKey = row.LastKey,
        FirstKeys = row.FirstKeys, BirthDate = row.BirthDate, Sex = row.Sex, Nationality = row.Nationality, CivilState = row.CivilState,
        CivilStateSince = row.CivilStateSince, PartnerSsin = partner, BirthPlaceNis = row.BirthPlaceNis, BirthPlaceName = row.BirthPlaceName,
        BirthCountry = row.BirthCountry, DeathDate = row.DeathDate, SisCard = row.SisCard, EidCard = row.EidCard, EidValidFrom = row.EidValidFrom,
        EidValidTo = row.EidValidTo, HouseholdId = row.HouseholdId, FamilyRole = row.FamilyRole, HouseholdSince = row.HouseholdSince,
        RegisteredSince = row.RegisteredSince,
    };

    private static string NewSsin(IncompleteDate birth, PersonSpec p, HashSet<string> used)
    {
        var kind = p.Register != Registers.Bis ? SsinKind.Rn : p.Sex == 0 ? SsinKind.BisSexUnknown : SsinKind.BisSexKnown;
        return SsinAllocator.Next(birth, p.Sex ?? 1, kind, used.Contains);
    }
}
