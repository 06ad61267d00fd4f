using System.Globalization;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// OCMWCPASL036 20060315 (shape from a real client): the multifunctional attestations of every CPAS for a person whose
/// validity overlaps the requested period, every version, ten per page (NextAnswerReference carries the next page;
/// absent on the last). RecentAnswer is true for a current (ACTIVE) version. Control 001–009, 040, SYSDATE.
/// </summary>
public sealed class L036Service(PersonStore persons, AttestationStore store, IntegrationControl control) : ISsdnService
{
    /// <summary>Its ServiceId, the key of its control-table rows (its module's row reads it).</summary>
    public const string ServiceId = "OCMWCPASL036";

    private static readonly XNamespace Ns = A036Service.Ns;
    public const int PageSize = 10;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Ns + "INSS")!.Value.Trim();
        if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
        {
            return refused with { Operation = "consult" };
        }

        var p = request.Element(Ns + "Period");
        var period = p is null ? new Period(DateOnly.MinValue, null)
            : new Period(IsoDate.Parse(p.Element(Ns + "BeginDate")!.Value), p.Element(Ns + "EndDate") is { } e ? IsoDate.Parse(e.Value) : null);
        string? next = request.Element(Ns + "L036")!.Element(Ns + "Request")?.Element(Ns + "NextAnswerReference")?.Value.Trim();
        int offset = 0;
        if (!string.IsNullOrEmpty(next) && (!int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset % PageSize != 0))
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("L036/Request/NextAnswerReference", next))) with { Operation = "consult" };
        }

        if (SsdnConsult.Check(ssin, persons, control, ControlTable.Get(ServiceId, "consult"), call.Caller.Cbe, null, "consult", out _, out var verdict) is { } notIntegrated)
        {
            return notIntegrated;
        }

        var all = store.ForSsin(ssin).Where(a => a.Validity.Overlaps(period)).ToList();
        var page = all.Skip(offset).Take(PageSize).ToList();
        var reply = new XElement(Ns + "L036RequestReply",
            new XElement(Ns + "L036", new XAttribute("processType", "L"),
                new XElement(Ns + "AnswerOK",
                    offset + PageSize < all.Count ? new XElement(Ns + "NextAnswerReference", (offset + PageSize).ToString(CultureInfo.InvariantCulture)) : null,
                    page.Select(a => new XElement(Ns + "A036", new XElement(Ns + "RecentAnswer", a.Status == Attestation036.Active ? "true" : "false"),
                        new XElement(Ns + "OcmwCpas", a.Cbe), a.Element(Ns))))),
            request.Element(Ns + "UniqueReference") is { } r ? new XElement(Ns + "UniqueReference", r.Value) : null,
            new XElement(Ns + "INSS", ssin), p is null ? null : new XElement(p));
        return new SsdnOutcome([], reply) { Operation = "consult", Ssin = ssin, QualityCodes = verdict.MatchedCodes };
    }
}
