using Dapper;
using CbssSimulator.Registry;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Notifications;

/// <summary>One message an applied event calls for: the row, the person it is about, the TIs changed and what it carries.</summary>
public sealed record Produced(NotificationRow Row, string Ssin, IReadOnlyList<string> Tis, IReadOnlyList<(string Name, string Value)> Details,
    string? OnlyCpas = null, string? ExceptCpas = null);

/// <summary>Thrown when an event cannot be applied to the registry as it stands (its person died, no open employment…).</summary>
public sealed class EventRefusedException(string message) : Exception(message);

/// <summary>
/// Applies one life event to the registry inside the caller's transaction and says which messages it calls for
/// (docs/decisions.md, "Notifications and CPAS Online"). Sources the registry does not hold as tables (waiting register,
/// pension rights, Mediprima deductions, living-wage attestations, incapacity periods) keep the event itself.
/// </summary>
internal sealed class EventApplier(SqliteConnection c, SqliteTransaction tx)
{
    private static readonly NotificationRow Person = NotificationRows.NotifyPerson, Family = NotificationRows.NotifyFamilyComposition;

    public IReadOnlyList<Produced> Apply(LifeEvent e)
    {
        var p = Find(e.Ssin) ?? throw new EventRefusedException($"There is no person {e.Ssin}.");
        if (p.DeathDate is not null && e.Kind != EventKind.Death)
        {
            throw new EventRefusedException($"{e.Ssin} died on {p.DeathDate}.");
        }

        string date = IsoDate.Text(e.Date);
        var s = e.Spec;
        return e.Kind switch
        {
            EventKind.Move => Move(p, e.Date, s),
            EventKind.Birth => Birth(p, e.Date, s),
            EventKind.Death => Death(p, e.Date),
            EventKind.Marriage or EventKind.LegalCohabitation => Union(p, e.Date, s, e.Kind == EventKind.Marriage),
            EventKind.IdentityCard => IdentityCard(p, e.Date, s),
            EventKind.ResidencePermit => ResidenceDocument(p, e.Date, s),
            EventKind.WaitingRegister => WaitingRegister(p, e.Date, s),
            EventKind.EmploymentStarted => EmploymentStarted(p, date, s),
            EventKind.EmploymentEnded => EmploymentEnded(p, date, s),
            EventKind.SelfEmployedActivity => SelfEmployed(p, date, s),
            EventKind.PensionRight => [new(NotificationRows.PensionRegister, p.Ssin, [], [("benefit", s.Category ?? "RETIREMENT"), ("start", date), ("monthlyAmount", Amount(s))])],
            EventKind.ECarmedCalculation => [new(NotificationRows.ECarmedCalculation, p.Ssin, [], [("cbeNumber", s.Cpas!), ("date", date), ("deduction", Amount(s))], OnlyCpas: s.Cpas)],
            EventKind.LivingWageAttestation => [new(NotificationRows.LivingWages, p.Ssin, [], [("cbeNumber", s.Cpas!), ("start", date), ("end", s.End ?? ""), ("monthlyAmount", Amount(s))], ExceptCpas: s.Cpas)],
            EventKind.IncapacityPeriod => [new(NotificationRows.HdiIndemnityPeriod, p.Ssin, [], [("start", date), ("end", s.End ?? "")])],
            _ => [],
        };
    }

    private static string Amount(EventSpec s) => (s.Amount ?? 0).ToString("0.00", CultureInfo.InvariantCulture);

    private PersonRow? Find(string ssin) => c.QueryFirstOrDefault<PersonRow>("SELECT * FROM Person WHERE Ssin = @ssin", new { ssin }, tx);

    private List<PersonRow> Household(long? id) => id is null ? []
        : c.Query<PersonRow>("SELECT * FROM Person WHERE HouseholdId = @id AND DeathDate IS NULL ORDER BY Ssin", new { id }, tx).ToList();

    private AddressRow? CurrentAddress(string ssin) =>
        c.QueryFirstOrDefault<AddressRow>("SELECT * FROM Address WHERE Ssin = @ssin AND ToDate IS NULL ORDER BY Seq DESC LIMIT 1", new { ssin }, tx);

    private long NewHousehold() => (c.ExecuteScalar<long?>("SELECT max(HouseholdId) FROM Person", transaction: tx) ?? 0) + 1;

