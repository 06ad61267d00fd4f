using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Sources.Vesta;
using K = CbssSimulator.Sources.Vesta.VestaKinds;

namespace CbssSimulator.Services.Vesta;

/// <summary>Writes the records of the Vesta world as the reply elements of contracts/ssdn/SSDN/Vesta/Vesta.xsd.</summary>
internal sealed class VestaWriter(VestaWorld world)
{
    private static readonly XNamespace V = VestaRequest.V;

    public static Period PeriodOf(VestaRecord r) => new(IsoDate.Parse(r.StartDate), r.EndDate is null ? null : IsoDate.Parse(r.EndDate));

    /// <summary>The hours between two times of one day ("09:00", "12:30" → "3.50"); a stop before the start runs past midnight.</summary>
    public static string Hours(string start, string stop)
    {
        static int Minutes(string t) => int.Parse(t[..2], CultureInfo.InvariantCulture) * 60 + int.Parse(t[3..5], CultureInfo.InvariantCulture);
        int minutes = Minutes(stop) - Minutes(start);
        return ((minutes < 0 ? minutes + 24 * 60 : minutes) / 60m).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static XElement PeriodElement(string name, VestaRecord r) => new(V + name,
        new XElement(V + "StartDate", r.StartDate), r.EndDate is null ? null : new XElement(V + "EndDate", r.EndDate));

    private XElement HomeCareService(string? cbe)
    {
        var known = cbe is null ? null : world.HomeCareServiceOf(cbe);
        return new XElement(V + "HomeCareService", new XElement(V + "CbeNumber", cbe ?? "0000000000"), new XElement(V + "Name", known?.Name ?? "-"));
    }

    public Func<string, XElement> Collaborator(string cpas) => ssin => new XElement(V + "Collaborator",
        new XElement(V + "SSIN", ssin),
        world.BySsin(cpas, K.Employment, ssin).Select(e => e.Extra).Distinct().Select(l => new XElement(V + "LicenceNumber", l)),
        world.BySsin(cpas, K.CareStatus, ssin).Select(c => new XElement(V + "CareStatus", new XElement(V + "Value", c.Value), new XElement(V + "ValidFrom", c.StartDate))));

    public XElement Employment(VestaRecord e) => new(V + "Employment",
        new XElement(V + "SSIN", e.Ssin), HomeCareService(e.HomeCareService), new XElement(V + "Function", e.Value),
        new XElement(V + "LicenceNumber", e.Extra), PeriodElement("Period", e));

    public XElement Dossier(VestaRecord d)
    {
        IReadOnlyList<VestaRecord> Of(string kind) => world.ByDossier(d.Cpas, kind, d.DossierNumber!);
        return new XElement(V + "Dossier",
            new XElement(V + "DossierNumber", d.DossierNumber), new XElement(V + "Client", d.Ssin), HomeCareService(d.HomeCareService),
            new XElement(V + "HelpType", d.Value), new XElement(V + "Municipality", d.Extra), new XElement(V + "ValidFrom", d.StartDate),
            Of(K.Profile).Select(p => new XElement(V + "Profile", new XElement(V + "Value", p.Value), new XElement(V + "ValidFrom", p.StartDate))),
            Of(K.Contribution).Select(p => new XElement(V + "Contribution", new XElement(V + "Value", p.Value), new XElement(V + "ValidFrom", p.StartDate))),
            Of(K.ActivePeriod).Select(p => PeriodElement("ActivePeriod", p)),
            Of(K.HelpPeriod).Select(p => new XElement(V + "HelpPeriod", new XElement(V + "HelpType", p.Value), PeriodElement("Period", p))));
    }

    public static XElement Performance(VestaRecord p) => new(V + "Performance",
        new XElement(V + "DossierNumber", p.DossierNumber), new XElement(V + "Collaborator", p.Ssin), new XElement(V + "Date", p.StartDate),
        p.Extra is { Length: 11 } times ? new XElement(V + "StartTime", times[..5]) : null,
        p.Extra is { Length: 11 } times2 ? new XElement(V + "StopTime", times2[6..]) : null,
        new XElement(V + "Hours", p.Value));
}
