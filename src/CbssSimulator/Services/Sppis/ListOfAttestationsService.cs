using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASListOfAttestations 20080317 (shape from a real PHP client): the SPP IS's answers to the caller's own forms.
/// On a NISS (control 001–009, 030, 031, 040, SYSDATE) or, without one, on the whole CPAS (no control). RequestTypes:
/// GPMI_PIIS (a valid grant with a PIIS), EXONERATIONSART35 (derived: work started during a valid grant opens the
/// art. 35 exemption, at most 3 years), STATUT65 (the law-of-1965 forms), PRIME_INSTALLATION (installation premiums),
/// and the modelled RIS (integration-income forms B, C and D with their evaluation).
/// </summary>
public sealed class ListOfAttestationsService(PersonStore persons, SppisStore store, RegistryDatabase db, IntegrationControl control, Clock.SimulatorClock clock)
    : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASListOfAttestations";

    private static readonly XNamespace Ns = RegisterAttestService.Ns;
    private static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    /// <summary>Status codes of a listed attestation (modelled).</summary>
    public static readonly IReadOnlyDictionary<string, int> StatusCodes = new Dictionary<string, int>
    {
        [FormState.Active] = 1, [FormState.Refused] = 3, [FormState.Replaced] = 4, [FormState.Withdrawn] = 5, [FormState.Cancelled] = 9,
    };

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string? ssin = request.Element(Ns + "SocialSecurityUser")?.Value.Trim();
        string type = request.Element(Ns + "RequestType")!.Value;
        var period = request.Element(Ns + "SearchPeriod") is { } p
            ? new Period(IsoDate.Parse(p.Element(Common + "StartDate")!.Value), p.Element(Common + "EndDate") is { } e ? IsoDate.Parse(e.Value) : null)
            : new Period(clock.Today.AddYears(-10), null);
        var verdict = ControlResult.Free;
        if (ssin is not null)
        {
            if (SsdnConsult.Check(ssin, persons, control, ControlTable.Get(ServiceId, "bySsin"), call.Caller.Cbe, null, "bySsin", out _, out verdict) is { } refused)
            {
                return refused;
            }
        }

        string[] kinds = type switch
        {
            "RIS" => [FormKind.RisGrant, FormKind.RisRefusal, FormKind.RisStop, FormKind.RisRecovery],
            "GPMI_PIIS" or "EXONERATIONSART35" => [FormKind.RisGrant],
            "STATUT65" => FormKind.Law1965,
            "PRIME_INSTALLATION" => [FormKind.Premium],
            _ => [],
        };
        var forms = (ssin is null ? store.ForCpas(call.Caller.Cbe, kinds) : store.ForSsin(ssin, kinds).Where(f => f.Cbe == call.Caller.Cbe).ToList())
            .Where(f => f.Period.Overlaps(period) || (f.Kind is FormKind.RisStop or FormKind.L65C or FormKind.RisRecovery or FormKind.Premium && period.Contains(f.Period.Start))).ToList();
        var reply = new XElement(Ns + "ListOfAttestationsReply");
        switch (type)
        {
            case "GPMI_PIIS":
                var piis = forms.LastOrDefault(f => f.Kind == FormKind.RisGrant && f.Valid && f.Piis == 1);
                reply.Add(new XElement(Ns + "GpmiPiis", new XAttribute("hasAttestation", piis is null ? "false" : "true"), piis is null ? null : Period(Ns + "period", piis)));
                break;
            case "EXONERATIONSART35":
                reply.Add(Exoneration(forms));
                break;
            default:
                reply.Add(forms.Select(f => Attestation(f)));
                break;
        }

        return new SsdnOutcome([], reply) { Operation = ssin is null ? "byCpas" : "bySsin", QualityCodes = verdict.MatchedCodes };
    }

    private XElement Exoneration(IReadOnlyList<SppisForm> forms)
    {
        var grants = forms.Where(f => f.Kind == FormKind.RisGrant && f.Valid).ToList();
        var careers = new CareerStore(db);
        var first = grants.Select(g => careers.Employments(g.Ssin)
                .Select(e => IsoDate.Parse(e.StartDate)).Where(d => g.Period.Contains(d) && d <= clock.Today).Order().Cast<DateOnly?>().FirstOrDefault())
            .Where(d => d is not null).Min();
        if (first is null)
        {
            return new XElement(Ns + "ExonerationArt35", new XAttribute("hasExoneration", "false"));
        }

        int days = Math.Min(1095, clock.Today.DayNumber - first.Value.DayNumber + 1);
        return new XElement(Ns + "ExonerationArt35", new XAttribute("hasExoneration", "true"),
            new XElement(Ns + "FirstExonerationDate", first.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement(Ns + "PaymentExoneratedDays", days));
    }

    private static XElement Period(XName name, SppisForm f) => new(name, new XElement(Ns + "StartDate", f.EntryDate), f.EndDate is null ? null : new XElement(Ns + "EndDate", f.EndDate));

    private XElement Attestation(SppisForm f)
    {
        var (months, weeks, days) = Duration(f);
        var (formCode, formText) = f.Kind switch
        {
            FormKind.RisGrant => ("B", "Formulaire B (octroi) / Formulier B (toekenning)"),
            FormKind.RisRefusal => ("BR", "Formulaire B (refus) / Formulier B (weigering)"),
            FormKind.RisStop => ("C", "Formulaire C (fin) / Formulier C (einde)"),
            FormKind.RisRecovery => ("D", "Formulaire D (récupération) / Formulier D (terugvordering)"),
            FormKind.Premium => ("PI", "Prime d'installation / Installatiepremie"),
            _ => (f.Kind[4..], $"Formulaire {f.Kind[4..]} / Formulier {f.Kind[4..]}"),
        };
        bool law1965 = FormKind.Law1965.Contains(f.Kind);
        return new XElement(Ns + "Attestation",
            new XElement(Ns + "SocialSecurityUser", f.Ssin), new XElement(Ns + "CPAS_KBOBCE_code", f.Cbe), new XElement(Ns + "EntryDate", f.EntryDate),
            law1965 ? CodeText("AttestType", "L65", "Aide sociale loi du 2 avril 1965 / Maatschappelijke hulp wet van 2 april 1965")
                : f.Kind == FormKind.Premium ? CodeText("AttestType", "PRI", "Loi organique, prime d'installation / Organieke wet, installatiepremie")
                : CodeText("AttestType", "RIS", "Revenu d'intégration / Leefloon"), CodeText("FormType", formCode, formText),
            new XElement(Ns + "Duration", new XElement(Ns + "Days", days), new XElement(Ns + "Weeks", weeks), new XElement(Ns + "Months", months)),
            f.DecisionDate is null ? null : new XElement(Ns + "DecisionDate", f.DecisionDate),
            new XElement(Ns + "Reference", f.Reference), new XElement(Ns + "Status", StatusCodes[f.State]),
            f.Suffix == 0 ? CodeText("RelationType", "01", "Bénéficiaire principal / Hoofdbegunstigde")
                : CodeText("RelationType", "02", "Bénéficiaire secondaire / Nevenbegunstigde"));
    }

    private XElement CodeText(string name, string code, string text) => new(Ns + name, new XElement(Ns + "Code", code), new XElement(Ns + "Description", text));

    /// <summary>The length of a grant (to its end, or to D while open) as whole months, then weeks and days.</summary>
    private (int Months, int Weeks, int Days) Duration(SppisForm f)
    {
        if (f.Kind is not (FormKind.RisGrant or FormKind.L65B1 or FormKind.L65B2) || f.State is FormState.Withdrawn or FormState.Refused)
        {
            return (0, 0, 0);
        }

        var start = f.Period.Start;
        var end = (f.Period.End ?? clock.Today).AddDays(1);
        int months = 0;
        while (start.AddMonths(months + 1) <= end)
        {
            months++;
        }

        int rest = end.DayNumber - start.AddMonths(months).DayNumber;
        return (months, Math.Max(0, rest) / 7, Math.Max(0, rest) % 7);
    }
}