    private IReadOnlyList<Produced> Move(PersonRow p, DateOnly date, EventSpec s)
    {
        var a = s.Address!;
        var m = Geography.Municipalities.First(x => x.PostalCodes.Contains(a.PostalCode));
        var household = Household(p.HouseholdId);
        bool together = s.WithHousehold ?? true;
        var movers = together && household.Count > 0 ? household : [p];
        foreach (var mover in movers)
        {
            c.Execute("UPDATE Address SET ToDate = @before WHERE Ssin = @Ssin AND ToDate IS NULL", new { mover.Ssin, before = IsoDate.Text(date.AddDays(-1)) }, tx);
            c.Execute("""
                INSERT INTO Address VALUES (@Ssin, (SELECT coalesce(max(Seq), 0) + 1 FROM Address WHERE Ssin = @Ssin), @from, NULL, @PostalCode, @NisCode,
                  @Municipality, @Language, @StreetCode, @Street, @HouseNumber, @Box)
                """, new
            {
                mover.Ssin, from = IsoDate.Text(date), a.PostalCode, m.NisCode, Municipality = m.Name, m.Language,
                StreetCode = 1000 + (int)(uint.Parse(Tx25Labels.NameCode(a.Street), CultureInfo.InvariantCulture) % 9000), a.Street, a.HouseNumber, a.Box,
            }, tx);
        }

        var details = new List<(string, string)> { ("postalCode", a.PostalCode), ("municipality", m.Name), ("nisCode", m.NisCode.ToString(CultureInfo.InvariantCulture)),
            ("street", a.Street), ("houseNumber", a.HouseNumber), ("box", a.Box ?? ""), ("since", IsoDate.Text(date)) };
        var produced = movers.Select(x => new Produced(Person, x.Ssin, Person.Triggers[EventKind.Move], details)).ToList();
        if (!together && household.Count > 1)
        {
            // The person leaves: a household of their own; the others' household lost a member.
            c.Execute("UPDATE Person SET HouseholdId = @id, FamilyRole = '01', HouseholdSince = @date WHERE Ssin = @Ssin",
                new { id = NewHousehold(), date = IsoDate.Text(date), p.Ssin }, tx);
            produced.AddRange(household.Select(x => new Produced(Family, x.Ssin, Family.Triggers[EventKind.Move], [("member", p.Ssin), ("change", x.Ssin == p.Ssin ? "LEFT" : "MEMBER_LEFT")])));
        }

        return produced;
    }

    private IReadOnlyList<Produced> Birth(PersonRow parent, DateOnly date, EventSpec s)
    {
        var born = IncompleteDate.From(date);
        string ssin = SsinAllocator.Next(born, s.Sex!.Value, SsinKind.Rn, x => c.ExecuteScalar<long>("SELECT count(*) FROM Person WHERE Ssin = @x", new { x }, tx) > 0);
        long household = parent.HouseholdId ?? NewHousehold();
        if (parent.HouseholdId is null)
        {
            c.Execute("UPDATE Person SET HouseholdId = @household, FamilyRole = '01', HouseholdSince = @date WHERE Ssin = @Ssin", new { household, date = IsoDate.Text(date), parent.Ssin }, tx);
        }

        var address = CurrentAddress(parent.Ssin);
        string first = s.FirstNames ?? (s.Sex == 1 ? "Noah" : "Emma");
        c.Execute("""
            INSERT INTO Person (Ssin, Register, LastName, FirstNames, LastKey, FirstKeys, BirthDate, Sex, Nationality, CivilState, BirthPlaceNis,
              BirthPlaceName, BirthCountry, HouseholdId, FamilyRole, HouseholdSince, RegisteredSince)
            VALUES (@ssin, 'RN', @LastName, @first, @LastKey, @keys, @date, @sex, @Nationality, 10, @nis, @place, 150, @household, '03', @date, @date)
            """, new
        {
            ssin, parent.LastName, first, parent.LastKey, keys = string.Join(' ', Phonetic.FirstNameKeys(first)), date = IsoDate.Text(date), sex = s.Sex,
            parent.Nationality, nis = address?.NisCode, place = address?.Municipality ?? parent.BirthPlaceName, household,
        }, tx);
        if (address is not null)
        {
            c.Execute("""
                INSERT INTO Address SELECT @ssin, 1, @date, NULL, PostalCode, NisCode, Municipality, Language, StreetCode, Street, HouseNumber, Box
                FROM Address WHERE Ssin = @Ssin AND Seq = @Seq
                """, new { ssin, date = IsoDate.Text(date), parent.Ssin, address.Seq }, tx);
        }

        return Household(household).Where(x => x.Ssin != ssin)
            .Select(x => new Produced(Family, x.Ssin, Family.Triggers[EventKind.Birth], [("member", ssin), ("change", "BIRTH"), ("firstNames", first)])).ToList();
    }

