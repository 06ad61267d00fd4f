using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.ManageAccess;

/// <summary>
/// OCMWCPASManageAccess 20050930: REGISTER (proof of authentication checked, seed 003 registration rules, merge with the CPAS's
/// touching periods), UNREGISTER (no control, no proof; shortens or splits), LIST (proof of authentication checked;
/// every CPAS's registrations that overlap the period; any CPAS may see them). The reply carries the OriginalRequest and the Registrations.
/// </summary>
public sealed class ManageAccessService(PersonStore persons, CpasStore cpas, IntegrationStore integrations) : ISsdnService
{
    public static readonly XNamespace Ma = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess";
    private static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var outcome = Answer(call, request);
        var purpose = request.Element(Ma + "Purpose")?.Value.Trim();
        return outcome with
        {
            Operation = request.Element(Ma + "Action")!.Value.Trim(),
            QualityCodes = int.TryParse(purpose, NumberStyles.Integer, CultureInfo.InvariantCulture, out int code) ? [code] : [],
        };
    }

    private SsdnOutcome Answer(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ma + "SSIN")!.Value.Trim();
        string action = request.Element(Ma + "Action")!.Value.Trim();
        string? purposeText = request.Element(Ma + "Purpose")?.Value.Trim();
        int? purpose = int.TryParse(purposeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int p) ? p : null;
        var periodElement = request.Element(Ma + "Period")!;
        var start = Date(periodElement.Element(Common + "StartDate")!.Value);
        DateOnly? end = periodElement.Element(Common + "EndDate") is { } e ? Date(e.Value) : null;
        string? queryRegister = request.Element(Ma + "QueryRegister")?.Value.Trim();
        string? sector = request.Element(Ma + "Sector")?.Value.Trim();

        if (SsdnSsin.Check(ssin, persons, out var found) is { } unknown)
        {
            return unknown;
        }

        var person = found!;

        if (action != "LIST" && purpose is null)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("Purpose", null)));
        }

        // Seed 003 (ManageAccess row): integration and consultation need the proof of authentication, removal does not
        // (docs/decisions.md, "ManageAccess LIST checks the proof").
        if (action != "UNREGISTER" && Proof.Check(person, request.Element(Ma + "ProofOfAuthentication")!) is { } refused)
        {
            return SsdnOutcome.Error(refused);
        }

        var details = new List<SsdnDetail>();
        var shown = new Period(start, end);
        if (action == "REGISTER")
        {
            var rules = RegistrationRules.Check(purpose!.Value, start, end, call.Today);
            if (rules.Error is not null)
            {
                return SsdnOutcome.Error(new SsdnDetail(SsdnReasonCodes.PeriodRule,
                    [(rules.ErrorField!, rules.ErrorField == "Purpose" ? purposeText : Iso(rules.ErrorField == "EndDate" ? end : start))], rules.Error));
            }

            if (rules.Warning is not null)
            {
                details.Add(new SsdnDetail(SsdnReasonCodes.EndShortened, [("EndDate", Iso(rules.Period!.Value.End))], rules.Warning));
            }

            shown = integrations.Register(call.Caller.Cbe, ssin, purpose.Value, rules.Period!.Value);
        }
        else if (action == "UNREGISTER")
        {
            integrations.Unregister(call.Caller.Cbe, ssin, purpose!.Value, new Period(start, end));
        }

        var registrations = sector is not null && sector != "17"
            ? []
            : integrations.ForSsin(ssin).Where(i => i.Period.Overlaps(shown) && (action != "LIST" || purpose is null || i.QualityCode == purpose)).ToList();
        return new SsdnOutcome(details, Reply(ssin, purpose ?? 0, start, end, action, queryRegister, registrations));
    }

    private XElement Reply(string ssin, int purpose, DateOnly start, DateOnly? end, string action, string? queryRegister, IReadOnlyList<Integration> found)
    {
        string register = queryRegister ?? "ALL";
        var rows = new List<XElement>();
        if (register is "SECONDARY" or "ALL")
        {
            rows.AddRange(found.Select(i => Registration(i.QualityCode, i.Period, OrgUnit(i.Cbe), "SECONDARY")));
        }

        if (register is "PRIMARY" or "ALL")
        {
            rows.AddRange(found.Select(i => (i.QualityCode, i.Period)).Distinct().Select(i => Registration(i.QualityCode, i.Period, "17", "PRIMARY")));
        }

        return new XElement(Ma + "ManageAccessReply",
            new XElement(Ma + "OriginalRequest",
                new XElement(Ma + "SSIN", ssin),
                new XElement(Ma + "Purpose", purpose),
                PeriodElement(new Period(start, end)),
                new XElement(Ma + "Action", action),
                queryRegister is null ? null : new XElement(Ma + "Register", queryRegister)),
            rows);
    }

    private static XElement Registration(int code, Period period, string orgUnit, string register) =>
        new(Ma + "Registrations",
            new XElement(Ma + "Purpose", code),
            PeriodElement(period),
            new XElement(Ma + "OrgUnit", orgUnit),
            new XElement(Ma + "Register", register));

    /// <summary>Dates with the Brussels offset, as in the captured real reply (2012-05-24+02:00).</summary>
    private static XElement PeriodElement(Period p) =>
        new(Ma + "Period",
            new XElement(Common + "StartDate", Zoned(p.Start)),
            p.End is { } end ? new XElement(Common + "EndDate", Zoned(end)) : null);

    private static string Zoned(DateOnly d)
    {
        var offset = SimulatorClock.BrusselsOffset(d);
        return $"{IsoDate.Text(d)}{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}";
    }

    /// <summary>
    /// The CPAS's municipality NIS code (docs/decisions.md, "ManageAccess OrgUnit"); a caller-added CPAS has none, so
    /// its KBO number stands in.
    /// </summary>
    private string OrgUnit(string cbe) => cpas.Find(cbe)?.NisCode?.ToString() ?? cbe;

    private static DateOnly Date(string xsDate) => IsoDate.Parse(xsDate);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
