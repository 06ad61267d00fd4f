namespace CbssSimulator.Registry.Personas;

/// <summary>Where a persona lives: a municipality (NIS code), a street, a number and the day the address starts.</summary>
public sealed record PersonaAddress(int NisCode, string Street, string Number, string? Box, string Since);

/// <summary>A period at a source: an employment (working time %, monthly wage), a self-employed activity, an unemployment right…</summary>
public sealed record PersonaPeriod(string Start, string? End, int WorkingTime = 100, double Amount = 0);

/// <summary>
/// One persona: a name vendors can ask for, a stable SSIN, a one-line purpose, the facts a test relies on, and what the
/// registry holds for it. Dates written "ref-1m15" are relative to the registry's reference date (here: the 15th of the
/// month before it); every other date is fixed.
/// </summary>
public sealed record Persona(
    string Name, string Ssin, string Purpose, string Facts,
    string LastName, string FirstNames, string BirthDate, int Nationality,
    string Register = Registers.Rn, int CivilState = 10, string? CivilStateSince = null, string? Partner = null,
    string? Household = null, string Role = "01", string? DeathDate = null, PersonaAddress? Address = null, bool Card = true,
    PersonaPeriod? Job = null, string JobKind = "OTH", PersonaPeriod? SelfEmployed = null, PersonaPeriod? Unemployment = null,
    int? Integration = null, string? IntegrationStart = null, string? FormerLastName = null, string? FormerUntil = null, string? OldSsin = null);

/// <summary>
/// The persona catalogue (docs/decisions.md, "Personas"): persons present in every generated registry whatever the seed, built from this
/// one table (like the anchors of <c>PopulationBuilder.Anchors.cs</c>), served as <c>GET /admin/personas</c>, listed in
/// docs/personas.md (generated from this table) and pinned by a golden test. Their SSINs are reserved: the generator
/// and the scenario builder never give them to anyone else. The sources generated at random skip them; what a persona
/// has at a source is written here.
/// </summary>
public static class PersonaCatalogue
{
    private static readonly PersonaAddress Liege = new(62063, "Rue Hors-Château", "27", null, "2014-09-01");
    private static readonly PersonaAddress Schaerbeek = new(21004, "Rue Haute", "150", "3", "2018-03-01");

