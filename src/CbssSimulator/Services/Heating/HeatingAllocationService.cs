using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Heating;

/// <summary>
/// OCMWCPASHeatingAllocation 20090409: ComputeAllocation (the request of a real client), SaveAllocation, CancelAllocation
/// and ConsultAllocation (modelled). Control: the caller's integration overlaps the heating period, the calendar year of
/// the delivery (001–009, 030, 031, 040; ConsultAllocation 001–009, 040) — else 32000012. The rules are dated data
/// (HeatingRules): covered fuel, category (1 BIM with the income check, 2 income under the ceiling plus the increase
/// per dependant, 3 a debt file of the caller), price bracket → cents per litre, litres per dwelling up to the period's
/// maximum, a flat amount at the pump, one allowance per household and period. Compute answers without storing;
/// Save stores what Compute would accept; Cancel removes a saved allowance; Consult lists the household's allowances
/// of a year, whatever CPAS saved them.
/// </summary>
public sealed class HeatingAllocationService(PersonStore persons, AllocationStore store, HouseholdFinances finances, IntegrationControl control,
    IntegrationStore integrations, Clock.SimulatorClock clock) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASHeatingAllocation";

    public static readonly XNamespace Req = "http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest";
    public static readonly XNamespace Com = "http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes";
    public static readonly XNamespace Rep = "http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationReply";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var operation = request.Elements().First();
        string op = operation.Name.LocalName;
        string ssin = operation.Descendants(Req + "SSIN").First().Value.Trim();
        string kbo = request.Element(Req + "OCMW_CPAS")!.Element(Req + "KboBceNumber")!.Value.Trim();
        if (kbo.PadLeft(10, '0') != call.Caller.Cbe)
        {
            return SsdnOutcome.Error(new SsdnDetail(SsdnReasonCodes.SchemaInvalid, [("OCMW_CPAS/KboBceNumber", kbo)],
                "KboBceNumber must be the calling CPAS (AuthorizedUser/OrgUnit).")) with { Operation = op };
        }

        SavedAllocation? cancelled = op == "CancelAllocation" ? store.Find(operation.Element(Req + "AllocationReference")!.Value.Trim()) : null;
        int year = op switch
        {
            "ConsultAllocation" => int.Parse(operation.Element(Req + "ReferenceYear")!.Value[..4], CultureInfo.InvariantCulture),
            "CancelAllocation" => cancelled?.Year ?? clock.Today.Year,
            _ => IsoDate.Parse(operation.Element(Req + "Invoice")!.Element(Com + "DeliveryDate")!.Value).Year,
        };
        var row = op == "ConsultAllocation" ? ControlTable.Get("HeatingAllocation", op) : ControlTable.Get(ServiceId, op);
        if (SsdnConsult.Check(ssin, persons, control, row, call.Caller.Cbe, new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), op,
                out var person, out var verdict) is { } refused)
        {
            return refused;
        }

        var reply = new XElement(Rep + "AllocationReply");
        var reasons = new List<FormError>();
        switch (op)
        {
            case "ConsultAllocation":
                reply.Add(store.OfHousehold(person!.HouseholdId, finances.Household(person).Select(m => m.Ssin), year).Select(a => Allocation(a, "SAVED")));
                break;
            case "CancelAllocation":
                if (cancelled is null || cancelled.Cbe != call.Caller.Cbe || cancelled.Ssin != ssin || cancelled.CancelledOn is not null)
                {
                    reasons.Add(HeatingReasons.UnknownAllocation);
                }
                else
                {
                    store.Cancel(cancelled.Id, Today);
                    reply.Add(Allocation(cancelled, "CANCELLED"));
                }

                break;
            default:
                var (allocation, income) = Compute(call.Caller.Cbe, person!, operation, reasons);
                reply.Add(income is null ? null : new XElement(Rep + "Income", new XElement(Rep + "IncomeYear", income.IncomeYear),
                    new XElement(Rep + "HouseholdIncome", Money(income.Total)), new XElement(Rep + "Dependants", income.Dependants), new XElement(Rep + "Limit", Money(income.Limit))));
                if (reasons.Count == 0)
                {
                    reply.Add(op == "SaveAllocation" ? Allocation(store.Save(allocation), "SAVED") : Allocation(allocation, "COMPUTED"));
                }

                break;
        }

        if (op != "ConsultAllocation")
        {
            reply.AddFirst(new XElement(Rep + "Decision", reasons.Count == 0 ? "ACCEPTED" : "REFUSED"), reasons.Select(r => HeatingReasons.Element(Rep, r)));
        }

        return new SsdnOutcome([], reply)
        {
            Operation = op, QualityCodes = verdict.MatchedCodes,
            Evaluation = op == "ConsultAllocation" ? null : FormErrors.Journal(reasons.Count == 0 ? "ACCEPTED" : "REFUSED", reasons.Select(r => r.Code)),
        };
    }

    /// <summary>The allowance an invoice gives under the rules of its delivery date, or the reasons it gives none.</summary>
    private (SavedAllocation Allocation, HouseholdIncomeOfYear? Income) Compute(string cbe, PersonRow person, XElement operation, List<FormError> reasons)
    {
        var invoice = operation.Element(Req + "Invoice")!;
        int category = int.Parse(operation.Element(Req + "PrimaryBeneficiary")!.Element(Req + "Category")!.Value, CultureInfo.InvariantCulture);
        var delivery = IsoDate.Parse(invoice.Element(Com + "DeliveryDate")!.Value);
        int fuelCode = int.Parse(invoice.Element(Com + "UnitFuel")!.Value, CultureInfo.InvariantCulture);
        decimal quantity = decimal.Parse(invoice.Element(Com + "Quantity")!.Value, CultureInfo.InvariantCulture);
        decimal price = decimal.Parse(invoice.Element(Com + "Amount")!.Value, CultureInfo.InvariantCulture) / 10000m / quantity;
        int dwellings = int.Parse(invoice.Element(Com + "HousingNumber")!.Value, CultureInfo.InvariantCulture);
        var fuel = HeatingRules.FuelOf(fuelCode);
        var scale = delivery > clock.Today ? null : HeatingRules.ScaleOn(delivery);
        if (fuel is not { Eligible: true })
        {
            reasons.Add(HeatingReasons.FuelNotCovered);
        }

        if (scale is null)
        {
            reasons.Add(HeatingReasons.NoRule);
        }

        HouseholdIncomeOfYear? income = null;
        if (category is 1 or 2)
        {
            income = HouseholdIncome.Of(finances, person, delivery, clock.Today);
            if (category == 1 && finances.Insurance(person, delivery) is not { IncreasedIntervention: true })
            {
                reasons.Add(HeatingReasons.NoIncreasedIntervention);
            }

            if (!income.UnderCeiling)
            {
                reasons.Add(HeatingReasons.IncomeAboveCeiling);
            }
        }
        else if (!integrations.ForCaller(person.Ssin, cbe).Any(i => i.QualityCode == 31 && i.Period.Overlaps(new(new(delivery.Year, 1, 1), new(delivery.Year, 12, 31)))))
        {
            reasons.Add(HeatingReasons.NoDebtFile);
        }

        if (store.OfHousehold(person.HouseholdId, finances.Household(person).Select(m => m.Ssin), delivery.Year).Count > 0)
        {
            reasons.Add(HeatingReasons.AlreadyGranted);
        }

        decimal perDwelling = Math.Round(quantity / dwellings, 2);
        decimal litres = scale is null || fuel is null || fuel.Pump ? 0 : Math.Min(perDwelling, scale.MaxLitres);
        int cents = scale is null || fuel is null || fuel.Pump ? 0 : HeatingRules.CentsPerLitre(scale, price);
        if (scale is not null && fuel is { Eligible: true, Pump: false } && cents == 0)
        {
            reasons.Add(HeatingReasons.PriceTooLow);
        }

        long amount = fuel is { Pump: true } && scale is not null ? (long)(scale.PumpFlat * 100) : (long)Math.Round(litres * cents);
        return (new SavedAllocation(0, cbe, person.Ssin, person.HouseholdId, category, delivery.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fuelCode, (double)perDwelling, (double)litres,
            (double)Math.Round(price, 4), cents, amount, Today, null), income);
    }

    private static XElement Allocation(SavedAllocation a, string status) => new(Rep + "Allocation",
        a.Id == 0 ? null : new XElement(Rep + "AllocationReference", a.Reference), new XElement(Rep + "SSIN", a.Ssin), new XElement(Rep + "Category", a.Category),
        new XElement(Rep + "HeatingPeriod", new XElement(Rep + "StartDate", $"{a.Year:0000}-01-01"), new XElement(Rep + "EndDate", $"{a.Year:0000}-12-31")),
        new XElement(Rep + "DeliveryDate", a.DeliveryDate), new XElement(Rep + "UnitFuel", a.UnitFuel),
        new XElement(Rep + "LitresPerDwelling", Number(a.LitresPerDwelling)), new XElement(Rep + "LitresAllowed", Number(a.LitresAllowed)),
        new XElement(Rep + "PricePerLitre", a.PricePerLitre.ToString("0.0000", CultureInfo.InvariantCulture)), new XElement(Rep + "CentsPerLitre", a.CentsPerLitre),
        new XElement(Rep + "Amount", Money(a.AmountCents / 100m)), new XElement(Rep + "Status", status),
        status == "COMPUTED" ? null : new XElement(Rep + "OcmwCpas", a.Cbe), status == "COMPUTED" ? null : new XElement(Rep + "SavedOn", a.SavedOn));

    private static string Money(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private string Today => clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
