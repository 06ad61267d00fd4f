namespace CbssSimulator.Catalogue;

/// <summary>
/// The other names the sources give a catalogue operation (older message names, the names a vendor's documentation
/// uses), keyed by "Service.operation" — or by "Service" when the name covers every operation of the service.
/// A module adds the names of what it serves with its own <c>Aliases</c>; these are the names of the seeds
/// (docs/decisions.md, "Fidelity round two: consultations").
/// </summary>
public static class LegacyNames
{
    public static readonly IReadOnlyDictionary<string, string[]> Of = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // seed 002 (Prima-Web's web services): the ONSS personnel file, INASTI's follow-up file, insurability
        ["Dolsis.findEmployersByWorker"] = ["L950"],
        ["SelfEmployedV2.consult"] = ["L301", "L302"],
        ["HealthCareInsurance.consult"] = ["OCMWCPASHealthInsurance"],
        // seed 004 (3.2 ONVA): the holiday periods, under the pension register's technical name
        ["OCMWCPASPensionRegisterConsult.holidayPeriods"] = ["ONVA"],
        // seed 003 (4.3): "Service BCSS : XMLite + message A701"
        ["A701.consult"] = ["XMLite"],
        // seed 003 (4.4): IndependentActivity, "soon replaced by the selfEmployedNotifications mutations"
        ["SelfEmployedCareerNotifications.notify"] = ["IndependentActivity"],
        // seed 003 (4.11): "Qualification-Certificates.consultFlandersQualificationCertificates"
        ["QualificationCertificateService.consult"] = ["consultFlandersQualificationCertificates"],
        // seed 003 (4.2): the waiting register's mutations
        ["MutationsSender.waitRegisterMutation"] = ["WaitRegisterMutation"],
        // seed 003 (4.12): Actiris, FOREM, VDAB, Kind en Gezin consult "getLivingWages"
        ["LivingWages.consult"] = ["getLivingWages"],
        // seed 003 (4.1): "the current service is called 'ReplaceIdentification' and will soon be replaced by 'BisPersonService.ReplaceSSIN'"
        ["BisPersonService.replaceSSIN"] = ["ReplaceIdentification"],
    };

    /// <summary>The names of one catalogue row: those of its service and those of the operation itself.</summary>
    public static IReadOnlyList<string> For(IReadOnlyDictionary<string, string[]> names, string service, string operation) =>
        [.. names.GetValueOrDefault(service) ?? [], .. names.GetValueOrDefault($"{service}.{operation}") ?? []];
}