    private IReadOnlyList<Produced> Death(PersonRow p, DateOnly date)
    {
        if (p.DeathDate is not null)
        {
            throw new EventRefusedException($"{p.Ssin} died already on {p.DeathDate}.");
        }

        string day = IsoDate.Text(date);
        var others = Household(p.HouseholdId).Where(x => x.Ssin != p.Ssin).ToList();
        c.Execute("UPDATE Person SET DeathDate = @day WHERE Ssin = @Ssin", new { day, p.Ssin }, tx);
        var produced = new List<Produced> { new(Person, p.Ssin, Person.Triggers[EventKind.Death], [("deathDate", day)]) };
        if (p.PartnerSsin is { } partner && p.CivilState == 20)
        {
            c.Execute("UPDATE Person SET CivilState = 30, CivilStateSince = @day WHERE Ssin = @partner", new { day, partner }, tx);
            produced.Add(new(Person, partner, ["120"], [("civilState", "30"), ("since", day), ("partner", p.Ssin)]));
        }

        produced.AddRange(others.Select(x => new Produced(Family, x.Ssin, Family.Triggers[EventKind.Death], [("member", p.Ssin), ("change", "DECEASED"), ("deathDate", day)])));
        return produced;
    }

    private IReadOnlyList<Produced> Union(PersonRow p, DateOnly date, EventSpec s, bool marriage)
    {
        string partnerSsin = s.Partner!;
        var partner = Find(partnerSsin) ?? throw new EventRefusedException($"There is no person {partnerSsin} to unite with.");
        if (partner.DeathDate is not null || partner.Ssin == p.Ssin)
        {
            throw new EventRefusedException($"{partnerSsin} cannot be the partner of {p.Ssin}.");
        }

        string day = IsoDate.Text(date);
        foreach (var (one, other) in new[] { (p.Ssin, partner.Ssin), (partner.Ssin, p.Ssin) })
        {
            c.Execute(marriage ? "UPDATE Person SET CivilState = 20, CivilStateSince = @day, PartnerSsin = @other WHERE Ssin = @one"
                : "UPDATE Person SET PartnerSsin = @other WHERE Ssin = @one", new { day, one, other }, tx);
        }

        var kind = marriage ? EventKind.Marriage : EventKind.LegalCohabitation;
        var produced = new List<Produced>
        {
            new(Person, p.Ssin, Person.Triggers[kind], [("partner", partner.Ssin), ("since", day)]),
            new(Person, partner.Ssin, Person.Triggers[kind], [("partner", p.Ssin), ("since", day)]),
        };
        long household = p.HouseholdId ?? NewHousehold();
        if (partner.HouseholdId != household)
        {
            // The partner joins the person's household and address.
            var before = Household(partner.HouseholdId).Where(x => x.Ssin != partner.Ssin).ToList();
            c.Execute("UPDATE Person SET HouseholdId = @household, FamilyRole = CASE WHEN Ssin = @Ssin THEN '01' ELSE FamilyRole END, HouseholdSince = coalesce(HouseholdSince, @day) WHERE Ssin = @Ssin",
                new { household, day, p.Ssin }, tx);
            c.Execute("UPDATE Person SET HouseholdId = @household, FamilyRole = '02', HouseholdSince = @day WHERE Ssin = @partner", new { household, day, partner = partner.Ssin }, tx);
            if (CurrentAddress(p.Ssin) is { } home)
            {
                c.Execute("UPDATE Address SET ToDate = @before WHERE Ssin = @partner AND ToDate IS NULL", new { partner = partner.Ssin, before = IsoDate.Text(date.AddDays(-1)) }, tx);
                c.Execute("""
                    INSERT INTO Address SELECT @partner, (SELECT coalesce(max(Seq), 0) + 1 FROM Address WHERE Ssin = @partner), @day, NULL, PostalCode, NisCode,
                      Municipality, Language, StreetCode, Street, HouseNumber, Box FROM Address WHERE Ssin = @Ssin AND Seq = @Seq
                    """, new { partner = partner.Ssin, day, p.Ssin, home.Seq }, tx);
            }

            produced.AddRange(Household(household).Concat(before).Select(x => new Produced(Family, x.Ssin, Family.Triggers[kind],
                [("member", partner.Ssin), ("change", before.Contains(x) ? "MEMBER_LEFT" : "JOINED")])));
        }

        return produced;
    }

    private IReadOnlyList<Produced> IdentityCard(PersonRow p, DateOnly date, EventSpec s)
    {
        string number = s.Number ?? ("59" + (StableHash.Of(p.Ssin + IsoDate.Text(date)) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture));
        string validTo = s.ValidTo ?? IsoDate.Text(date.AddYears(10).AddDays(-1));
        c.Execute("UPDATE Person SET EidCard = @number, EidValidFrom = @from, EidValidTo = @validTo WHERE Ssin = @Ssin",
            new { number, from = IsoDate.Text(date), validTo, p.Ssin }, tx);
        return [new(Person, p.Ssin, Person.Triggers[EventKind.IdentityCard], [("documentType", "identityCard"), ("number", number), ("validFrom", IsoDate.Text(date)), ("validTo", validTo)])];
    }

