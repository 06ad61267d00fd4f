using CbssSimulator.Integrations;

namespace CbssSimulator.Notifications;

/// <summary>
/// One notification service of seeds 003/004: its control row (service, operation), the message element and SOAPAction
/// it is pushed with, the life events that trigger it with the information types (TI) each one changes, and who
/// receives it (docs/decisions.md, "Notifications and CPAS Online").
/// </summary>
public sealed record NotificationRow(string Service, string Operation, string Element, string Action, IReadOnlyDictionary<EventKind, string[]> Triggers,
    string Source, string Carries)
{
    /// <summary>Its row of the control table: the codes a receiver's integration must have at the event's date (EventEngine).</summary>
    public ControlRow Control => ControlTable.Get(Service, Operation);
}

/// <summary>The notification services, one row each (seed 003 §4.2–4.15, seed 004 "Notifications/mutations").</summary>
public static class NotificationRows
{
    public const string Namespace = "http://kszbcss.fgov.be/intf/Notifications/v1";

    private static string Action(string service, string operation) => $"http://kszbcss.fgov.be/{service}/{operation}";

    private static NotificationRow Row(string service, string operation, string element, string source, string carries,
        params (EventKind Kind, string[] Tis)[] triggers) =>
        new(service, operation, element, Action(service, operation), triggers.ToDictionary(t => t.Kind, t => t.Tis), source, carries);

    public static readonly NotificationRow NotifyPerson = Row("MutationsSender", "notifyPerson", "notifyPerson",
        "National Register and BIS register (MutationsSender, to be replaced by Personnoti)",
        "the SSIN, the register, the TIs changed and their new values (address, civil state, decease, identity and residence documents)",
        (EventKind.Move, ["020"]), (EventKind.Death, ["150"]), (EventKind.Marriage, ["120"]), (EventKind.LegalCohabitation, ["123"]),
        (EventKind.IdentityCard, ["195"]), (EventKind.ResidencePermit, ["197", "198", "202"]));

    public static readonly NotificationRow NotifyFamilyComposition = Row("MutationsSender", "notifyFamilyComposition", "notifyFamilyComposition",
        "National Register (household)", "the SSIN of the integrated member, the household after the change (TI 140 members, TI 141 head)",
        (EventKind.Move, ["140", "141"]), (EventKind.Birth, ["140"]), (EventKind.Death, ["140", "141"]),
        (EventKind.Marriage, ["140"]), (EventKind.LegalCohabitation, ["140"]));

    public static readonly NotificationRow WaitRegister = Row("MutationsSender", "waitRegisterMutation", "waitRegisterMutation",
        "waiting register (RA)", "the SSIN, the TI changed (H205–H213) and its new value",
        (EventKind.WaitingRegister, ["205", "206", "207", "210", "211", "212", "213"]));

    public static readonly NotificationRow PersonnelFile = Row("PersonnelFile", "notify", "personnelFileNotification",
        "ONSS personnel file (Dimona)", "the SSIN, the employer's KBO number, IN or OUT, the date, the worker type",
        (EventKind.EmploymentStarted, []), (EventKind.EmploymentEnded, []));

    public static readonly NotificationRow SelfEmployedCareer = Row("SelfEmployedCareerNotifications", "notify", "selfEmployedCareerNotification",
        "INASTI follow-up file", "the SSIN and that the career changed on the date (the CPAS consults SelfEmployedV2 again)",
        (EventKind.SelfEmployedActivity, []));

    public static readonly NotificationRow PensionRegister = Row("OCMWCPASPensionRegisterConsult", "notifyPensionRegisterMutations", "pensionRegisterMutation",
        "pension cadastre (the right, not the payment)", "the SSIN, the benefit, its start, its monthly amount",
        (EventKind.PensionRight, []));

    public static readonly NotificationRow ECarmedCalculation = Row("eCarmedCalculationNotification", "notify", "eCarmedCalculationNotification",
        "SPP IS (Mediprima deduction)", "the SSIN, the CPAS, the date, the deduction's monthly amount",
        (EventKind.ECarmedCalculation, []));

    public static readonly NotificationRow LivingWages = Row("LivingWagesNotifications", "notify", "livingWagesNotification",
        "SPP IS (living-wage attestations)", "the SSIN, the deciding CPAS, the period of the right, its monthly amount",
        (EventKind.LivingWageAttestation, []));

    public static readonly NotificationRow HdiIndemnityPeriod = Row("HdiIndemnityPeriodNotification", "notify", "hdiIndemnityPeriodNotification",
        "INAMI/CIN (incapacity for work, 'à venir' in seed 004)", "the SSIN, the start and end of the indemnity period",
        (EventKind.IncapacityPeriod, []));

    public static readonly IReadOnlyList<NotificationRow> All =
        [NotifyPerson, NotifyFamilyComposition, WaitRegister, PersonnelFile, SelfEmployedCareer, PensionRegister, ECarmedCalculation, LivingWages, HdiIndemnityPeriod];

    public static NotificationRow? Find(string service, string operation) =>
        All.FirstOrDefault(r => r.Service == service && r.Operation == operation);
}
