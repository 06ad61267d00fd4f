using System.Xml.Linq;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;
using static CbssSimulator.Services.Sppis.Loi65Forms;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASWet65Loi65AB (body: the public L65_AB schema; ServiceId and Version modelled): form A (the beneficiaries of a
/// file), B1 (the common decision: requested aids, duration) and B2 (hospital costs of one beneficiary). Each form's
/// registrations are applied first, then its control (001–006, WINDOW, at the BCSS: any form refused refuses the
/// message and nothing reaches the SPP IS), then the SPP IS rules: B1 and B2 need an
/// accepted A of the file for their beneficiary; B1 and B2 notified more than 45 days after their entry date are
/// refused; a form with the same file, beneficiary and entry date replaces the earlier one (a correction). One
/// DecisionResult per beneficiary of A, per B1 and per B2.
/// </summary>
public sealed class Loi65ABService(Loi65Forms forms) : ISsdnService
{
    public const string ModelledVersion = RegisterAttestService.ModelledVersion;

    /// <summary>Its ServiceId, the key of its control-table rows.</summary>
    public const string ServiceId = "OCMWCPASWet65Loi65AB";

    private static readonly string[] AidFlags =
    [
        "FinancialAid", "MedicalAndPharmaceuticalCosts", "MutBaseContribution", "MutComplementaryContribution", "MutRegularization",
        "RepatriationCosts", "PlacementCosts", "HousingCosts", "BirthAllowance", "GuaranteedChildAllowances", "OtherRequestedAids",
    ];

    /// <summary>The order of RefundedAids in the reply.</summary>
    private static readonly string[] RefundedOrder = [.. AidFlags[..10], "AmbulantMedicalAndPharmaceuticalCosts", "HospitalizationCosts", "OtherRequestedAids"];

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        if (forms.Check(call, request, "send") is { } refused)
        {
            return refused;
        }

        if (forms.Route(ServiceId, call.Caller.Cbe, Routed(request), "send") is { } notIntegrated)
        {
            return notIntegrated;
        }

        var results = new List<XElement>();
        var codes = new List<int>();
        if (request.Element(Ns + "IdentificationA") is { } a)
        {
            results.AddRange(FormA(call.Caller.Cbe, FileId(request), a, codes));
        }

        if (request.Element(Ns + "CommonDecisionB1") is { } b1)
        {
            results.Add(FormB1(call.Caller.Cbe, FileId(request), b1, codes));
        }

        results.AddRange(request.Elements(Ns + "IndividualDecisionsB2").Select(b2 => FormB2(call.Caller.Cbe, FileId(request), b2, codes)));
        if (results.Count == 0)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("L65_AB_DecisionRequest/IdentificationA|CommonDecisionB1|IndividualDecisionsB2", null)))
                with { Operation = "send" };
        }

        return new SsdnOutcome([], new XElement(Ns + "L65_AB_DecisionReply", FileIdentification(request), results))
        {
            Operation = "send", QualityCodes = codes.Distinct().Order().ToList(), Evaluation = Journal(results),
        };
    }

    /// <summary>Every block of the message with its SSIN; the forms' own blocks with their control.</summary>
    private static IEnumerable<(string, string?, XElement?)> Routed(XElement request)
    {
        static string Beneficiary(XElement b) => b.Element(C65 + "BeneficiaryID")!.Element(C65 + "SSIN")!.Value.Trim();
        if (request.Element(Ns + "IdentificationA") is { } a)
        {
            yield return (Beneficiary(a.Element(Ns + "PrimaryBeneficiary")!), "send", a.Element(Ns + "PrimaryBeneficiary"));
            foreach (var s in a.Elements(Ns + "SecondaryBeneficiary"))
            {
                yield return (Beneficiary(s), null, s);
            }
        }

        if (request.Element(Ns + "CommonDecisionB1") is { } b1)
        {
            var primary = b1.Element(Ns + "IdentificationPrimaryBeneficiary")!;
            yield return (primary.Element(Ns + "SSIN")!.Value.Trim(), "send", primary);
            foreach (var s in b1.Elements(Ns + "IdentificationSecondaryBeneficiary"))
            {
                yield return (s.Element(Ns + "SSIN")!.Value.Trim(), null, s);
            }
        }

        foreach (var b2 in request.Elements(Ns + "IndividualDecisionsB2"))
        {
            yield return (b2.Element(Ns + "SSIN")!.Value.Trim(), "send", b2);
        }
    }

    private IEnumerable<XElement> FormA(string cbe, string file, XElement a, List<int> codes)
    {
        var entry = IsoDate.Parse(a.Element(Ns + "EntryDate")!.Value);
        string attest = a.Element(Ns + "UniqueAttestID")!.Value;
        var primary = a.Element(Ns + "PrimaryBeneficiary")!;
        string primarySsin = primary.Element(C65 + "BeneficiaryID")!.Element(C65 + "SSIN")!.Value.Trim();
        var beneficiaries = new[] { (Ssin: primarySsin, Suffix: 0L, Block: primary) }
            .Concat(a.Elements(Ns + "SecondaryBeneficiary").Select(s => (Ssin: s.Element(C65 + "BeneficiaryID")!.Element(C65 + "SSIN")!.Value.Trim(),
                Suffix: long.Parse(s.Element(Ns + "Suffix")!.Value, CultureInfo.InvariantCulture), Block: s))).ToList();
        bool registered = beneficiaries.Aggregate(true, (ok, b) => forms.ApplyRegistrations(cbe, b.Ssin, b.Block) && ok);
        var errors = forms.Control(ServiceId, "send", cbe, primarySsin, registered, out var matched);
        codes.AddRange(matched);
        var earlier = forms.Store.ForFile(cbe, file).Where(f => f.Kind == FormKind.L65A && f.Valid).ToList();
        foreach (var (ssin, suffix, _) in beneficiaries)
        {
            var replaced = earlier.FirstOrDefault(f => f.Ssin == ssin);
            var form = forms.Save(forms.NewForm(cbe, file, FormKind.L65A, ssin, suffix, attest, entry, null, null) with { LinkedId = replaced?.Id },
                [.. errors], replaced is null ? [] : [new FormChange(replaced.Id, FormState.Replaced, replaced.EndDate)]);
            yield return Result(form, null, null);
        }
    }

    private XElement FormB1(string cbe, string file, XElement b1, List<int> codes)
    {
        var entry = IsoDate.Parse(b1.Element(Ns + "EntryDate")!.Value);
        var primary = b1.Element(Ns + "IdentificationPrimaryBeneficiary")!;
        string ssin = primary.Element(Ns + "SSIN")!.Value.Trim();
        bool registered = forms.ApplyRegistrations(cbe, ssin, primary);
        foreach (var s in b1.Elements(Ns + "IdentificationSecondaryBeneficiary"))
        {
            registered = forms.ApplyRegistrations(cbe, s.Element(Ns + "SSIN")!.Value.Trim(), s) && registered;
        }

        var errors = forms.Control(ServiceId, "send", cbe, ssin, registered, out var matched);
        codes.AddRange(matched);
        var aids = AidFlags.Where(f => b1.Element(Ns + "RequestedAids")!.Element(Ns + f)?.Value is "true" or "1")
            .Concat(SocialAids("P.", b1.Element(Ns + "PrimaryBeneficiaryAids"))).Concat(SocialAids("Q.", b1.Element(Ns + "PartnerAids"))).ToList();
        var form = forms.NewForm(cbe, file, FormKind.L65B1, ssin, 0, b1.Element(Ns + "UniqueAttestID")!.Value, entry,
            End(entry, b1.Element(C65 + "Duration")), b1.Element(Ns + "DecisionDate")!.Value, string.Join(",", aids));
        return Decision(cbe, file, form, errors, b1);
    }

    private XElement FormB2(string cbe, string file, XElement b2, List<int> codes)
    {
        var entry = IsoDate.Parse(b2.Element(Ns + "EntryDate")!.Value);
        string ssin = b2.Element(Ns + "SSIN")!.Value.Trim();
        var errors = forms.Control(ServiceId, "send", cbe, ssin, forms.ApplyRegistrations(cbe, ssin, b2), out var matched);
        codes.AddRange(matched);
        var decision = b2.Element(Ns + "DecisionB2")!;
        var aids = new[] { "AmbulantMedicalAndPharmaceuticalCosts", "HospitalizationCosts" }.Where(f => decision.Element(C65 + f)?.Value is "true" or "1");
        var form = forms.NewForm(cbe, file, FormKind.L65B2, ssin, long.Parse(b2.Element(Ns + "Suffix")!.Value, CultureInfo.InvariantCulture), b2.Element(Ns + "UniqueAttestID")!.Value,
            entry, End(entry, decision.Element(C65 + "Duration")), decision.Element(C65 + "DecisionDate")!.Value, string.Join(",", aids));
        return Decision(cbe, file, form, errors, null);
    }

    /// <summary>The social aids a B1 announces for the main beneficiary (P.) or the partner (Q.), as the D1 refunds them.</summary>
    private static IEnumerable<string> SocialAids(string who, XElement? aid) => aid is null ? [] :
        new[] { "Art60p7", "Art61", "ActivationType", "PartnerConvention", "Alimony" }.Where(f => aid.Element(C65 + f) is { } v && v.Value != "false").Select(f => who + f);

    /// <summary>The SPP IS rules of B1 and B2 after the control; stores the form and writes its DecisionResult.</summary>
    private XElement Decision(string cbe, string file, SppisForm form, List<FormError> errors, XElement? b1)
    {
        var ofFile = forms.Store.ForFile(cbe, file);
        if (!ofFile.Any(f => f.Kind == FormKind.L65A && f.Valid && f.Ssin == form.Ssin))
        {
            errors.Add(FormErrors.NoFormA);
        }

        if (forms.Late(form.Period.Start))
        {
            errors.Add(FormErrors.LateNotice);
        }

        var replaced = ofFile.FirstOrDefault(f => f.Kind == form.Kind && f.Valid && f.Ssin == form.Ssin && f.Suffix == form.Suffix && f.EntryDate == form.EntryDate);
        var saved = forms.Save(form with { LinkedId = replaced?.Id }, errors, replaced is null ? [] : [new FormChange(replaced.Id, FormState.Replaced, replaced.EndDate)]);
        return Result(saved, b1, saved.Period.End);
    }

    private static XElement Result(SppisForm form, XElement? b1, DateOnly? maximum)
    {
        bool accepted = form.Evaluation != "REFUSED";
        var aids = accepted && form.Aids is { Length: > 0 } a ? a.Split(',') : [];
        XElement Flags(string name, XElement? social) => new(Ns + name,
            new[] { "Art60p7", "Art61", "ActivationType", "PartnerConvention", "Alimony" }
                .Where(f => accepted && social?.Element(C65 + f) is { } v && v.Value != "false")
                .Select(f => new XElement(Ns + f, "true")));
        var refunded = new XElement(Ns + "RefundedAids",
            RefundedOrder.Where(aids.Contains).Select(f => new XElement(Ns + f, "true")),
            Flags("PrimaryBeneficiary", b1?.Element(Ns + "PrimaryBeneficiaryAids")), Flags("Partner", b1?.Element(Ns + "PartnerAids")));
        return new XElement(Ns + "DecisionResult",
            new XElement(Ns + "UniqueAttestID", form.AttestId), new XElement(Ns + "ReferenceSPP_POD", form.Reference),
            new XElement(Ns + "SSIN", form.Ssin), new XElement(Ns + "Suffix", form.Suffix), new XElement(Ns + "EntryDate", form.EntryDate),
            accepted && form.Kind != FormKind.L65A ? new XElement(Ns + "Percentage", form.Percentage) : null,
            new XElement(Ns + "Evaluation", form.Evaluation), Errors(form),
            refunded, accepted && maximum is { } m ? new XElement(Ns + "MaximumDate", Iso(m)) : null);
    }
}