    /// <summary>A residence title (TI 202), employment card (197) or work permit (198): a National Register fact Tx25 shows from its date.</summary>
    private IReadOnlyList<Produced> ResidenceDocument(PersonRow p, DateOnly date, EventSpec s)
    {
        string ti = s.DocumentType switch { "employmentCard" => "197", "workPermit" => "198", _ => "202" };
        string code = ti == "202" ? s.Value ?? "B" : "1"; // 202: the residence title's letter (B: foreigners register, unlimited)
        string expiry = s.ValidTo ?? IsoDate.Text(date.AddYears(ti == "198" ? 1 : 5).AddDays(-1));
        RecordFact(p.Ssin, ti, date, code, s.Number, expiry);
        return [new(Person, p.Ssin, [ti], [("documentType", s.DocumentType ?? "residencePermit"), ("number", s.Number ?? ""), ("validFrom", IsoDate.Text(date)), ("validTo", s.ValidTo ?? "")])];
    }

    /// <summary>A waiting-register element (TI 205–214): a National Register fact Tx25 shows from its date.</summary>
    private IReadOnlyList<Produced> WaitingRegister(PersonRow p, DateOnly date, EventSpec s)
    {
        string ti = s.Ti!.Value.ToString(CultureInfo.InvariantCulture);
        RecordFact(p.Ssin, ti, date, s.Value ?? "1", null, null);
        return [new(NotificationRows.WaitRegister, p.Ssin, ["H" + ti], [("value", s.Value ?? "")])];
    }

    /// <summary>Closes the person's open fact of that TI the day before and records the new one (the registry's RnFact table).</summary>
    private void RecordFact(string ssin, string ti, DateOnly date, string code, string? number, string? expiry)
    {
        c.Execute("UPDATE RnFact SET ToDate = @until WHERE Ssin = @ssin AND Ti = @ti AND ToDate IS NULL AND FromDate < @from",
            new { ssin, ti, until = IsoDate.Text(date.AddDays(-1)), from = IsoDate.Text(date) }, tx);
        c.Execute("INSERT INTO RnFact (Ssin, Ti, FromDate, Code, Number, Expiry) VALUES (@ssin, @ti, @from, @code, @number, @expiry)",
            new { ssin, ti, from = IsoDate.Text(date), code, number, expiry }, tx);
    }

    private IReadOnlyList<Produced> EmploymentStarted(PersonRow p, string date, EventSpec s)
    {
        var nis = CurrentAddress(p.Ssin)?.NisCode ?? 21004;
        c.Execute("INSERT OR IGNORE INTO Employer (Cbe, Name, JointCommittee, Kind, NisCode) VALUES (@Employer, @name, '200', 'ordinary', @nis)",
            new { s.Employer, name = "Employer " + s.Employer, nis }, tx);
        c.Execute("INSERT INTO Employment (Ssin, EmployerCbe, WorkerType, StartDate, EndDate, WorkingTime, MonthlyWage) VALUES (@Ssin, @Employer, @type, @date, @End, 100, @wage)",
            new { p.Ssin, s.Employer, type = s.WorkerType ?? "OTH", date, s.End, wage = s.Amount ?? 2000 }, tx);
        return [new(NotificationRows.PersonnelFile, p.Ssin, [], [("employer", s.Employer!), ("direction", "IN"), ("date", date), ("workerType", s.WorkerType ?? "OTH")])];
    }

    private IReadOnlyList<Produced> EmploymentEnded(PersonRow p, string date, EventSpec s)
    {
        int ended = c.Execute("UPDATE Employment SET EndDate = @date WHERE Ssin = @Ssin AND EmployerCbe = @Employer AND StartDate <= @date AND (EndDate IS NULL OR EndDate > @date)",
            new { date, p.Ssin, s.Employer }, tx);
        return ended == 0
            ? throw new EventRefusedException($"{p.Ssin} has no employment with {s.Employer} open on {date}.")
            : [new(NotificationRows.PersonnelFile, p.Ssin, [], [("employer", s.Employer!), ("direction", "OUT"), ("date", date)])];
    }

    private IReadOnlyList<Produced> SelfEmployed(PersonRow p, string date, EventSpec s)
    {
        c.Execute("INSERT INTO SelfEmployment (Ssin, StartDate, EndDate, Category, FundCode, AnnualIncome, Irregular) VALUES (@Ssin, @date, @End, @category, '101', @income, 0)",
            new { p.Ssin, date, s.End, category = s.Category ?? "PRINCIPAL", income = s.Amount ?? 30000 }, tx);
        return [new(NotificationRows.SelfEmployedCareer, p.Ssin, [], [("start", date), ("end", s.End ?? ""), ("category", s.Category ?? "PRINCIPAL")])];
    }
}
