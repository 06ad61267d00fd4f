using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASRegisterAttest (modelled): form B of the DIS law. A grant passes the control of its row (002, WINDOW) at the
/// BCSS, before the SPP IS sees it (refused: the SSDN refusal, nothing stored); at the SPP IS it must not overlap a
/// grant of another CPAS, nor start after the death; a correction (NoticeStatus 1) replaces the B of the same
/// EntryDate; a new B whose date falls in an earlier grant of the same CPAS ends that grant the day before (a
/// modification repeats all data). A refusal is recorded without control. Refused forms are stored too: they show in
/// ListOfAttestations with their reasons.
/// </summary>
public sealed class RegisterAttestService(PersonStore persons, SppisStore store, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASRegisterAttest";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests";
    public const string ModelledVersion = SppisContract.ModelledVersion;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SocialSecurityUser")!.Value.Trim();
        bool grant = request.Element(Ns + "Decision")!.Value == "GRANT";
        string operation = grant ? "grant" : "refuse";
        if (SsdnSsin.Check(ssin, persons, out var person) is { } refused)
        {
            return refused with { Operation = operation };
        }

        var entry = IsoDate.Parse(request.Element(Ns + "EntryDate")!.Value);
        DateOnly? end = request.Element(Ns + "EndDate") is { } e ? IsoDate.Parse(e.Value) : null;
        if (end < entry)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("EndDate", end!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))) with { Operation = operation };
        }

        var verdict = grant ? control.Check(ControlTable.Get(ServiceId, "grant"), call.Caller.Cbe, ssin) : ControlResult.Free;
        if (BcssRouting.Refusal(verdict, ssin, call.Caller.Cbe, operation) is { } notIntegrated)
        {
            return notIntegrated;
        }

        int category = int.Parse(request.Element(Ns + "Category")!.Value, CultureInfo.InvariantCulture);
        bool piis = request.Element(Ns + "PIIS")?.Value is "true" or "1";
        decimal scale = SppisScales.Monthly(entry, category);
        decimal amount = request.Element(Ns + "MonthlyAmount") is { } a ? decimal.Parse(a.Value, CultureInfo.InvariantCulture) : scale;
        var form = new SppisForm(0, call.Caller.Cbe, ssin, grant ? FormKind.RisGrant : FormKind.RisRefusal, request.Element(Ns + "FileID")?.Value,
            Iso(entry), end is null ? null : Iso(end.Value), request.Element(Ns + "DecisionDate")!.Value, category, (long)(Math.Min(amount, scale) * 100),
            piis ? SppisScales.RisRefundWithPiis : SppisScales.RisRefund, piis ? 1 : 0, "", null, FormState.Active, null, null, Iso(clock.Today));

        var errors = new List<FormError>();
        var changes = new List<FormChange>();
        if (grant)
        {
            var own = store.ForSsin(ssin, FormKind.RisGrant);
            var same = own.FirstOrDefault(f => f.Valid && f.Cbe == call.Caller.Cbe && f.EntryDate == form.EntryDate);
            bool correction = request.Element(Ns + "NoticeStatus")?.Value == "1";
            if (person!.DeathDate is { } death && IsoDate.Parse(death) < entry)
            {
                errors.Add(FormErrors.Deceased);
            }

            if (own.Any(f => f.Valid && f.Cbe != call.Caller.Cbe && f.Period.Overlaps(form.Period)))
            {
                errors.Add(FormErrors.OtherCpasGrant);
            }

            if (correction && same is null)
            {
                errors.Add(FormErrors.NothingToCorrect);
            }
            else if (!correction && same is not null)
            {
                errors.Add(FormErrors.AlreadySent);
            }

            if (amount > scale)
            {
                errors.Add(FormErrors.AboveScale);
            }

            if (same is not null && correction)
            {
                changes.Add(new FormChange(same.Id, FormState.Replaced, same.EndDate));
                form = form with { LinkedId = same.Id };
            }
            else if (!correction)
            {
                changes.AddRange(own.Where(f => f.Valid && f.Cbe == call.Caller.Cbe && f.Period.Contains(entry) && f.EntryDate != form.EntryDate)
                    .Select(f => new FormChange(f.Id, FormState.Active, Iso(entry.AddDays(-1)))));
            }
        }

        string evaluation = FormErrors.Evaluate(errors);
        form = form with { Evaluation = evaluation, Errors = errors.Count == 0 ? null : string.Join(",", errors.Select(x => x.Code)) };
        form = evaluation == "REFUSED" ? store.Save(form with { State = FormState.Refused }) : store.Save(form, [.. changes]);

        var reply = new XElement(Ns + "RegisterAttestReply",
            new XElement(Ns + "SocialSecurityUser", ssin), new XElement(Ns + "ReferenceSPP_POD", form.Reference),
            new XElement(Ns + "EntryDate", form.EntryDate), new XElement(Ns + "Evaluation", evaluation),
            errors.Select(x => FormErrors.Element(Ns, x)),
            evaluation == "REFUSED" || !grant ? null : new XElement(Ns + "Percentage", form.Percentage),
            evaluation == "REFUSED" || !grant ? null : new XElement(Ns + "MonthlyAmount", (form.Amount!.Value / 100m).ToString("0.00", CultureInfo.InvariantCulture)),
            form.LinkedId is { } replaced && evaluation != "REFUSED" ? new XElement(Ns + "ReplacedReference", (form with { Id = replaced }).Reference) : null);
        return new SsdnOutcome([], reply)
        {
            Operation = operation, QualityCodes = verdict.MatchedCodes, Evaluation = FormErrors.Journal(evaluation, errors.Select(x => x.Code)),
        };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
