using CbssSimulator.Integrations;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// The BCSS's integration control before it routes a form to the SPP IS (docs/decisions.md, "The BCSS refuses a form
/// before the SPP IS sees it"): a refused form is the SSDN refusal every consultation gives (32000012 with the SSIN and
/// the OrgUnit), and the SPP IS never sees it — nothing is stored or listed.
/// </summary>
internal static class BcssRouting
{
    /// <summary>The SSDN refusal when <paramref name="verdict"/> refuses, else null (the form goes on to the SPP IS).</summary>
    public static SsdnOutcome? Refusal(ControlResult verdict, string ssin, string cbe, string operation) => verdict.Allowed ? null
        : SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NotIntegrated, ("SSIN", ssin), ("OrgUnit", cbe))) with { Operation = operation, Ssin = ssin };
}
