using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.HolidayPeriods;

/// <summary>
/// The ONVA holiday periods (modelled; docs/decisions.md, "Fidelity round two: consultations"): for a holiday year, per
/// employment of the year before (the reference year), the months worked (prorated by working time), the days of annual
/// holiday they give (20 days for a full year, rounded down) and who pays the holiday pay — ONVA for manual workers
/// (joint committees 1xx and 3xx), the employer for the others. Control: 001–009, 030, 031 SYSDATE.
/// </summary>
public sealed class HolidayPeriodsService(PersonStore persons, RegistryDatabase db, IntegrationControl control) : ISsdnService
{
    public const string ServiceId = "OCMWCPASPensionRegisterConsult";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HolidayPeriods";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "SSIN")!.Value.Trim();
        int year = int.Parse(request.Element(Ns + "HolidayYear")!.Value.Trim(), CultureInfo.InvariantCulture);
        if (SsdnConsult.Check(ssin, persons, control, ControlTable.Get(ServiceId, "holidayPeriods"), call.Caller.Cbe, null, "holidayPeriods", out _, out var verdict) is { } refused)
        {
            return refused;
        }

        var careers = new CareerStore(db);
        var reference = (From: new DateOnly(year - 1, 1, 1), To: new DateOnly(year - 1, 12, 31));
        var entitlements = careers.Employments(ssin).Where(j => j.WorkerType != "STU").Select(j =>
        {
            var from = IsoDate.Parse(j.StartDate) > reference.From ? IsoDate.Parse(j.StartDate) : reference.From;
            var to = j.EndDate is { } e && IsoDate.Parse(e) < reference.To ? IsoDate.Parse(e) : reference.To;
            decimal months = to < from ? 0 : Math.Round((to.DayNumber - from.DayNumber + 1) / 365m * 12m * j.WorkingTime / 100m, 1);
            string committee = careers.Employer(j.EmployerCbe)?.JointCommittee ?? "200";
            return (Job: j, Months: months, Days: (int)Math.Floor(months / 12m * 20m), Onva: committee.StartsWith('1') || committee.StartsWith('3'));
        }).Where(x => x.Months > 0).ToList();
        var reply = new XElement(Ns + "HolidayPeriodsReply", new XElement(Ns + "SSIN", ssin), new XElement(Ns + "HolidayYear", year),
            entitlements.Select(x => new XElement(Ns + "Entitlement", new XElement(Ns + "EmployerCBE", x.Job.EmployerCbe),
                new XElement(Ns + "ReferenceYear", year - 1), new XElement(Ns + "MonthsWorked", x.Months.ToString("0.0", CultureInfo.InvariantCulture)),
                new XElement(Ns + "Days", x.Days), new XElement(Ns + "PayingBody", x.Onva ? "ONVA" : "EMPLOYER"))));
        return new SsdnOutcome([], reply) { Operation = "holidayPeriods", Ssin = ssin, QualityCodes = verdict.MatchedCodes };
    }
}
