using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASA036 (modelled): the multifunctional attestation. CREATE states a period of integration income or its
/// equivalent; MODIFY makes a new version of one of the caller's active attestations; DELETE marks it deleted. Control
/// (at the BCSS; refused, nothing reaches the SPP IS): any active integration of the caller overlapping the validity
/// (OVERLAP). Sent more than 7 days after the decision: accepted, with the note A36001 (SPP IS circular of 17/04/2013).
/// </summary>
public sealed class A036Service(PersonStore persons, AttestationStore store, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASA036";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036";
    private static readonly XNamespace Ma = RegisterAttestService.Ns;

    /// <summary>What each action needs beyond the schema's mandatory fields.</summary>
    private static readonly Dictionary<string, string[]> Needed = new()
    {
        ["CREATE"] = ["DecisionDate", "ValidityPeriod", "CategoryCode"],
        ["MODIFY"] = ["AttestationID", "DecisionDate", "ValidityPeriod", "CategoryCode"],
        ["DELETE"] = ["AttestationID"],
    };

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "INSS")!.Value.Trim();
        string action = request.Element(Ns + "Action")!.Value;
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "send" };
        }

        var missing = Needed[action].FirstOrDefault(n => request.Element(Ns + n) is null);
        if (missing is not null)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("A036Request/" + missing, null))) with { Operation = "send", Ssin = ssin };
        }

        var period = action == "DELETE" ? null : request.Element(Ns + "ValidityPeriod")!;
        string? begin = period?.Element(Ns + "BeginDate")!.Value, end = period?.Element(Ns + "EndDate")?.Value;
        if (end is not null && string.CompareOrdinal(end, begin) < 0)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("ValidityPeriod/EndDate", end))) with { Operation = "send", Ssin = ssin };
        }

        var existing = store.ForSsin(ssin);
        Attestation036? target = action == "CREATE" ? null
            : existing.FirstOrDefault(a => a.AttestationId == request.Element(Ns + "AttestationID")!.Value.Trim() && a.Cbe == call.Caller.Cbe);

        // The BCSS controls the period the message states (a DELETE states none: its attestation's), before routing.
        var validity = begin is null ? target?.Validity : new Period(IsoDate.Parse(begin), end is null ? null : IsoDate.Parse(end));
        var verdict = validity is null ? ControlResult.Free : control.Check(ControlTable.Get(ServiceId, "send"), call.Caller.Cbe, ssin, validity);
        if (BcssRouting.Refusal(verdict, ssin, call.Caller.Cbe, "send") is { } notIntegrated)
        {
            return notIntegrated;
        }

        var errors = new List<FormError>();
        if (action != "CREATE")
        {
            if (target is null)
            {
                errors.Add(FormErrors.UnknownAttestation);
            }
            else if (target.Status != Attestation036.Active)
            {
                errors.Add(FormErrors.AttestationNotActive);
            }
        }

        Attestation036? version = null;
        if (begin is not null)
        {
            string decision = request.Element(Ns + "DecisionDate")!.Value;
            version = new Attestation036(0, call.Caller.Cbe, ssin, begin, end, request.Element(Ns + "CategoryCode")!.Value, decision,
                Attestation036.Active, target?.AttestationId, clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (IsoDate.Parse(decision).AddDays(7) < clock.Today)
            {
                errors.Add(FormErrors.LateAttestation);
            }
        }

        string evaluation = FormErrors.Evaluate(errors);
        Attestation036? shown = target;
        if (evaluation != "REFUSED")
        {
            shown = store.Save(version, target?.Id, action == "DELETE" ? Attestation036.Deleted : Attestation036.Modified)
                ?? target! with { Status = Attestation036.Deleted };
        }

        var reply = new XElement(Ns + "A036Reply", new XElement(Ns + "INSS", ssin), new XElement(Ns + "Evaluation", evaluation),
            errors.Select(e => FormErrors.Element(Ns, e, Ma)), evaluation == "REFUSED" ? null : shown!.Element(Ns));
        return new SsdnOutcome([], reply)
        {
            Operation = "send", Ssin = ssin, QualityCodes = verdict.MatchedCodes, Evaluation = FormErrors.Journal(evaluation, errors.Select(x => x.Code)),
        };
    }
}
