using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.ReferenceManager;

/// <summary>
/// ReferenceManager.consult 20050525 (modelled contract): the integrations of an SSIN in other sectors. Control: the
/// caller holds the declared QualityCodeRequestor (one of 001–009, 020, 021, 030) in a period overlapping the declared
/// IntegratedPeriod (OVERLAP). Answers the other sectors' integrations overlapping RequestedPeriod (all when absent).
/// ServiceId "ReferenceManager" (or "ReferenceManager.consult").
/// </summary>
public sealed class ReferenceManagerService(PersonStore persons, RegistryDatabase db, IntegrationControl control) : ISsdnService
{
    public static readonly XNamespace Rm = "http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade";
    private static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";
    public static readonly ControlRow Row = ControlTable.Get("ReferenceManager", "consult");

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var c = request.Element(Rm + "ConsultOtherSectorsCriteria")!;
        string ssin = c.Element(Rm + "RequestedSsin")!.Value.Trim();
        int requestor = int.Parse(c.Element(Rm + "QualityCodeRequestor")!.Value.Trim(), CultureInfo.InvariantCulture);
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "consult" };
        }

        var verdict = control.Check(Row, call.Caller.Cbe, ssin, Period(c.Element(Rm + "IntegratedPeriod")!));
        if (!verdict.MatchedCodes.Contains(requestor))
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NotIntegrated, ("SSIN", ssin), ("OrgUnit", call.Caller.Cbe),
                ("QualityCodeRequestor", requestor.ToString("000", CultureInfo.InvariantCulture)))) with { Operation = "consult" };
        }

        var asked = c.Element(Rm + "RequestedPeriod") is { } r ? Period(r) : (Period?)null;
        bool descriptions = c.Element(Rm + "FetchDescriptions")?.Value.Trim() is "true" or "1";
        var found = OtherSectors.ForSsin(db, ssin)
            .Select(i => (Row: i, Period: new Period(IsoDate.Parse(i.StartDate), i.EndDate is null ? null : IsoDate.Parse(i.EndDate))))
            .Where(i => asked is null || i.Period.Overlaps(asked.Value));
        var reply = new XElement(Rm + "ReferenceManagerReply", new XElement(Rm + "RequestedSsin", ssin),
            found.Select(i => new XElement(Rm + "Consultation",
                new XElement(Rm + "Sector", i.Row.Sector),
                new XElement(Rm + "QualityCode", i.Row.QualityCode),
                new XElement(Rm + "Period", new XElement(Common + "StartDate", i.Row.StartDate), i.Row.EndDate is null ? null : new XElement(Common + "EndDate", i.Row.EndDate)),
                descriptions && OtherSectors.Find(i.Row.Sector) is { } s
                    ? new[] { new XElement(Rm + "SectorDescription", new XAttribute("lang", "fr"), s.NameFr), new XElement(Rm + "SectorDescription", new XAttribute("lang", "nl"), s.NameNl) }
                    : null)));
        return new SsdnOutcome([], reply) { Operation = "consult", QualityCodes = verdict.MatchedCodes };
    }

    private static Period Period(XElement p) => new(IsoDate.Parse(p.Element(Common + "StartDate")!.Value[..10]),
        p.Element(Common + "EndDate") is { } e ? IsoDate.Parse(e.Value[..10]) : null);
}
