using CbssSimulator.Sources.Pensions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry.Coherence;

/// <summary>
/// One coherence rule: a name, what it asserts, and either a SQL query or a C# check returning the keys (an SSIN, or a
/// row description) of the rows that break it. SQL rules may read the temporary table <c>P</c>: each person with
/// <c>Born</c> (the earliest day the birth date allows, yyyy-MM-dd) and <c>Ref</c> (the registry's reference date).
/// </summary>
public sealed record CoherenceRule(string Name, string Area, string Message, string? Sql = null, Func<SqliteConnection, IEnumerable<string>>? Check = null);

/// <summary>The coherence rules of a registry as data (docs/decisions.md, "Coherence rules as data"): every registry CI builds holds all of them.</summary>
public static class CoherenceRules
{
    private const string Dead = "P.DeathDate IS NOT NULL";

    public static readonly IReadOnlyList<CoherenceRule> All =
    [
        // Identity
        new("ssin-check-digits", "identity", "the SSIN or BIS number fails its check digits", Check: c => Persons(c).Where(p => !Ssin.IsValid(p.Ssin)).Select(p => p.Ssin)),
        new("ssin-birth-date", "identity", "the birth date differs from the one the number encodes", Check: c => Persons(c)
            .Where(p => Ssin.IsValid(p.Ssin) && Ssin.BirthDate(p.Ssin).ToString() != p.BirthDate).Select(p => p.Ssin)),
        new("ssin-sex-parity", "identity", "the sex differs from the parity of the number's sequence", Check: c => Persons(c)
            .Where(p => Ssin.IsValid(p.Ssin) && Ssin.Sex(p.Ssin) != p.Sex).Select(p => p.Ssin)),
        new("bis-number-in-bis-register", "identity", "a BIS number outside the BIS register, or a national number in it", Check: c => Persons(c)
            .Where(p => Ssin.IsValid(p.Ssin) && (Ssin.Kind(p.Ssin) != SsinKind.Rn) != (p.Register == Registers.Bis)).Select(p => p.Ssin)),
        new("register-known", "identity", "the register is none of RN, WAITING, BIS", "SELECT Ssin FROM P WHERE Register NOT IN ('RN', 'WAITING', 'BIS')"),
        new("birth-date-valid", "identity", "the birth date is not a (possibly incomplete) date", Check: c => Persons(c)
            .Where(p => !IncompleteDate.TryParse(p.BirthDate, out _)).Select(p => p.Ssin)),
        new("birth-not-in-future", "identity", "born after the reference date", "SELECT Ssin FROM P WHERE Born > Ref"),
        new("plausible-age", "identity", "alive and older than 115", "SELECT Ssin FROM P WHERE DeathDate IS NULL AND Born < date(Ref, '-115 years')"),
        new("birth-place-belgian", "identity", "born in a Belgian municipality but the birth country is not Belgium", "SELECT Ssin FROM P WHERE BirthPlaceNis IS NOT NULL AND BirthCountry <> 150"),
        new("registered-after-birth", "identity", "registered before birth", "SELECT Ssin FROM P WHERE RegisteredSince < Born"),
        new("no-eid-before-12", "identity", "an identity card issued before the age of 12", "SELECT Ssin FROM P WHERE EidValidFrom < date(Born, '+12 years')"),
        new("no-eid-in-bis-register", "identity", "a BIS person holds a Belgian identity or residence card", "SELECT Ssin FROM P WHERE Register = 'BIS' AND EidCard IS NOT NULL"),
        new("card-fits-nationality", "identity", "a Belgian without a Belgian identity card, or a foreigner with one", Check: c => Persons(c)
            .Where(p => p.EidCard is not null && (Tx25Labels.Card(p.Nationality, "fr").Code == "0001") != (p.Nationality == 150)).Select(p => p.Ssin)),
        new("eid-card-check-digits", "identity", "the card number fails its mod-97 check", Check: c => Persons(c)
            .Where(p => p.EidCard is { } e && (e.Length != 12 || !long.TryParse(e, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _) || (long.Parse(e[..10], System.Globalization.CultureInfo.InvariantCulture) % 97 == 0 ? 97 : long.Parse(e[..10], System.Globalization.CultureInfo.InvariantCulture) % 97) != long.Parse(e[10..], System.Globalization.CultureInfo.InvariantCulture)))
            .Select(p => p.Ssin)),
        new("eid-card-unique", "identity", "two persons hold the same card number", "SELECT EidCard FROM P WHERE EidCard IS NOT NULL GROUP BY EidCard HAVING count(*) > 1"),
        new("eid-period", "identity", "the card's validity ends before it starts, or is missing", "SELECT Ssin FROM P WHERE EidCard IS NOT NULL AND (EidValidFrom IS NULL OR EidValidTo IS NULL OR EidValidTo <= EidValidFrom)"),
        new("no-eid-issued-after-death", "identity", "an identity card issued after death", $"SELECT Ssin FROM P WHERE {Dead} AND EidValidFrom > DeathDate"),

        // Life course
        new("death-after-birth", "life", "dies before being born", $"SELECT Ssin FROM P WHERE {Dead} AND DeathDate < Born"),
        new("death-not-in-future", "life", "dies after the reference date", $"SELECT Ssin FROM P WHERE {Dead} AND DeathDate > Ref"),
        new("dead-leave-household", "life", "a dead person is still a member of a household", $"SELECT Ssin FROM P WHERE {Dead} AND HouseholdId IS NOT NULL"),
        new("no-move-after-death", "life", "an address starts after death", $"SELECT P.Ssin FROM P JOIN Address A ON A.Ssin = P.Ssin WHERE {Dead} AND A.FromDate > P.DeathDate"),
        new("civil-state-at-18", "life", "married, divorced or widowed before the age of 18", "SELECT Ssin FROM P WHERE CivilState <> 10 AND CivilStateSince < date(Born, '+18 years')"),
        new("civil-state-not-in-future", "life", "the civil state changes after the reference date", "SELECT Ssin FROM P WHERE CivilStateSince > Ref"),
        new("civil-state-before-death", "life", "the civil state changes after death", $"SELECT Ssin FROM P WHERE {Dead} AND CivilStateSince > DeathDate"),
        new("married-has-partner", "life", "married without a partner", "SELECT Ssin FROM P WHERE CivilState = 20 AND PartnerSsin IS NULL"),
        new("partner-exists", "life", "the partner is no person of the registry", "SELECT Ssin FROM P WHERE PartnerSsin IS NOT NULL AND PartnerSsin NOT IN (SELECT Ssin FROM Person)"),
        new("partner-not-self", "life", "partner of oneself", "SELECT Ssin FROM P WHERE PartnerSsin = Ssin"),
        new("partners-reciprocal", "life", "the partner names someone else as partner", "SELECT P.Ssin FROM P JOIN Person Q ON Q.Ssin = P.PartnerSsin WHERE Q.PartnerSsin IS NOT P.Ssin"),
        new("spouses-same-marriage", "life", "spouses whose marriage differs (civil state or date)", "SELECT P.Ssin FROM P JOIN Person Q ON Q.Ssin = P.PartnerSsin WHERE P.CivilState = 20 AND (Q.CivilState <> 20 OR Q.CivilStateSince IS NOT P.CivilStateSince)"),

        // Households
        new("household-one-head", "household", "a household without exactly one head", "SELECT CAST(HouseholdId AS TEXT) FROM P WHERE HouseholdId IS NOT NULL GROUP BY HouseholdId HAVING sum(FamilyRole = '01') <> 1"),
        new("household-role", "household", "a household member without a role", "SELECT Ssin FROM P WHERE HouseholdId IS NOT NULL AND FamilyRole IS NULL"),
        new("household-since-birth", "household", "joins the household before birth", "SELECT Ssin FROM P WHERE HouseholdSince < Born"),
        new("head-not-a-child", "household", "heads a household before the age of 14", "SELECT Ssin FROM P WHERE FamilyRole = '01' AND Born > date(Ref, '-14 years')"),
        new("children-younger-than-parents", "household", "a child of the household less than 14 years younger than its head or the head's partner", """
            SELECT C.Ssin FROM P C JOIN P H ON H.HouseholdId = C.HouseholdId AND H.FamilyRole IN ('01', '02')
            WHERE C.FamilyRole = '03' AND C.Born < date(H.Born, '+14 years')
            """),
        new("household-shares-address", "household", "a member's current address differs from the head's", """
            SELECT C.Ssin FROM P C JOIN P H ON H.HouseholdId = C.HouseholdId AND H.FamilyRole = '01'
            JOIN Address CA ON CA.Ssin = C.Ssin AND CA.ToDate IS NULL JOIN Address HA ON HA.Ssin = H.Ssin AND HA.ToDate IS NULL
            WHERE C.Ssin <> H.Ssin AND (CA.NisCode <> HA.NisCode OR CA.StreetCode <> HA.StreetCode OR CA.HouseNumber <> HA.HouseNumber OR CA.Box IS NOT HA.Box)
            """),

        // Addresses
        new("living-have-an-address", "address", "a living person of the National Register without a current address", "SELECT Ssin FROM P WHERE DeathDate IS NULL AND Register <> 'BIS' AND Ssin NOT IN (SELECT Ssin FROM Address WHERE ToDate IS NULL)"),
        new("one-current-address", "address", "more than one current address", "SELECT Ssin FROM Address WHERE ToDate IS NULL GROUP BY Ssin HAVING count(*) > 1"),
        new("address-period", "address", "an address ends before it starts", "SELECT Ssin FROM Address WHERE ToDate < FromDate"),
        new("address-after-birth", "address", "an address starts before birth", "SELECT P.Ssin FROM P JOIN Address A ON A.Ssin = P.Ssin WHERE A.FromDate < P.Born"),
        new("addresses-do-not-overlap", "address", "two addresses of one person overlap", "SELECT A.Ssin FROM Address A JOIN Address B ON B.Ssin = A.Ssin AND B.Seq = A.Seq + 1 WHERE A.ToDate IS NULL OR A.ToDate >= B.FromDate"),
        new("address-of-a-person", "address", "an address names no person", "SELECT Ssin FROM Address WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),

        // Legal history
        new("name-history-period", "history", "a former name outside the person's life or ending before it starts", "SELECT N.Ssin FROM NameHistory N JOIN P ON P.Ssin = N.Ssin WHERE N.ToDate < N.FromDate OR N.FromDate < P.BirthDate OR N.FromDate > coalesce(P.DeathDate, '9999')"),
        new("nationality-history-period", "history", "a former nationality outside the person's life or ending before it starts", "SELECT N.Ssin FROM NationalityHistory N JOIN P ON P.Ssin = N.Ssin WHERE N.ToDate < N.FromDate OR N.FromDate < P.Born"),
        new("replacement-new-exists", "history", "a replaced number points to no person", "SELECT OldSsin FROM Replacement WHERE NewSsin NOT IN (SELECT Ssin FROM Person)"),
        new("replacement-old-retired", "history", "a replaced number is still a person of its own", "SELECT OldSsin FROM Replacement WHERE OldSsin IN (SELECT Ssin FROM Person)"),
        new("sector-inscription-person", "history", "a sector inscription names no person", "SELECT Ssin FROM SectorInscription WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),

        // Careers and benefits
        new("student-job-from-15", "career", "a student job starts before the legal working age of 15", "SELECT E.Ssin FROM Employment E JOIN P ON P.Ssin = E.Ssin WHERE E.WorkerType = 'STU' AND E.StartDate < date(P.Born, '+15 years')"),
        new("employment-from-15", "career", "an employment starts before the legal working age of 15", "SELECT E.Ssin FROM Employment E JOIN P ON P.Ssin = E.Ssin WHERE E.StartDate < date(P.Born, '+15 years')"),
        new("no-employment-after-death", "career", "an employment starts or goes on after death", $"SELECT E.Ssin FROM Employment E JOIN P ON P.Ssin = E.Ssin WHERE {Dead} AND (E.StartDate > P.DeathDate OR E.EndDate IS NULL OR E.EndDate > P.DeathDate)"),
        new("employment-period", "career", "an employment ends before it starts", "SELECT Ssin FROM Employment WHERE EndDate < StartDate"),
        new("employment-of-a-person", "career", "an employment names no person or no employer", "SELECT Ssin FROM Employment WHERE Ssin NOT IN (SELECT Ssin FROM Person) OR EmployerCbe NOT IN (SELECT Cbe FROM Employer)"),
        new("self-employment-from-18", "career", "a self-employed activity starts before 18", "SELECT S.Ssin FROM SelfEmployment S JOIN P ON P.Ssin = S.Ssin WHERE S.StartDate < date(P.Born, '+18 years')"),
        new("no-self-employment-after-death", "career", "a self-employed activity starts or goes on after death", $"SELECT S.Ssin FROM SelfEmployment S JOIN P ON P.Ssin = S.Ssin WHERE {Dead} AND (S.StartDate > P.DeathDate OR S.EndDate IS NULL OR S.EndDate > P.DeathDate)"),
        new("self-employment-of-a-person", "career", "a self-employed activity names no person", "SELECT Ssin FROM SelfEmployment WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("unemployment-from-18", "benefit", "unemployment benefits before 18", "SELECT U.Ssin FROM Unemployment U JOIN P ON P.Ssin = U.Ssin WHERE U.StartDate < date(P.Born, '+18 years')"),
        new("no-unemployment-after-death", "benefit", "unemployment benefits start or go on after death", $"SELECT U.Ssin FROM Unemployment U JOIN P ON P.Ssin = U.Ssin WHERE {Dead} AND (U.StartDate > P.DeathDate OR U.EndDate IS NULL OR U.EndDate > P.DeathDate)"),
        new("no-unemployment-after-pension-age", "benefit", "unemployment benefits go on after 65", "SELECT U.Ssin FROM Unemployment U JOIN P ON P.Ssin = U.Ssin WHERE U.Nature <> 'TIME_CREDIT' AND coalesce(U.EndDate, P.Ref) >= date(P.Born, '+65 years')"),
        new("no-unemployment-during-full-time-work", "benefit", "full unemployment or an insertion allowance while employed full time", """
            SELECT U.Ssin FROM Unemployment U JOIN Employment E ON E.Ssin = U.Ssin AND E.WorkingTime = 100
            WHERE U.Nature IN ('FULL_UNEMPLOYMENT', 'INSERTION_ALLOWANCE') AND U.StartDate <= coalesce(E.EndDate, '9999') AND E.StartDate <= coalesce(U.EndDate, '9999')
            """),
        new("time-credit-needs-part-time-work", "benefit", "a time credit without a part-time employment", "SELECT U.Ssin FROM Unemployment U WHERE U.Nature = 'TIME_CREDIT' AND NOT EXISTS (SELECT 1 FROM Employment E WHERE E.Ssin = U.Ssin AND E.WorkingTime < 100)"),
        new("unemployment-period", "benefit", "an unemployment right or its sanction ends before it starts", "SELECT Ssin FROM Unemployment WHERE EndDate < StartDate OR SanctionEnd < SanctionStart"),
        new("unemployment-of-a-person", "benefit", "an unemployment right names no person", "SELECT Ssin FROM Unemployment WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("pension-from-65", "benefit", "a pension right before 65 or after death", Check: c => Persons(c)
            .Where(p => IncompleteDate.TryParse(p.BirthDate, out _) && PensionRights.Right(p, false, Reference(c)) is { } r
                && (r.Start < IncompleteDate.Parse(p.BirthDate).Earliest.AddYears(65) || (p.DeathDate is { } d && CbssSimulator.IsoDate.Parse(d) < r.Start)))
            .Select(p => p.Ssin)),

        // Integrations and the CPAS' records
        new("integration-person", "cpas", "an integration names no person", "SELECT Ssin FROM Integration WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("integration-cpas", "cpas", "an integration names no CPAS", "SELECT Ssin FROM Integration WHERE Cbe NOT IN (SELECT Cbe FROM Cpas)"),
        new("integration-within-life", "cpas", "an integration starts before birth or after death", "SELECT I.Ssin FROM Integration I JOIN P ON P.Ssin = I.Ssin WHERE I.StartDate < P.Born OR I.StartDate > coalesce(P.DeathDate, '9999')"),
        new("integration-period", "cpas", "an integration ends before it starts", "SELECT Ssin FROM Integration WHERE EndDate < StartDate"),
        new("sppis-form-person", "cpas", "an SPP IS form names no person", "SELECT Ssin FROM SppisForm WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("attestation-036-person", "cpas", "a multifunctional attestation names no person", "SELECT Ssin FROM Attestation036 WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("heating-allocation-person", "cpas", "a heating allowance names no person", "SELECT Ssin FROM HeatingAllocation WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("mediprima-uma-person", "cpas", "an urgent-medical-aid attestation names no person", "SELECT Ssin FROM UmaAttestation WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("mediprima-card-person", "cpas", "a Mediprima card names no person", "SELECT Ssin FROM Carmed WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),
        new("alert-person", "cpas", "an SPP IS alert names no person", "SELECT Ssin FROM SppisAlert WHERE Ssin NOT IN (SELECT Ssin FROM Person)"),

        // National Register facts and documents
        .. NationalRegisterRules.All,
    ];

    private static List<PersonRow> Persons(SqliteConnection c) => c.Query<PersonRow>("SELECT * FROM Person").ToList();

    private static DateOnly Reference(SqliteConnection c) => CbssSimulator.IsoDate.Parse(c.ExecuteScalar<string>("SELECT Ref FROM P LIMIT 1") ?? "2026-01-01");
}

/// <summary>What one rule found: how many rows break it, and the first few of them.</summary>
public sealed record CoherenceResult(string Rule, string Message, int Violations, IReadOnlyList<string> Examples);

/// <summary>Runs the coherence rules on a registry file (reading only; its temporary table lives in SQLite's temp store).</summary>
public static class CoherenceChecker
{
    public static IReadOnlyList<CoherenceResult> Run(RegistryDatabase db, IEnumerable<CoherenceRule>? rules = null)
    {
        using var c = db.Open();
        string reference = c.ExecuteScalar<string?>("SELECT Value FROM Meta WHERE Key = 'ReferenceDate'") ?? "2026-01-01";
        c.Execute("DROP TABLE IF EXISTS temp.P");
        c.Execute("""
            CREATE TEMP TABLE P AS SELECT Person.*,
              CASE WHEN substr(BirthDate, 6, 2) = '00' THEN substr(BirthDate, 1, 4) || '-01-01'
                   WHEN substr(BirthDate, 9, 2) = '00' THEN substr(BirthDate, 1, 8) || '01' ELSE BirthDate END AS Born,
              @reference AS Ref
            FROM Person
            """, new { reference });
        c.Execute("CREATE INDEX temp.PSsin ON P (Ssin); CREATE INDEX temp.PHousehold ON P (HouseholdId)");
        try
        {
            return (rules ?? CoherenceRules.All).Select(rule =>
            {
                var keys = rule.Sql is not null ? c.Query<string>(rule.Sql).ToList() : rule.Check!(c).ToList();
                return new CoherenceResult(rule.Name, rule.Message, keys.Count, keys.Distinct().Take(5).ToList());
            }).ToList();
        }
        finally
        {
            c.Execute("DROP TABLE IF EXISTS temp.P");
        }
    }
}
