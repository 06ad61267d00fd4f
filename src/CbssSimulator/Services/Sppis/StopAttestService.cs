using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASStopAttest (modelled): form C of the DIS law (control 002, WINDOW, at the BCSS: refused, nothing reaches the
/// SPP IS). It ends exactly one B — the caller's valid grant on EntryDate — from EntryDate (a C dated on the B's own
/// start withdraws it whole). Regularisation 9 cancels the C of the same EntryDate as if it never existed: the B it
/// ended is valid again with its former end.
/// </summary>
public sealed class StopAttestService(PersonStore persons, SppisStore store, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASStopAttest";

    private static readonly XNamespace Ns = RegisterAttestService.Ns;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SocialSecurityUser")!.Value.Trim();
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "stop" };
        }

        var entry = IsoDate.Parse(request.Element(Ns + "EntryDate")!.Value);
        string cbe = call.Caller.Cbe;
        var verdict = control.Check(ControlTable.Get(ServiceId, "stop"), cbe, ssin);
        if (BcssRouting.Refusal(verdict, ssin, cbe, "stop") is { } notIntegrated)
        {
            return notIntegrated;
        }

        var form = new SppisForm(0, cbe, ssin, FormKind.RisStop, request.Element(Ns + "FileID")?.Value, Iso(entry), null,
            request.Element(Ns + "DecisionDate")!.Value, request.Element(Ns + "DecisionNature")!.Value == "1" ? 1 : 2, null, null, 0, "", null,
            FormState.Active, null, null, Iso(clock.Today));
        var errors = new List<FormError>();
        FormChange[] changes = [];
        if (request.Element(Ns + "Regularisation") is not null)
        {
            var stop = store.ForSsin(ssin, FormKind.RisStop).LastOrDefault(f => f.Valid && f.Cbe == cbe && f.EntryDate == form.EntryDate);
            if (stop is null)
            {
                errors.Add(FormErrors.NothingToCancel);
            }
            else
            {
                changes = FormChange.Cancelling(stop);
                form = form with { LinkedId = stop.LinkedId, State = FormState.Cancelled };
            }
        }
        else
        {
            var grant = store.ForSsin(ssin, FormKind.RisGrant).LastOrDefault(f => f.Valid && f.Cbe == cbe && f.Period.Contains(entry));
            if (grant is null)
            {
                errors.Add(FormErrors.NothingToStop);
            }
            else
            {
                changes = [FormChange.Ending(grant, entry)];
                form = form with { LinkedId = grant.Id, PreviousEnd = grant.EndDate };
            }
        }

        string evaluation = FormErrors.Evaluate(errors);
        form = form with { Evaluation = evaluation, Errors = errors.Count == 0 ? null : string.Join(",", errors.Select(x => x.Code)) };
        form = evaluation == "REFUSED" ? store.Save(form with { State = FormState.Refused }) : store.Save(form, changes);
        var reply = new XElement(Ns + "StopAttestReply",
            new XElement(Ns + "SocialSecurityUser", ssin), new XElement(Ns + "ReferenceSPP_POD", form.Reference),
            new XElement(Ns + "EntryDate", form.EntryDate), new XElement(Ns + "Evaluation", evaluation),
            errors.Select(x => FormErrors.Element(Ns, x)),
            form.LinkedId is { } ended ? new XElement(Ns + "EndedReference", (form with { Id = ended }).Reference) : null);
        return new SsdnOutcome([], reply)
        {
            Operation = "stop", QualityCodes = verdict.MatchedCodes, Evaluation = FormErrors.Journal(evaluation, errors.Select(x => x.Code)),
        };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
