using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// What the three law-of-1965 services share: the namespaces of the public schemas, the check of every SSIN and of
/// the file's CPAS, the Integration / Desintegration blocks applied to the repertory before the form's control
/// (docs/decisions.md, "Law-of-1965 registrations come first"), the BCSS's control before routing, the 45-day
/// notice delay, the ErrorsOnForm block and the storing of an evaluated form.
/// </summary>
public sealed class Loi65Forms(PersonStore persons, SppisStore store, IntegrationStore integrations, IntegrationControl control, Clock.SimulatorClock clock)
{
    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65";
    public static readonly XNamespace C65 = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65Common";
    public static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    /// <summary>Notice delay of art. 9 of the law of 2 April 1965.</summary>
    public const int NoticeDays = 45;

    public SppisStore Store => store;

    public DateOnly Today => clock.Today;

    /// <summary>An SSDN error when an SSIN of the request is invalid or unknown, or the file is not the caller's.</summary>
    public SsdnOutcome? Check(SsdnCall call, XElement request, string operation)
    {
        foreach (var ssin in request.Descendants().Where(e => e.Name.LocalName == "SSIN").Select(e => e.Value.Trim()).Distinct())
        {
            if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
            {
                return refused with { Operation = operation };
            }
        }

        string kbo = request.Element(C65 + "FileIdentification")!.Element(C65 + "KBOBCE")!.Value.Trim();
        return long.Parse(kbo, CultureInfo.InvariantCulture) == long.Parse(call.Caller.Cbe, CultureInfo.InvariantCulture) ? null
            : SsdnOutcome.Error(new SsdnDetail(SsdnReasonCodes.SchemaInvalid, [("FileIdentification/KBOBCE", kbo)],
                "The file's KBOBCE must be the calling CPAS (AuthorizedUser/OrgUnit).")) with { Operation = operation };
    }

    public static string FileId(XElement request) => request.Element(C65 + "FileIdentification")!.Element(C65 + "FileID")!.Value;

    public static XElement FileIdentification(XElement request) => new(request.Element(C65 + "FileIdentification")!);

    /// <summary>
    /// Registers the Integration blocks and removes the Desintegration blocks found directly under <paramref name="block"/>
    /// for <paramref name="ssin"/> at the caller; false when one breaks a BCSS registration rule (nothing of it registered).
    /// </summary>
    public bool ApplyRegistrations(string cbe, string ssin, XElement block)
    {
        bool ok = true;
        foreach (var e in block.Elements().Where(e => e.Name == Ns + "Integration" || e.Name == Ns + "Desintegration"))
        {
            int code = int.Parse(e.Attribute("qualitycode")!.Value, CultureInfo.InvariantCulture);
            var start = IsoDate.Parse(e.Element(Common + "StartDate")!.Value);
            var end = IsoDate.Parse(e.Element(Common + "EndDate")!.Value);
            if (e.Name.LocalName == "Desintegration")
            {
                integrations.Unregister(cbe, ssin, code, new Period(start, end));
                continue;
            }

            var rule = RegistrationRules.Check(code, start, end, clock.Today);
            if (rule.Period is { } period)
            {
                integrations.Register(cbe, ssin, code, period);
            }
            else
            {
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// The BCSS's part before it routes the message (docs/decisions.md, "The BCSS refuses a form before the SPP IS sees
    /// it"): the registrations of every block, then the control of each form (<c>Operation</c> null: a block that only
    /// carries registrations; <c>Block</c> null: a form whose blocks register nothing). The first form refused refuses
    /// the whole message with the SSDN refusal; nothing of it reaches the SPP IS (the registrations stay: the BCSS made
    /// them).
    /// </summary>
    public SsdnOutcome? Route(string service, string cbe, IEnumerable<(string Ssin, string? Operation, XElement? Block)> blocks, string operation)
    {
        var list = blocks.ToList();
        foreach (var (ssin, _, block) in list.Where(b => b.Block is not null))
        {
            ApplyRegistrations(cbe, ssin, block!);
        }

        foreach (var (ssin, formOperation, _) in list.Where(b => b.Operation is not null))
        {
            var verdict = control.Check(ControlTable.Get(service, formOperation!), cbe, ssin);
            if (BcssRouting.Refusal(verdict, ssin, cbe, operation) is { } refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>
    /// The reasons common to every form once routed: a broken registration (applying a block again changes nothing);
    /// the quality codes the control matched.
    /// </summary>
    public List<FormError> Control(string service, string operation, string cbe, string ssin, bool registrationsOk, out IReadOnlyList<int> codes)
    {
        var errors = new List<FormError>();
        if (!registrationsOk)
        {
            errors.Add(FormErrors.RegistrationRefused);
        }

        codes = control.Check(ControlTable.Get(service, operation), cbe, ssin).MatchedCodes;
        return errors;
    }

    /// <summary>Whether a notice about aid from <paramref name="entry"/> comes after the legal delay.</summary>
    public bool Late(DateOnly entry) => clock.Today > entry.AddDays(NoticeDays);

    /// <summary>Evaluates and stores a form (refused: stored as refused without its changes), returning the stored row.</summary>
    public SppisForm Save(SppisForm form, List<FormError> errors, params FormChange[] changes)
    {
        string evaluation = FormErrors.Evaluate(errors);
        form = form with { Evaluation = evaluation, Errors = errors.Count == 0 ? null : string.Join(",", errors.Select(x => x.Code)) };
        return evaluation == "REFUSED" ? store.Save(form with { State = FormState.Refused }) : store.Save(form, changes);
    }

    public SppisForm NewForm(string cbe, string fileId, string kind, string ssin, long suffix, string attestId, DateOnly entry, DateOnly? end,
        string? decisionDate, string? aids = null, long? amount = null) =>
        new(0, cbe, ssin, kind, fileId, Iso(entry), end is null ? null : Iso(end.Value), decisionDate, null, amount, 10000, 0, "", null,
            FormState.Active, null, null, Iso(clock.Today), attestId, suffix, aids);

    /// <summary>The journal's words for the results of one message: each form's evaluation and codes, separated by "; ".</summary>
    public static string Journal(IEnumerable<XElement> results) => string.Join("; ", results.Select(r => FormErrors.Journal(r.Element(Ns + "Evaluation")!.Value,
        r.Elements(Ns + "ErrorsOnForm").Select(e => e.Element(C65 + "Code")!.Value))));

    public static IEnumerable<XElement> Errors(SppisForm form) => form.ErrorCodes.Select(c => FormErrors.Element(Ns, FormErrors.Find(c), C65));

    /// <summary>The end of a decision of a Duration (months, weeks, days) from <paramref name="entry"/>; none given → open.</summary>
    public static DateOnly? End(DateOnly entry, XElement? duration)
    {
        int Part(string name) => duration?.Element(C65 + name) is { } e ? int.Parse(e.Value, CultureInfo.InvariantCulture) : 0;
        int months = Part("Months"), weeks = Part("Weeks"), days = Part("Days");
        return months + weeks + days == 0 ? null : entry.AddMonths(months).AddDays(weeks * 7 + days - 1);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
