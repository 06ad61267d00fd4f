using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASRegisterRecoveredAmount (modelled): form D of the DIS law, an amount the CPAS recovered from a beneficiary,
/// numbered per month and beneficiary. No integration control (services.md). It needs a grant of the caller for the
/// person (REC001); type 04 only for a grant that started before 01/07/2014 (REC002); a sequence number already used
/// that month is refused (REC003). The State's share follows the type: 01 and 08 the grant's refund rate, 04 70 %,
/// 05 and 06 100 %.
/// </summary>
public sealed class RegisterRecoveredAmountService(PersonStore persons, SppisStore store, Clock.SimulatorClock clock) : ISsdnService
{
    private static readonly XNamespace Ns = RegisterAttestService.Ns;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SocialSecurityUser")!.Value.Trim();
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "register" };
        }

        string cbe = call.Caller.Cbe, type = request.Element(Ns + "RecoveryType")!.Value;
        var month = DateOnly.ParseExact(request.Element(Ns + "RecoveryMonth")!.Value[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        long sequence = long.Parse(request.Element(Ns + "SequenceNumber")!.Value, CultureInfo.InvariantCulture);
        decimal amount = decimal.Parse(request.Element(Ns + "Amount")!.Value, CultureInfo.InvariantCulture);
        var grants = store.ForSsin(ssin, FormKind.RisGrant).Where(f => f.Cbe == cbe && f.State != FormState.Refused).ToList();
        var errors = new List<FormError>();
        if (grants.Count == 0)
        {
            errors.Add(FormErrors.NoGrantToRecover);
        }
        else if (type == "04" && !grants.Any(g => g.Period.Start < new DateOnly(2014, 7, 1)))
        {
            errors.Add(FormErrors.RecoveryTypeClosed);
        }

        if (store.ForSsin(ssin, FormKind.RisRecovery).Any(f => f.Cbe == cbe && f.Valid && f.EntryDate == Iso(month) && f.Suffix == sequence))
        {
            errors.Add(FormErrors.RecoveryNumberUsed);
        }

        long percentage = type switch { "04" => 7000, "05" or "06" => 10000, _ => grants.LastOrDefault()?.Percentage ?? SppisScales.RisRefund };
        var form = new SppisForm(0, cbe, ssin, FormKind.RisRecovery, request.Element(Ns + "FileID")?.Value, Iso(month), Iso(month.AddMonths(1).AddDays(-1)),
            null, null, (long)(amount * 100), percentage, 0, "", null, FormState.Active, grants.LastOrDefault()?.Id, null, Iso(clock.Today), type, sequence);
        string evaluation = FormErrors.Evaluate(errors);
        form = store.Save(form with
        {
            Evaluation = evaluation, State = evaluation == "REFUSED" ? FormState.Refused : FormState.Active,
            Errors = errors.Count == 0 ? null : string.Join(",", errors.Select(e => e.Code)),
        });
        bool ok = evaluation != "REFUSED";
        var reply = new XElement(Ns + "RegisterRecoveredAmountReply",
            new XElement(Ns + "SocialSecurityUser", ssin), new XElement(Ns + "ReferenceSPP_POD", form.Reference), new XElement(Ns + "Evaluation", evaluation),
            errors.Select(e => FormErrors.Element(Ns, e)), ok ? new XElement(Ns + "Percentage", percentage) : null,
            ok ? new XElement(Ns + "StateShare", Math.Round(amount * percentage / 10000m, 2).ToString("0.00", CultureInfo.InvariantCulture)) : null);
        return new SsdnOutcome([], reply) { Operation = "register", Evaluation = FormErrors.Journal(evaluation, errors.Select(x => x.Code)) };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
