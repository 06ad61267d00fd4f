using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Heating;

/// <summary>
/// OCMWCPASHouseholdIncome (modelled): what the heating fund's category 2 reads for a delivery — the household's taxable
/// income of the income year (HouseholdFinances, the same figures the tax assessment gives), the dependants and the
/// ceiling of the delivery date's rule. Control 040, OVERLAP(the delivery's heating period).
/// </summary>
public sealed class HouseholdIncomeService(PersonStore persons, HouseholdFinances finances, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASHouseholdIncome";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HouseholdIncome";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SSIN")!.Value.Trim();
        var delivery = IsoDate.Parse(request.Element(Ns + "DeliveryDate")!.Value);
        if (SsdnConsult.Check(ssin, persons, control, ControlTable.Get(ServiceId, "consult"), call.Caller.Cbe,
                new Period(new(delivery.Year, 1, 1), new(delivery.Year, 12, 31)), "consult", out var person, out var verdict) is { } refused)
        {
            return refused;
        }

        var income = HouseholdIncome.Of(finances, person!, delivery, clock.Today);
        var reply = new XElement(Ns + "HouseholdIncomeReply", new XElement(Ns + "SSIN", ssin), new XElement(Ns + "IncomeYear", income.IncomeYear),
            income.Members.Select(m => new XElement(Ns + "Member", new XElement(Ns + "SSIN", m.Ssin), new XElement(Ns + "TaxableIncome", Money(m.TaxableIncome)),
                new XElement(Ns + "Dependant", m.Dependant ? "true" : "false"))),
            new XElement(Ns + "HouseholdIncome", Money(income.Total)), new XElement(Ns + "Dependants", income.Dependants),
            new XElement(Ns + "Ceiling", Money(income.Ceiling.Ceiling)), new XElement(Ns + "PerDependant", Money(income.Ceiling.PerDependant)),
            new XElement(Ns + "Limit", Money(income.Limit)), new XElement(Ns + "UnderCeiling", income.UnderCeiling ? "true" : "false"));
        return new SsdnOutcome([], reply) { Operation = "consult", QualityCodes = verdict.MatchedCodes };
    }

    private static string Money(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
}
