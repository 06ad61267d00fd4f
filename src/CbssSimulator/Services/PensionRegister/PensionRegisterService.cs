using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Pensions;

namespace CbssSimulator.Services.PensionRegister;

/// <summary>
/// OCMWCPASPensionRegisterConsult 20090706 (modelled contract): the pension cadastre behind the PENSION5Y control —
/// the caller's integration (001–009, 030, 031) extended by the five preceding years must contain the whole requested
/// period. The right is the pension cadastre's (<see cref="PensionRights"/>): from the month after the 65th birthday,
/// paid by the SFP, a retirement pension after a career, else the income guarantee (GRAPA); monthly payments up to D
/// (or the death). No right → a reply without Right (nothing at the source).
/// </summary>
public sealed class PensionRegisterService(PersonStore persons, RegistryDatabase db, IntegrationControl control, Clock.SimulatorClock clock) : ISsdnService
{
    public static readonly XNamespace Pr = "http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister";
    private static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";
    public static readonly ControlRow Row = ControlTable.Get("OCMWCPASPensionRegisterConsult", "consult");

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Pr + "TargetSSIN")!.Value.Trim();
        var p = request.Element(Pr + "Period")!;
        var start = IsoDate.Parse(p.Element(Common + "StartDate")!.Value[..10]);
        var end = p.Element(Common + "EndDate") is { } e ? IsoDate.Parse(e.Value[..10]) : call.Today;
        if (SsdnSsin.Check(ssin, persons, out var person) is { } refused)
        {
            return refused with { Operation = "consult" };
        }

        if (end < start)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("Period/EndDate", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))) with { Operation = "consult" };
        }

        if (SsdnConsult.Check(ssin, persons, control, Row, call.Caller.Cbe, new Period(start, end), "consult", out _, out var verdict) is { } notIntegrated)
        {
            return notIntegrated;
        }

        var reply = new XElement(Pr + "Penskad_OpenPK_ConsultReply", new XElement(Pr + "TargetSSIN", ssin));
        if (PensionRights.Right(person!, new CareerStore(db).Employments(ssin).Count > 0, clock.Today) is { } right)
        {
            var rightEnd = person!.DeathDate is { } death ? IsoDate.Parse(death) : (DateOnly?)null;
            reply.Add(new XElement(Pr + "Right",
                new XElement(Pr + "PayingBody", new XElement(Pr + "Code", "SFP"), new XElement(Pr + "Name", "Service fédéral des Pensions")),
                new XElement(Pr + "Nature", right.Nature), new XElement(Pr + "StartDate", right.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                rightEnd is null ? null : new XElement(Pr + "EndDate", rightEnd.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new XElement(Pr + "MonthlyAmount", right.Amount.ToString("0.00", CultureInfo.InvariantCulture))));
            var last = new[] { end, clock.Today, rightEnd ?? DateOnly.MaxValue }.Min();
            foreach (var m in Months(right.Start > start ? right.Start : start, last))
            {
                reply.Add(new XElement(Pr + "Payment", new XElement(Pr + "Month", m.ToString("yyyy-MM", CultureInfo.InvariantCulture)), new XElement(Pr + "PayingBody", "SFP"),
                    new XElement(Pr + "Amount", right.Amount.ToString("0.00", CultureInfo.InvariantCulture))));
            }
        }

        return new SsdnOutcome([], reply) { Operation = "consult", QualityCodes = verdict.MatchedCodes };
    }

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            yield return m;
        }
    }
}
