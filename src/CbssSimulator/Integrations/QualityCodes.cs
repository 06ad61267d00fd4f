namespace CbssSimulator.Integrations;

/// <summary>A CPAS quality code (seed 003 §2) with its maximum integration duration.</summary>
public sealed record QualityCode(int Code, string Label, string Duration)
{
    /// <summary>
    /// The last day an integration starting on <paramref name="start"/> may last (null = indefinite),
    /// docs/decisions.md, "Integration periods".
    /// </summary>
    public DateOnly? MaxEnd(DateOnly start) => Code switch
    {
        1 or 20 => LastDay(start.AddMonthsOrEdge(2)),
        2 or 3 or 4 or 5 or 6 or 12 or 30 => LastDay(start.AddYearsOrEdge(1)),
        7 or 8 or 9 => LastDay(start.AddYearsOrEdge(5)),
        31 => LastDay(start.AddMonthsOrEdge(1)),
        40 => new DateOnly(start.Year, 12, 31),
        _ => null, // 011 indefinite; 021 until the pension day
    };

    /// <summary>The day before the next period starts; a period that would run past the calendar ends on its last day.</summary>
    private static DateOnly LastDay(DateOnly next) => next == DateOnly.MaxValue ? next : next.AddDays(-1);

    /// <summary>The end given to an integration registered without one (seed 003 §3.1; 021 = start + 5 years, as worded).</summary>
    public DateOnly? DefaultEnd(DateOnly start) => Code == 21 ? start.AddYearsOrEdge(5) : MaxEnd(start);
}

/// <summary>The quality-code table of seed 003 §2.</summary>
public static class QualityCodes
{
    public static readonly IReadOnlyList<QualityCode> All =
    [
        new(1, "En enquête / In onderzoek", "2 months"),
        new(2, "RIS / Leefloon", "1 year"),
        new(3, "Équivalent RIS / Equivalent leefloon", "1 year"),
        new(4, "Autre aide financière / Andere financiële hulp", "1 year"),
        new(5, "Membre du ménage sans aide / Gezinslid zonder hulp", "1 year"),
        new(6, "Emploi subsidié / Gesubsidieerde tewerkstelling", "1 year"),
        new(7, "Médiation collective, accompagnement budget / Collectieve schuldbemiddeling, budgetbegeleiding", "5 years"),
        new(8, "Services (familles, seniors…) / Diensten (gezinnen, senioren…)", "5 years"),
        new(9, "Autres formes d'accompagnement / Andere vormen van begeleiding", "5 years"),
        new(11, "Encadrant / Begeleider", "indefinite"),
        new(12, "Participant / Deelnemer", "1 year"),
        new(20, "Collaborateur en enquête (Vesta) / Medewerker in onderzoek (Vesta)", "2 months"),
        new(21, "Collaborateur (Vesta) / Medewerker (Vesta)", "start of employment to pension day; without end: start + 5 years"),
        new(30, "Débiteur d'aliments / Onderhoudsplichtige", "1 year"),
        new(31, "Dettes hors dette sociale en cours / Schulden buiten lopende sociale schuld", "1 month"),
        new(40, "Bénéficiaire de l'allocation de chauffage / Begunstigde verwarmingstoelage", "calendar year (1 Jan – 31 Dec)"),
    ];

    private static readonly Dictionary<int, QualityCode> ByCode = All.ToDictionary(q => q.Code);

    public static QualityCode? Find(int code) => ByCode.GetValueOrDefault(code);

    /// <summary>Codes 001–009, the "applicant" codes most rows allow.</summary>
    public static readonly int[] Applicant = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>Every code a CPAS can hold ("any active" integration).</summary>
    public static readonly int[] AnyCpas = All.Select(q => q.Code).ToArray();
}
