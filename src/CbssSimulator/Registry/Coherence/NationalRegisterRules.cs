namespace CbssSimulator.Registry.Coherence;

/// <summary>
/// The coherence rules of the National Register facts (table RnFact, docs/decisions.md, "The whole TI table") and of
/// the documents a living adult holds; read with <see cref="CoherenceRules.All"/>.
/// </summary>
public static class NationalRegisterRules
{
    private const string Adult = "P.Born <= date(P.Ref, '-18 years')";

    public static readonly IReadOnlyList<CoherenceRule> All =
    [
        new("id-card-current", "documents", "a living adult of the National Register without an identity card valid on the reference date",
            $"SELECT Ssin FROM P WHERE Register = 'RN' AND DeathDate IS NULL AND {Adult} AND NOT (EidValidFrom <= Ref AND EidValidTo >= Ref)"),
        new("rn-fact-person", "documents", "a National Register fact names no person, or a person of the BIS register",
            "SELECT R.Ssin FROM RnFact R LEFT JOIN P ON P.Ssin = R.Ssin WHERE P.Ssin IS NULL OR P.Register = 'BIS'"),
        new("rn-fact-period", "documents", "a National Register fact dated before birth or after the reference date, or ending before it starts",
            "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.FromDate < P.Born OR R.FromDate > P.Ref OR R.ToDate < R.FromDate OR R.Expiry <= R.FromDate"),
        new("rn-fact-numbers-unique", "documents", "two documents (licence, passport, permit, card) with the same number",
            "SELECT Number FROM RnFact WHERE Number IS NOT NULL GROUP BY Number HAVING count(*) > 1"),
        new("passport-valid-on-reference", "documents", "a living person's passport issued more than seven years before the reference date",
            "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti = '199' AND P.DeathDate IS NULL AND R.Expiry < P.Ref"),
        new("passport-belgian", "documents", "a Belgian passport held by a foreigner", "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti = '199' AND P.Nationality <> 150"),
        new("driving-licence-from-18", "documents", "a driving licence before 18", "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti IN ('191', '194') AND R.FromDate < date(P.Born, '+18 years')"),
        new("funeral-of-the-dead", "documents", "a funeral for a living person, or before death", "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti = '153' AND (P.DeathDate IS NULL OR R.FromDate < P.DeathDate)"),
        new("waiting-register-tis", "documents", "a waiting-register TI (205-208, 211-214) for a person outside the waiting register",
            "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti IN ('205', '206', '207', '208', '211', '212', '213', '214') AND P.Register <> 'WAITING'"),
        new("waiting-register-complete", "documents", "a person of the waiting register without its quality (205), situation (206) or document (211)",
            "SELECT Ssin FROM P WHERE Register = 'WAITING' AND (SELECT count(DISTINCT Ti) FROM RnFact R WHERE R.Ssin = P.Ssin AND R.Ti IN ('205', '206', '211')) < 3 AND Ssin NOT IN (SELECT Ssin FROM Replacement)"),
        new("residence-title-of-foreigners", "documents", "a residence title (202) for a Belgian, or a foreigner of the National Register without one",
            "SELECT Ssin FROM P WHERE Register = 'RN' AND (Nationality = 150) = (Ssin IN (SELECT Ssin FROM RnFact WHERE Ti = '202'))"),
        new("filiation-parents-older", "family", "a parent less than 14 years older than the child, or no person of the registry", """
            SELECT R.Ssin FROM RnFact R JOIN P C ON C.Ssin = R.Ssin LEFT JOIN P A ON A.Ssin = R.Related LEFT JOIN P B ON B.Ssin = R.Other
            WHERE R.Ti = '110' AND (A.Ssin IS NULL OR A.Born > date(C.Born, '-14 years') OR (R.Other IS NOT NULL AND (B.Ssin IS NULL OR B.Born > date(C.Born, '-14 years'))))
            """),
        new("marriage-contract-of-spouses", "family", "a marriage contract of someone not married to its partner, or one the spouse does not share", """
            SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin
            WHERE R.Ti = '122' AND (P.CivilState <> 20 OR P.PartnerSsin IS NOT R.Related OR R.FromDate > P.CivilStateSince
              OR NOT EXISTS (SELECT 1 FROM RnFact S WHERE S.Ti = '122' AND S.Ssin = R.Related AND S.Related = R.Ssin AND S.FromDate = R.FromDate AND S.Code = R.Code))
            """),
        new("legal-cohabitation-of-partners", "family", "a legal cohabitation of a married person, of adults under 18, or one the partner does not share", """
            SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin
            WHERE R.Ti = '123' AND (P.CivilState = 20 OR P.PartnerSsin IS NOT R.Related OR R.FromDate < date(P.Born, '+18 years')
              OR NOT EXISTS (SELECT 1 FROM RnFact S WHERE S.Ti = '123' AND S.Ssin = R.Related AND S.Related = R.Ssin AND S.FromDate = R.FromDate))
            """),
        new("parental-authority-of-minors", "family", "a judgment on parental authority for an adult, or naming someone who is not the parent",
            "SELECT R.Ssin FROM RnFact R JOIN P ON P.Ssin = R.Ssin WHERE R.Ti = '111' AND (R.FromDate >= date(P.Born, '+18 years') OR R.Related NOT IN (SELECT Related FROM RnFact F WHERE F.Ti = '110' AND F.Ssin = R.Ssin))"),
        new("brussels-names-in-their-language", "address", "a Brussels address whose municipality name is not the one of its language", Check: c =>
            Dapper.SqlMapper.Query<AddressRow>(c, "SELECT * FROM Address WHERE NisCode BETWEEN 21001 AND 21019")
                .Where(a => Geography.BrusselsNames.TryGetValue(a.NisCode, out var n) && a.Municipality != (a.Language == "nl" ? n.Nl : n.Fr))
                .Select(a => a.Ssin)),
    ];
}
