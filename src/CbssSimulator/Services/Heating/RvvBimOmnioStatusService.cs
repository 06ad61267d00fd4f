using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Heating;

/// <summary>
/// OCMWCPASRvvBimOmnioStatus (modelled): the increased-intervention status at D from the health-insurance situation (the
/// same one HealthCareInsurance answers). Not insured → Insured false, no intervention. Control 040, SYSDATE.
/// </summary>
public sealed class RvvBimOmnioStatusService(PersonStore persons, HouseholdFinances finances, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASRvvBimOmnioStatus";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/RvvBimOmnioStatus";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SSIN")!.Value.Trim();
        if (SsdnConsult.Check(ssin, persons, control, ControlTable.Get(ServiceId, "consult"), call.Caller.Cbe, null, "consult", out var person, out var verdict) is { } refused)
        {
            return refused;
        }

        var insurance = finances.Insurance(person!, clock.Today);
        var reply = new XElement(Ns + "BimOmnioStatusReply", new XElement(Ns + "SSIN", ssin),
            new XElement(Ns + "Insured", insurance is null ? "false" : "true"),
            new XElement(Ns + "IncreasedIntervention", insurance is { IncreasedIntervention: true } ? "true" : "false"),
            insurance is null ? null : new XElement(Ns + "InsurerCode", insurance.InsurerCode),
            insurance is null ? null : new XElement(Ns + "CT1", insurance.Ct1), insurance is null ? null : new XElement(Ns + "CT2", insurance.Ct2),
            insurance is null ? null : new XElement(Ns + "HolderSSIN", insurance.HolderSsin));
        return new SsdnOutcome([], reply) { Operation = "consult", QualityCodes = verdict.MatchedCodes };
    }
}
