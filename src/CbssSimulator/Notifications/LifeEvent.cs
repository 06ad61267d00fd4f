using System.Text.Json.Serialization;

namespace CbssSimulator.Notifications;

/// <summary>
/// The changes of the authentic data the simulator can make on its clock (docs/decisions.md, "Notifications and CPAS
/// Online"); the JSON and YAML name is the camel-case member name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind
{
    [JsonStringEnumMemberName("move")] Move,
    [JsonStringEnumMemberName("birth")] Birth,
    [JsonStringEnumMemberName("death")] Death,
    [JsonStringEnumMemberName("marriage")] Marriage,
    [JsonStringEnumMemberName("legalCohabitation")] LegalCohabitation,
    [JsonStringEnumMemberName("identityCard")] IdentityCard,
    [JsonStringEnumMemberName("residencePermit")] ResidencePermit,
    [JsonStringEnumMemberName("waitingRegister")] WaitingRegister,
    [JsonStringEnumMemberName("employmentStarted")] EmploymentStarted,
    [JsonStringEnumMemberName("employmentEnded")] EmploymentEnded,
    [JsonStringEnumMemberName("selfEmployedActivity")] SelfEmployedActivity,
    [JsonStringEnumMemberName("pensionRight")] PensionRight,
    [JsonStringEnumMemberName("eCarmedCalculation")] ECarmedCalculation,
    [JsonStringEnumMemberName("livingWageAttestation")] LivingWageAttestation,
    [JsonStringEnumMemberName("incapacityPeriod")] IncapacityPeriod,
}

/// <summary>
/// One life event as the admin API and a scenario's <c>events:</c> write it: its kind, its person, its date (absent in
/// the admin API: today) and the fields its kind reads. Unused fields are ignored.
/// </summary>
public sealed class EventSpec
{
    public string Kind { get; set; } = "";

    /// <summary>The SSIN, or a scenario person id or persona name; for a birth, the mother (or father).</summary>
    public string? Person { get; set; }

    /// <summary>The day the change takes effect (YYYY-MM-DD); it is applied when the sandbox's date reaches it.</summary>
    public string? Date { get; set; }

    /// <summary>marriage / legalCohabitation: the partner.</summary>
    public string? Partner { get; set; }

    /// <summary>move: the new address (postal code, street, house number, box).</summary>
    public Scenarios.AddressSpec? Address { get; set; }

    /// <summary>move: the whole household moves (default) or the person alone (a household of their own).</summary>
    public bool? WithHousehold { get; set; }

    /// <summary>birth: the child's first names and sex (1 male, 2 female).</summary>
    public string? FirstNames { get; set; }

    public int? Sex { get; set; }

    /// <summary>identityCard / residencePermit: the document number and its end of validity; residencePermit: its type (A, B, F, F+, K, L…).</summary>
    public string? Number { get; set; }

    public string? ValidTo { get; set; }

    public string? DocumentType { get; set; }

    /// <summary>waitingRegister: the information type changed (205–213), and its new value.</summary>
    public int? Ti { get; set; }

    public string? Value { get; set; }

    /// <summary>employmentStarted / employmentEnded: the employer's KBO number; employmentStarted: the worker type (OTH, STU, …).</summary>
    public string? Employer { get; set; }

    public string? WorkerType { get; set; }

    /// <summary>selfEmployedActivity / incapacityPeriod / livingWageAttestation: the end of the period (open when absent).</summary>
    public string? End { get; set; }

    /// <summary>selfEmployedActivity: PRINCIPAL, COMPLEMENTARY…; pensionRight: the benefit (retirement, survivor, GRAPA…).</summary>
    public string? Category { get; set; }

    /// <summary>pensionRight / eCarmedCalculation / livingWageAttestation: a monthly amount (euros).</summary>
    public double? Amount { get; set; }

    /// <summary>eCarmedCalculation / livingWageAttestation: the CPAS whose decision it concerns (KBO).</summary>
    public string? Cpas { get; set; }
}

/// <summary>A life event held by a sandbox: scheduled (<see cref="AppliedOn"/> null) or applied.</summary>
public sealed record LifeEvent(long Id, EventKind Kind, string Ssin, DateOnly Date, EventSpec Spec, string? AppliedOn, string Origin);

/// <summary>The kinds' names and the checks on a spec that need no registry.</summary>
public static class EventKinds
{
    public static readonly IReadOnlyDictionary<string, EventKind> ByName = Enum.GetValues<EventKind>()
        .ToDictionary(k => Name(k), k => k, StringComparer.Ordinal);

    public static string Name(EventKind kind) =>
        typeof(EventKind).GetField(kind.ToString())!.GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false)
            .Cast<JsonStringEnumMemberNameAttribute>().Single().Name;

    /// <summary>What is wrong with a spec, or null: the kind, the date, the fields its kind needs.</summary>
    public static string? Problem(EventSpec spec)
    {
        if (!ByName.TryGetValue(spec.Kind, out var kind))
        {
            return $"'kind' is one of {string.Join(", ", ByName.Keys)}, not '{spec.Kind}'.";
        }

        if (string.IsNullOrWhiteSpace(spec.Person))
        {
            return "'person' (an SSIN, or a scenario person id) is required.";
        }

        foreach (var (name, value) in new[] { ("date", spec.Date), ("validTo", spec.ValidTo), ("end", spec.End) })
        {
            if (value is not null && !IsoDate.TryParse(value, out _))
            {
                return $"'{name}' must be a date written YYYY-MM-DD, not '{value}'.";
            }
        }

        return kind switch
        {
            EventKind.Move when spec.Address is null || string.IsNullOrWhiteSpace(spec.Address.PostalCode) || string.IsNullOrWhiteSpace(spec.Address.Street) =>
                "a move needs 'address' with 'postalCode', 'street' and 'houseNumber'.",
            EventKind.Move when !Registry.Geography.Municipalities.Any(m => m.PostalCodes.Contains(spec.Address!.PostalCode)) =>
                $"{spec.Address!.PostalCode} is not a Belgian postal code.",
            EventKind.Birth when spec.Sex is not (1 or 2) => "a birth needs 'sex' (1 male, 2 female).",
            EventKind.Marriage or EventKind.LegalCohabitation when string.IsNullOrWhiteSpace(spec.Partner) => $"a {spec.Kind} needs 'partner'.",
            EventKind.WaitingRegister when spec.Ti is not (>= 205 and <= 213) => "a waitingRegister event needs 'ti' between 205 and 213.",
            EventKind.EmploymentStarted or EventKind.EmploymentEnded when spec.Employer is null || !Registry.Kbo.IsValid(spec.Employer) =>
                $"an {spec.Kind} event needs 'employer', a valid KBO number.",
            EventKind.ECarmedCalculation or EventKind.LivingWageAttestation when spec.Cpas is null || !Registry.Kbo.IsValid(spec.Cpas) =>
                $"an {spec.Kind} event needs 'cpas', the KBO number of the CPAS whose decision it concerns.",
            _ => null,
        };
    }
}
