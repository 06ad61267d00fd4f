using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Mediprima;

/// <summary>
/// One row of the refund table: the SPP IS refund code and part for a beneficiary's situation (docs/decisions.md,
/// "MediPrima refund codes").
/// </summary>
public sealed record CarmedRefund(string BeneficiaryStatus, bool Insured, bool BelowIntegrationIncome, int Code, double Part, string Fr, string Nl);

/// <summary>A business refusal of ManageCarmed (modelled codes).</summary>
public sealed record CarmedRefusal(string Code, string Description);

/// <summary>
/// The Mediprima rules: the refund table (MODELLED but for code 31, the one real sample: BIS register, illegal stay,
/// income under the integration income, not insured → 100 %), the care types, and the checks of a decision — a
/// principle decision retroactive at most 60 days and lasting at most one year, hospitalisation always with ambulatory
/// care, covers inside the card's validity, at least one care type.
/// </summary>
public static class CarmedRules
{
    public static readonly IReadOnlyList<CarmedRefund> Refunds =
    [
        new("I", false, true, 31, 100.0, "Reg BIS - illégal - Revenus < RIS - non assuré", "BISreg - illegaal - Inkomen < leefloon - niet verzekerd"),
        new("I", false, false, 32, 0.0, "Reg BIS - illégal - Revenus > RIS - non assuré", "BISreg - illegaal - Inkomen > leefloon - niet verzekerd"),
        new("L", false, true, 21, 100.0, "Reg RN - légal - Revenus < RIS - non assuré", "RRreg - legaal - Inkomen < leefloon - niet verzekerd"),
        new("L", false, false, 22, 0.0, "Reg RN - légal - Revenus > RIS - non assuré", "RRreg - legaal - Inkomen > leefloon - niet verzekerd"),
        new("L", true, true, 11, 50.0, "assuré - Revenus < RIS : part patient", "verzekerd - Inkomen < leefloon: patiëntendeel"),
        new("L", true, false, 12, 0.0, "assuré - Revenus > RIS", "verzekerd - Inkomen > leefloon"),
    ];

    /// <summary>The care types of a card, in the order of the eHealth MedicalCover (our names, eHealth names).</summary>
    public static readonly IReadOnlyList<(string Ours, string EHealth)> CareTypes =
    [
        ("doctor", "Doctor"), ("hospitalisation", "Hospitalization"), ("ambulatoryHospitalisation", "AmbulatoryHospitalization"),
        ("medicalTransportation", "MedicalTransportation"), ("miscellaneous", "Miscellaneous"), ("paramedic", "Paramedic"),
        ("pharmaceuticalDrug", "PharmaceuticalDrug"), ("prosthesis", "Prosthesis"),
    ];

    public static readonly CarmedRefusal TooRetroactive = new("ECM001", "A principle decision may start at most 60 days before today.");
    public static readonly CarmedRefusal TooLong = new("ECM002", "A decision lasts at most one year.");
    public static readonly CarmedRefusal HospitalWithoutAmbulatory = new("ECM003", "Hospitalisation is always covered with ambulatory hospital care.");
    public static readonly CarmedRefusal Overlapping = new("ECM004", "The person already has a current decision for part of this period.");
    public static readonly CarmedRefusal UnknownCard = new("ECM005", "No current decision of your CPAS with this eCarmedNumber for this person.");
    public static readonly CarmedRefusal CoverOutside = new("ECM006", "A cover's validity lies outside the decision's validity, or no care type is covered.");
    public static readonly CarmedRefusal StopOutside = new("ECM007", "The end date must lie within the decision's validity.");

    /// <summary>The refund for a beneficiary at a date: status L/I from the register, insurance, own income of last year against the integration income.</summary>
    public static CarmedRefund Refund(PersonRow p, DateOnly on, HouseholdFinances finances)
    {
        string status = p.Register == Registers.Bis ? "I" : "L";
        bool insured = finances.Insurance(p, on) is not null;
        var income = Math.Round(finances.TaxableIncome(p, on.Year - 1, on), 2);
        bool below = income < SppisScales.Monthly(on, 2) * 12;
        return Refunds.FirstOrDefault(r => r.BeneficiaryStatus == status && r.Insured == insured && r.BelowIntegrationIncome == below)
            ?? Refunds.First(r => r.Insured == insured && r.BelowIntegrationIncome == below);
    }

    /// <summary>The checks of a decision's validity and covers; <paramref name="principle"/> adds the 60-day retroactivity rule.</summary>
    public static CarmedRefusal? Check(Period validity, XElement covers, DateOnly today, bool principle)
    {
        if (principle && validity.Start < today.AddDays(-60))
        {
            return TooRetroactive;
        }

        if (validity.End > validity.Start.AddYears(1).AddDays(-1))
        {
            return TooLong;
        }

        if (covers.Element("hospitalisation") is not null && covers.Element("ambulatoryHospitalisation") is null)
        {
            return HospitalWithoutAmbulatory;
        }

        var periods = covers.Elements().Select(Period).ToList();
        return periods.Count == 0 || periods.Any(c => c.Start < validity.Start || c.End > validity.End || c.End < c.Start) ? CoverOutside : null;
    }

    /// <summary>The covers cut at a stop date: those starting after it dropped, the others ending at it at the latest.</summary>
    public static XElement Clip(XElement covers, DateOnly end)
    {
        var clipped = new XElement(covers);
        foreach (var cover in clipped.Elements().ToList())
        {
            var p = Period(cover);
            if (p.Start > end)
            {
                cover.Remove();
            }
            else if (p.End > end)
            {
                cover.Element("validityPeriod")!.Element("endDate")!.Value = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return clipped;
    }

    public static Period Period(XElement cover) =>
        new(IsoDate.Parse(cover.Element("validityPeriod")!.Element("startDate")!.Value), IsoDate.Parse(cover.Element("validityPeriod")!.Element("endDate")!.Value));

    public static string Part(double part) => part.ToString("0.0", CultureInfo.InvariantCulture);
}
