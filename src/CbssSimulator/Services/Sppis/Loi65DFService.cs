using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;
using static CbssSimulator.Services.Sppis.Loi65Forms;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASWet65Loi65DF (body: the public L65_DF schema; Version modelled). D1: the aid delivered to the main beneficiary
/// in one month, refunded at 100 % only for aid announced in an accepted B1 of the caller valid in that month (none →
/// REFUSED D65001; an aid not announced → refused for that aid, PARTIALLYACCEPTED D65002); a new D1 for the same month
/// replaces the earlier one. D2: hospital and ambulant costs of a beneficiary, refunded when an accepted B2 for that
/// suffix is valid on its entry date (D65003). D: control 003, WINDOW (at the BCSS: refused, nothing
/// reaches the SPP IS). F: a recovery, no control, needs an accepted
/// D1 or D2 of that beneficiary (F65001). Amounts are integers as the schema has them (euro cents, inferred).
/// </summary>
public sealed class Loi65DFService(Loi65Forms forms) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASWet65Loi65DF";

    /// <summary>D1 delivered items: request element, the B1 aid that must announce it, reply element.</summary>
    private static readonly (string Delivered, string Aid, string Decision)[] D1Items =
    [
        ("FinancialAid", "FinancialAid", "FinancialAid"), ("MedicalCostsAmount", "MedicalAndPharmaceuticalCosts", "MedicalCosts"),
        ("PharmaceuticalCostsAmount", "MedicalAndPharmaceuticalCosts", "PharmaceuticalCosts"), ("MutBaseContributionAmount", "MutBaseContribution", "MutBaseContribution"),
        ("MutComplementaryContributionAmount", "MutComplementaryContribution", "MutComplementaryContribution"),
        ("MutRegularizationAmount", "MutRegularization", "MutRegularization"), ("RepatriationCostsAmount", "RepatriationCosts", "RapatriationCosts"),
        ("PlacementCostsAmount", "PlacementCosts", "PlacementCosts"), ("HousingCostsAmount", "HousingCosts", "HousingCosts"),
        ("BirthAllowance", "BirthAllowance", "BirthAllowance"), ("GuaranteedChildAllowance", "GuaranteedChildAllowances", "GuaranteedChildAllowance"),
    ];

    /// <summary>D1 social-aid amounts and the B1 social aid that must announce them.</summary>
    private static readonly (string Amount, string Aid)[] SocialAidAmounts =
    [
        ("Art60p7Amount", "Art60p7"), ("Art61Amount", "Art61"), ("ActivationAmount", "ActivationType"), ("PartnerconventionAmount", "PartnerConvention"),
        ("AlimonyAmount", "Alimony"),
    ];

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        if (forms.Check(call, request, "D") is { } refused)
        {
            return refused;
        }

        string cbe = call.Caller.Cbe, file = FileId(request);
        static string Ssin(XElement form) => form.Element(Ns + "SSIN")!.Value.Trim();
        var routed = request.Elements(Ns + "RefundformD1").Concat(request.Elements(Ns + "RefundFormD2")).Select(d => (Ssin(d), (string?)"D", (XElement?)d))
            .Concat(request.Elements(Ns + "RecoveringFormF").Select(f => (Ssin(f), (string?)"F", (XElement?)null)));
        if (forms.Route(ServiceId, cbe, routed, "D") is { } notIntegrated)
        {
            return notIntegrated;
        }

        var codes = new List<int>();
        var results = new List<XElement>();
        if (request.Element(Ns + "RefundformD1") is { } d1)
        {
            results.Add(FormD1(cbe, file, d1, codes));
        }

        results.AddRange(request.Elements(Ns + "RefundFormD2").Select(d2 => FormD2(cbe, file, d2, codes)));
        results.AddRange(request.Elements(Ns + "RecoveringFormF").Select(f => FormF(cbe, file, f)));
        if (results.Count == 0)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("L65_DF_DecisionRequest/RefundformD1|RefundFormD2|RecoveringFormF", null))) with { Operation = "D" };
        }

        return new SsdnOutcome([], new XElement(Ns + "L65_DF_DecisionReply", FileIdentification(request), results))
        {
            Operation = request.Element(Ns + "RefundformD1") is null && !request.Elements(Ns + "RefundFormD2").Any() ? "F" : "D",
            QualityCodes = codes.Distinct().Order().ToList(), Evaluation = Journal(results),
        };
    }

    private XElement FormD1(string cbe, string file, XElement d1, List<int> codes)
    {
        string ssin = d1.Element(Ns + "SSIN")!.Value.Trim();
        string month = d1.Element(Ns + "ReferenceMonth")!.Value[..7];
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var errors = forms.Control(ServiceId, "D", cbe, ssin, forms.ApplyRegistrations(cbe, ssin, d1), out var matched);
        codes.AddRange(matched);
        var ofFile = forms.Store.ForFile(cbe, file);
        var b1 = ofFile.LastOrDefault(f => f.Kind == FormKind.L65B1 && f.Valid && f.Ssin == ssin && f.Period.Overlaps(new(first, first.AddMonths(1).AddDays(-1))));
        if (b1 is null)
        {
            errors.Add(FormErrors.NoAcceptedB1);
        }

        var announced = b1?.Aids?.Split(',') ?? [];
        var delivered = d1.Element(Ns + "DeliveredAmountsD1")!;
        var decisions = new List<XElement>();
        long total = 0;
        foreach (var (name, aid, decision) in D1Items)
        {
            var items = delivered.Elements(Ns + name).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            long amount = items.Sum(Amount);
            bool refunded = announced.Contains(aid);
            if (!refunded && b1 is not null && !errors.Contains(FormErrors.AidNotAnnounced))
            {
                errors.Add(FormErrors.AidNotAnnounced);
            }

            total += refunded ? amount : 0;
            decisions.Add(DecisionType(decision, refunded ? amount : 0, refunded ? 100 : 0));
        }

        foreach (var (block, who) in new[] { ("PrimaryBeneficiaryAids", "P."), ("PartnerAids", "Q.") })
        {
            if (d1.Element(Ns + block) is not { } aids)
            {
                continue;
            }

            var accepted = new XElement(Ns + block);
            foreach (var (amountName, aid) in SocialAidAmounts.Where(a => aids.Element(Ns + a.Amount) is not null))
            {
                bool refunded = announced.Contains(who + aid);
                long amount = Amount(aids.Element(Ns + amountName)!);
                if (!refunded && b1 is not null && !errors.Contains(FormErrors.AidNotAnnounced))
                {
                    errors.Add(FormErrors.AidNotAnnounced);
                }

                total += refunded ? amount : 0;
                accepted.Add(new XElement(Ns + amountName, refunded ? amount : 0));
            }

            decisions.Add(accepted);
        }

        if (delivered.Element(Ns + "OtherRequestedAids") is { } other)
        {
            bool refunded = announced.Contains("OtherRequestedAids");
            total += refunded ? Amount(other) : 0;
            decisions.Add(DecisionType("OtherRequestedAids", refunded ? Amount(other) : 0, refunded ? 100 : 0));
        }

        var replaced = ofFile.FirstOrDefault(f => f.Kind == FormKind.L65D1 && f.Valid && f.Ssin == ssin && f.EntryDate == Iso(first));
        var saved = forms.Save(forms.NewForm(cbe, file, FormKind.L65D1, ssin, 0, d1.Element(Ns + "UniqueAttestID")!.Value, first, first.AddMonths(1).AddDays(-1),
            null, amount: total) with { LinkedId = replaced?.Id }, errors, replaced is null ? [] : [new FormChange(replaced.Id, FormState.Replaced, replaced.EndDate)]);
        return Result(saved, new XElement(Ns + "ReferenceMonth", month), saved.Evaluation == "REFUSED" ? null : new XElement(Ns + "DecisionOnAmounts", decisions));
    }

    private XElement FormD2(string cbe, string file, XElement d2, List<int> codes)
    {
        string ssin = d2.Element(Ns + "SSIN")!.Value.Trim();
        long suffix = long.Parse(d2.Element(Ns + "Suffix")!.Value, CultureInfo.InvariantCulture);
        var entry = IsoDate.Parse(d2.Element(Ns + "EntryDate")!.Value);
        var errors = forms.Control(ServiceId, "D", cbe, ssin, forms.ApplyRegistrations(cbe, ssin, d2), out var matched);
        codes.AddRange(matched);
        var b2 = forms.Store.ForFile(cbe, file).LastOrDefault(f => f.Kind == FormKind.L65B2 && f.Valid && f.Ssin == ssin && f.Suffix == suffix && f.Period.Contains(entry));
        if (b2 is null)
        {
            errors.Add(FormErrors.NoAcceptedB2);
        }

        var delivered = d2.Element(Ns + "DeliveredAmountsD2")!;
        var bills = delivered.Elements(Ns + "HospitalizationcostsBill").ToList();
        long total = bills.Sum(b => Amount(b.Element(Ns + "Amount")!)) + (delivered.Element(Ns + "HospitalizationCostsRemainingAmount") is { } r ? Amount(r) : 0)
            + (delivered.Element(Ns + "AmbultantCosts")?.Elements().Sum(Amount) ?? 0);
        var saved = forms.Save(forms.NewForm(cbe, file, FormKind.L65D2, ssin, suffix, d2.Element(Ns + "UniqueAttestID")!.Value, entry, null, null, amount: total), errors);
        var amounts = new XElement(Ns + "DecisionOnAmounts",
            bills.Select(b => new XElement(Ns + "HospitalizationcostsBill", new XElement(Ns + "Number", b.Element(Ns + "Number")!.Value), new XElement(Ns + "Amount", Amount(b.Element(Ns + "Amount")!)))),
            delivered.Element(Ns + "HospitalizationCostsRemainingAmount") is { } rest ? new XElement(Ns + "HospitalizationCostsRemainingAmount", Amount(rest)) : null,
            delivered.Element(Ns + "AmbultantCosts") is { } ambulant ? new XElement(Ns + "AmbultantCosts", ambulant.Elements().Select(e => new XElement(Ns + e.Name.LocalName, Amount(e)))) : null);
        return Result(saved, new XElement(Ns + "EntryDate", saved.EntryDate), saved.Evaluation == "REFUSED" ? null : amounts);
    }

    private XElement FormF(string cbe, string file, XElement f)
    {
        string ssin = f.Element(Ns + "SSIN")!.Value.Trim();
        var errors = forms.Control(ServiceId, "F", cbe, ssin, true, out _);
        if (!forms.Store.ForFile(cbe, file).Any(x => x.Kind is FormKind.L65D1 or FormKind.L65D2 && x.Valid && x.Ssin == ssin))
        {
            errors.Add(FormErrors.NothingRefunded);
        }

        var details = f.Element(Ns + "RecoveringDetails")!;
        var saved = forms.Save(forms.NewForm(cbe, file, FormKind.L65F, ssin, long.Parse(f.Element(Ns + "Suffix")!.Value, CultureInfo.InvariantCulture), f.Element(Ns + "UniqueAttestID")!.Value,
            IsoDate.Parse(f.Element(Ns + "ReferenceDate")!.Value), null, null, amount: Amount(details.Element(Ns + "RecoveredAmount")!)), errors);
        return Result(saved, new XElement(Ns + "ReferenceDate", saved.EntryDate), null);
    }

    private static XElement Result(SppisForm form, XElement date, XElement? amounts) => new(Ns + "DecisionResultDF",
        date, new XElement(Ns + "UniqueAttestID", form.AttestId), new XElement(Ns + "ReferenceSPP_POD", form.Reference),
        new XElement(Ns + "SSIN", form.Ssin), new XElement(Ns + "Suffix", form.Suffix), new XElement(Ns + "Evaluation", form.Evaluation), Errors(form),
        amounts, form.Evaluation == "REFUSED" || form.Kind == FormKind.L65F ? null : new XElement(Ns + "TotalAcceptedAmount", form.Amount));

    /// <summary>A decisionType; its Percentage has at most 4 digits, so unlike B1's (hundredths) it is read as whole percent (inferred).</summary>
    private static XElement DecisionType(string name, long amount, int percentage) =>
        new(Ns + name, new XElement(C65 + "AcceptedAmount", amount), new XElement(C65 + "Percentage", percentage));

    /// <summary>An amount element, or the Amount child of a structured item (FinancialAid, BirthAllowance, …); decimals rounded.</summary>
    private static long Amount(XElement e)
    {
        var value = e.HasElements ? e.Element(Ns + "Amount")?.Value : e.Value;
        return value is null ? 0 : (long)Math.Round(decimal.Parse(value, CultureInfo.InvariantCulture));
    }
}
