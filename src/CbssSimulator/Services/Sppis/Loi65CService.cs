using System.Xml.Linq;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;
using static CbssSimulator.Services.Sppis.Loi65Forms;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASWet65Loi65C (body: the public L65_C schema; ServiceId and Version modelled): form C ends exactly one B —
/// suffix 00 the B1 of the beneficiary, another suffix that beneficiary's B2 — valid on its entry date, from that
/// date (on the B's own start it withdraws it whole). Resent with FormerCformcancellation 9 it cancels the C of the same
/// date as if it never existed and the B it ended is valid again. Registrations first, then the control (001–006,
/// WINDOW, at the BCSS: refused, nothing reaches the SPP IS). IntegrationSecondaryBeneficiary blocks only carry registrations.
/// </summary>
public sealed class Loi65CService(Loi65Forms forms) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASWet65Loi65C";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        if (forms.Check(call, request, "send") is { } refused)
        {
            return refused;
        }

        string cbe = call.Caller.Cbe, file = FileId(request);
        var routed = request.Elements(Ns + "IntegrationSecondaryBeneficiary").Select(s => (s.Element(Ns + "SSIN")!.Value.Trim(), (string?)null, (XElement?)s))
            .Concat(request.Elements(Ns + "CancellationFormC").Select(c => (c.Element(Ns + "SSIN")!.Value.Trim(), (string?)"send", (XElement?)c)));
        if (forms.Route(ServiceId, cbe, routed, "send") is { } notIntegrated)
        {
            return notIntegrated;
        }

        foreach (var s in request.Elements(Ns + "IntegrationSecondaryBeneficiary"))
        {
            forms.ApplyRegistrations(cbe, s.Element(Ns + "SSIN")!.Value.Trim(), s);
        }

        var codes = new List<int>();
        var results = request.Elements(Ns + "CancellationFormC").Select(c => FormC(cbe, file, c, codes)).ToList();
        if (results.Count == 0)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("L65_C_DecisionRequest/CancellationFormC", null))) with { Operation = "send" };
        }

        return new SsdnOutcome([], new XElement(Ns + "L65_C_DecisionReply", FileIdentification(request), results))
        {
            Operation = "send", QualityCodes = codes.Distinct().Order().ToList(), Evaluation = Journal(results),
        };
    }

    private XElement FormC(string cbe, string file, XElement c, List<int> codes)
    {
        var entry = IsoDate.Parse(c.Element(Ns + "EntryDate")!.Value);
        string ssin = c.Element(Ns + "SSIN")!.Value.Trim();
        long suffix = long.Parse(c.Element(Ns + "Suffix")!.Value, CultureInfo.InvariantCulture);
        var errors = forms.Control(ServiceId, "send", cbe, ssin, forms.ApplyRegistrations(cbe, ssin, c), out var matched);
        codes.AddRange(matched);
        var form = forms.NewForm(cbe, file, FormKind.L65C, ssin, suffix, c.Element(Ns + "UniqueAttestID")!.Value, entry, null,
            c.Element(Ns + "AidCancellation")!.Element(Ns + "DecisionDate")!.Value);
        FormChange[] changes = [];
        var ofFile = forms.Store.ForFile(cbe, file);
        bool controlled = errors.Count == 0;
        if (controlled && c.Element(Ns + "FormerCformcancellation")?.Value == "9")
        {
            var stop = ofFile.LastOrDefault(f => f.Kind == FormKind.L65C && f.Valid && f.Ssin == ssin && f.Suffix == suffix && f.EntryDate == form.EntryDate);
            if (stop is null)
            {
                errors.Add(FormErrors.NoCToCancel);
            }
            else
            {
                changes = FormChange.Cancelling(stop);
                form = form with { LinkedId = stop.LinkedId, State = FormState.Cancelled };
            }
        }
        else if (controlled)
        {
            string kind = suffix == 0 ? FormKind.L65B1 : FormKind.L65B2;
            var ended = ofFile.LastOrDefault(f => f.Kind == kind && f.Valid && f.Ssin == ssin && f.Suffix == suffix && f.Period.Contains(entry));
            if (ended is null)
            {
                errors.Add(FormErrors.CEndsNothing);
            }
            else
            {
                changes = [FormChange.Ending(ended, entry)];
                form = form with { LinkedId = ended.Id, PreviousEnd = ended.EndDate };
            }
        }

        var saved = forms.Save(form, errors, changes);
        return new XElement(Ns + "DecisionResultC",
            new XElement(Ns + "EntryDate", saved.EntryDate), new XElement(Ns + "UniqueAttestID", saved.AttestId),
            new XElement(Ns + "ReferenceSPP_POD", saved.Reference), new XElement(Ns + "SSIN", ssin), new XElement(Ns + "Suffix", suffix),
            new XElement(Ns + "Evaluation", saved.Evaluation), Errors(saved));
    }
}