    public static readonly IReadOnlyList<Persona> All =
    [
        new("ris-couple", "84041290146", "RIS (leefloon) couple with two children: the applicant, head of the household",
            "♂ 1984-04-12, married to ris-couple-partner since 2010-06-19, household of 4 in Liège, integration 002 (RIS) at CPAS Liège",
            "Bertrand", "Marc", "1984-04-12", 150, CivilState: 20, CivilStateSince: "2010-06-19", Partner: "86090390204", Household: "bertrand",
            Address: Liege, Integration: 2, IntegrationStart: "2025-10-01"),
        new("ris-couple-partner", "86090390204", "the RIS couple's partner (spouse)",
            "♀ 1986-09-03, married to ris-couple, role 02, integration 002 (RIS) at CPAS Liège",
            "Lejeune", "Nathalie", "1986-09-03", 150, CivilState: 20, CivilStateSince: "2010-06-19", Partner: "84041290146", Household: "bertrand",
            Role: "02", Address: Liege, Integration: 2, IntegrationStart: "2025-10-01"),
        new("ris-couple-child", "12021490240", "the RIS couple's elder child, a minor with an identity card",
            "♀ 2012-02-14, role 03 in the ris-couple household, eID from her 12th birthday",
            "Bertrand", "Emma", "2012-02-14", 150, Household: "bertrand", Role: "03", Address: Liege with { Since = "2014-09-01" }),
        new("minor", "15113090175", "a minor under 12: no identity card",
            "♂ 2015-11-30, role 03 in the ris-couple household, no eID",
            "Bertrand", "Hugo", "2015-11-30", 150, Household: "bertrand", Role: "03", Address: Liege with { Since = "2015-11-30" }, Card: false),
        new("single-parent", "90072290286", "a divorced single parent with twins",
            "♀ 1990-07-22, divorced since 2017-05-10, head of a household of 3 in Brussels (twin-a, twin-b)",
            "Benali", "Aïcha", "1990-07-22", 150, CivilState: 40, CivilStateSince: "2017-05-10", Household: "benali", Address: Schaerbeek),
        new("twin-a", "16050590227", "twins: same birth date, same household, same last name (the sister)",
            "♀ 2016-05-05, role 03 in the single-parent household, no eID",
            "Benali", "Yasmine", "2016-05-05", 150, Household: "benali", Role: "03", Address: Schaerbeek, Card: false),
        new("twin-b", "16050590128", "twins (the brother)",
            "♂ 2016-05-05, role 03 in the single-parent household, no eID",
            "Benali", "Rayan", "2016-05-05", 150, Household: "benali", Role: "03", Address: Schaerbeek, Card: false),
        new("deceased-last-month", "41030390185", "a person deceased last month (relative to the registry's reference date)",
            "♂ 1941-03-03, widowed, died on the 15th of the month before the reference date (2025-12-15 by default), in no household",
            "Lemmens", "Jozef", "1941-03-03", 150, CivilState: 30, CivilStateSince: "2015-02-11", DeathDate: "ref-1m15",
            Address: new(71022, "Kempische Steenweg", "88", null, "1975-04-01"), Card: false),
        new("bis-incomplete-birth", "88400090262", "a BIS person whose day and month of birth are unknown",
            "♀ born 1988 (1988-00-00), BIS register, Congolese, no card",
            "Kabongo", "Mireille", "1988-00-00", 306, Register: Registers.Bis, Address: new(21004, "Rue de Brabant", "61", null, "2023-05-02"), Card: false),
        new("bis-sex-unknown", "79260090167", "a BIS number given with the sex unknown (month + 20)",
            "sex 0, born 1979-06 (day unknown), BIS register, Vietnamese",
            "Nguyen", "Van An", "1979-06-00", 277, Register: Registers.Bis, Address: new(11002, "Van Wesenbekestraat", "12", null, "2022-10-17"), Card: false),
        new("waiting-register", "95110890158", "an applicant of the waiting register (asylum seeker)",
            "♂ 1995-11-08, register WAITING, Afghan, no card",
            "Ahmadi", "Farid", "1995-11-08", 251, Register: Registers.Waiting, Address: new(21004, "Rue du Petit-Château", "8", null, "2025-06-12"), Card: false),
        new("foreigner-residence-card", "87011990271", "a foreigner of the National Register with a residence card",
            "♀ 1987-01-19, Polish, electronic foreigner's card (type 0012), Antwerp",
            "Kowalska", "Agnieszka", "1987-01-19", 139, Address: new(11002, "Lange Kievitstraat", "44", "2", "2016-02-01")),
        new("replaced-ssin", "83120590197", "a person whose SSIN was replaced (old 83120595147 → this one)",
            "♂ 1983-12-05, old SSIN 83120595147 replaced on 2019-04-01; asking for the old one finds this person",
            "Claeys", "Tom", "1983-12-05", 150, Address: new(44021, "Kortrijksesteenweg", "301", null, "2012-07-01"), OldSsin: "83120595147"),
        new("name-change", "80061590279", "a person whose last name changed",
            "♀ 1980-06-15, named Goethals until 2008-09-12, Vandamme since",
            "Vandamme", "Els", "1980-06-15", 150, Address: new(31005, "Astridlaan", "5", null, "2009-01-01"), FormerLastName: "Goethals", FormerUntil: "2008-09-12"),
        new("name-diacritics", "93030990226", "names with diacritics and a hyphen",
            "♀ 1993-03-09, Lefèvre-Müller Zoë Françoise",
            "Lefèvre-Müller", "Zoë Françoise", "1993-03-09", 150, Address: new(92094, "Rue de l'Étoile", "3", null, "2019-11-15")),
        new("name-particle", "69080190387", "a last name with a lower-case particle",
            "♂ 1969-08-01, van der Sijpe Pieter-Jan",
            "van der Sijpe", "Pieter-Jan", "1969-08-01", 150, Address: new(31005, "Sint-Katarinastraat", "19", null, "1999-05-01")),
        new("long-first-names", "58101090286", "very long first names and a compound last name",
            "♀ 1958-10-10, five first names (58 characters)",
            "Dumont de Chassart", "Marie-Antoinette Bénédicte Christelle Maximilienne Josèphe", "1958-10-10", 150,
            Address: new(92094, "Avenue Cardinal Mercier", "47", null, "1988-03-01")),
        new("homonym-a", "75031090107", "homonyms for the phonetic search: same name, birth dates two days apart (the first)",
            "♂ 1975-03-10, Goossenaerts Pieter, Heffen",
            "Goossenaerts", "Pieter", "1975-03-10", 150, Address: new(12025, "Mechelsesteenweg", "210", null, "2005-08-01")),
        new("homonym-b", "75031290144", "homonyms (the second): same name as homonym-a, born two days later",
            "♂ 1975-03-12, Goossenaerts Pieter, Heverlee",
            "Goossenaerts", "Pieter", "1975-03-12", 150, Address: new(24062, "Naamsesteenweg", "77", null, "2010-02-01")),
        new("near-homonym", "75031190174", "a near-homonym: spelled differently, sounds the same, born between the homonyms",
            "♂ 1975-03-11, Gosenaerts Piet",
            "Gosenaerts", "Piet", "1975-03-11", 150, Address: new(24062, "Tiensesteenweg", "15", null, "2011-03-01")),
        new("grapa-pensioner", "48021790295", "a pensioner with the income guarantee (GRAPA), no career",
            "♀ 1948-02-17, widowed, no employment: pension register GRAPA",
            "Wuyts", "Maria", "1948-02-17", 150, CivilState: 30, CivilStateSince: "2012-12-01", Address: new(31005, "Brugse Steenweg", "2", null, "1970-05-01")),
        new("disabled", "79100470630", "a person with a disability allowance (ARR/AI)",
            "♀ 1979-10-04, disability allowance ARR_AI",
            "Dethier", "Sandrine", "1979-10-04", 150, Address: new(52011, "Boulevard Tirou", "90", null, "2013-06-01")),
        new("self-employed", "77052390161", "a self-employed person (principal activity)",
            "♂ 1977-05-23, self-employed since 2009-01-01 (principal), no employment",
            "Verstraete", "Koen", "1977-05-23", 150, Address: new(44021, "Veldstraat", "60", null, "2008-01-01"), SelfEmployed: new("2009-01-01", null, 100, 42000)),
        new("fully-unemployed", "89022890145", "a fully unemployed person after a full-time job",
            "♂ 1989-02-28, employed full time 2015-03-01 to 2024-06-30, full unemployment since 2024-07-01 (62.40 € a day)",
            "Mertens", "Kevin", "1989-02-28", 150, Address: new(11002, "Turnhoutsebaan", "140", null, "2015-01-01"),
            Job: new("2015-03-01", "2024-06-30", 100, 2700), Unemployment: new("2024-07-01", null, 100, 62.40)),
        new("employee", "91091490270", "an employee working full time",
            "♀ 1991-09-14, employed full time since 2016-09-01 (3,200 € a month)",
            "Jacobs", "Sarah", "1991-09-14", 150, Address: new(24062, "Kapucijnenvoer", "9", null, "2016-08-01"), Job: new("2016-09-01", null, 100, 3200)),
        new("debt-file-031", "72040490134", "a debt file: integration under quality code 031 (debts other than a social debt)",
            "♂ 1972-04-04, integration 031 at CPAS Namur from 10 days before the reference date, for a month",
            "Collignon", "Pascal", "1972-04-04", 150, Address: new(92094, "Rue de Fer", "25", null, "2011-01-01"), Integration: 31, IntegrationStart: "ref-10d"),
        new("debt-mediation", "83070790201", "a person under collective debt mediation (quality code 007)",
            "♀ 1983-07-07, integration 007 at CPAS Charleroi from a year before the reference date, for five years",
            "Henrard", "Isabelle", "1983-07-07", 150, Address: new(52011, "Rue de Marcinelle", "12", null, "2017-04-01"), Integration: 7, IntegrationStart: "ref-1y"),
        new("no-data", "00012590233", "a person with no data at the sources (no employment, self-employment, unemployment, integration, pension or disability)",
            "♀ 2000-01-25, nothing at ONSS, INASTI, ONEM, SFP, DG HAN",
            "Smets", "Lotte", "2000-01-25", 150, Address: new(71022, "Demerstraat", "33", null, "2022-09-01")),
        new("student-worker", "06030390158", "a student with a summer job (student contract)",
            "♂ 2006-03-03, student job 2025-07-01 to 2025-08-15",
            "Hermans", "Noah", "2006-03-03", 150, Address: new(12025, "Leuvensesteenweg", "4", null, "2024-09-01"),
            Job: new("2025-07-01", "2025-08-15", 100, 1100), JobKind: "STU"),
        new("retired", "55060690119", "a retired worker with a retirement pension after a career",
            "♂ 1955-06-06, employed 1980-09-01 to 2020-06-05, retirement pension",
            "Dubois", "Jean", "1955-06-06", 150, Address: new(62063, "Quai de Rome", "18", null, "1990-01-01"), Job: new("1980-09-01", "2020-06-05", 100, 3900)),
        new("german-speaker", "99122490157", "a German speaker of Eupen (answers in German where the service has labels)",
            "♂ 1999-12-24, Eupen (German-speaking), employed 80 % since 2022-02-01",
            "Kessler", "Jonas", "1999-12-24", 150, Address: new(63023, "Bergstraße", "7", null, "2021-10-01"), Job: new("2022-02-01", null, 80, 2500)),
    ];

    private static readonly Dictionary<string, Persona> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Every SSIN the catalogue uses (personas and their old numbers): never generated for anyone else.</summary>
    public static readonly IReadOnlySet<string> Ssins = All.Select(p => p.Ssin).Concat(All.Where(p => p.OldSsin is not null).Select(p => p.OldSsin!)).ToHashSet();

    public static Persona? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsPersona(string ssin) => Ssins.Contains(ssin);

    /// <summary>A date of the table: fixed, or relative to the reference date ("ref-1m15", "ref-10d", "ref-1y").</summary>
    public static DateOnly Date(string text, DateOnly reference) => text switch
    {
        "ref-1m15" => new DateOnly(reference.AddMonths(-1).Year, reference.AddMonths(-1).Month, 15),
        "ref-10d" => reference.AddDays(-10),
        "ref-1y" => reference.AddYears(-1),
        _ => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
    };
}
