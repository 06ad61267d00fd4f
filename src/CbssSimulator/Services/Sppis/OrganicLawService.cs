using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASOrganicLaw (modelled): the installation premium of the organic law (control 001–009, WINDOW, at the BCSS:
/// refused, nothing reaches the SPP IS). Once in a
/// lifetime, whatever CPAS granted it (PRM001); the legal premium is one month of integration income of category 3 on
/// the housing date (the dated table of SppisScales); more is refunded up to it (PARTIALLYACCEPTED, PRM002). Granted
/// premiums show in ListOfAttestations PRIME_INSTALLATION.
/// </summary>
public sealed class OrganicLawService(PersonStore persons, SppisStore store, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASOrganicLaw";

    private static readonly XNamespace Ns = RegisterAttestService.Ns;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SocialSecurityUser")!.Value.Trim();
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "send" };
        }

        var housing = IsoDate.Parse(request.Element(Ns + "HousingDate")!.Value);
        decimal legal = SppisScales.Monthly(housing, 3);
        decimal amount = request.Element(Ns + "Amount") is { } a ? decimal.Parse(a.Value, CultureInfo.InvariantCulture) : legal;
        var verdict = control.Check(ControlTable.Get(ServiceId, "send"), call.Caller.Cbe, ssin);
        if (BcssRouting.Refusal(verdict, ssin, call.Caller.Cbe, "send") is { } notIntegrated)
        {
            return notIntegrated;
        }

        var errors = new List<FormError>();

        if (store.ForSsin(ssin, FormKind.Premium).Any(f => f.Valid))
        {
            errors.Add(FormErrors.PremiumAlreadyGranted);
        }

        if (amount > legal)
        {
            errors.Add(FormErrors.PremiumAboveScale);
        }

        string evaluation = FormErrors.Evaluate(errors);
        var form = store.Save(new SppisForm(0, call.Caller.Cbe, ssin, FormKind.Premium, request.Element(Ns + "FileID")?.Value, housing.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            housing.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request.Element(Ns + "DecisionDate")!.Value, null, (long)(Math.Min(amount, legal) * 100), 10000, 0, evaluation,
            errors.Count == 0 ? null : string.Join(",", errors.Select(e => e.Code)), evaluation == "REFUSED" ? FormState.Refused : FormState.Active,
            null, null, clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var reply = new XElement(Ns + "OrganicLawReply",
            new XElement(Ns + "SocialSecurityUser", ssin), new XElement(Ns + "ReferenceSPP_POD", form.Reference), new XElement(Ns + "Evaluation", evaluation),
            errors.Select(e => FormErrors.Element(Ns, e)),
            evaluation == "REFUSED" ? null : new XElement(Ns + "Amount", (form.Amount!.Value / 100m).ToString("0.00", CultureInfo.InvariantCulture)));
        return new SsdnOutcome([], reply)
        {
            Operation = "send", QualityCodes = verdict.MatchedCodes, Evaluation = FormErrors.Journal(evaluation, errors.Select(x => x.Code)),
        };
    }
}
