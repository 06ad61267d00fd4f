using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;
using Dapper;

namespace CbssSimulator.Services.Kbi;

/// <summary>A referral (toeleiding) of a newcomer by a Flemish CPAS to the civic-integration agency.</summary>
internal sealed record Toeleiding(long Id, string Ssin, string Cpas, string Date, string Reason)
{
    public string Reference => "TL" + Id.ToString("00000000", CultureInfo.InvariantCulture);
}

/// <summary>The referrals registered through registreerToeleiding, per sandbox in the registry database.</summary>
internal sealed class ToeleidingStore(RegistryDatabase db)
{
    public const string Schema = """
        CREATE TABLE KbiToeleiding (Id INTEGER PRIMARY KEY, Ssin TEXT NOT NULL, Cpas TEXT NOT NULL, Date TEXT NOT NULL, Reason TEXT NOT NULL);
        CREATE INDEX KbiToeleidingSsin ON KbiToeleiding (Ssin);
        """;

    public IReadOnlyList<Toeleiding> ForSsin(string ssin)
    {
        using var c = db.Open();
        return c.Query<Toeleiding>("SELECT Id, Ssin, Cpas, Date, Reason FROM KbiToeleiding WHERE Ssin = @ssin ORDER BY Id", new { ssin }).ToList();
    }

    public Toeleiding Add(string ssin, string cpas, string date, string reason)
    {
        using var c = db.Open();
        long id = c.ExecuteScalar<long>("INSERT INTO KbiToeleiding (Ssin, Cpas, Date, Reason) VALUES (@ssin, @cpas, @date, @reason); SELECT last_insert_rowid();",
            new { ssin, cpas, date, reason });
        return new Toeleiding(id, ssin, cpas, date, reason);
    }
}

/// <summary>
/// KBI Inburgering (modelled contract): Inburgering.geefDossierKBI and Inburgering.registreerToeleiding, Flemish CPAS
/// only, 001–009 at SYSDATE. A person of foreign nationality has a civic-integration file derived from the number:
/// obliged (inburgeringsplichtig) outside Europe (nationality codes 1xx), entitled (rechthebbend) within it; its Dutch
/// (NT2) and civic-orientation courses with attendance and result; plus the referrals registered. A Belgian has no file
/// until referred (docs/vesta.md, "KBI Inburgering").
/// </summary>
internal sealed class KbiService(PersonStore persons, IntegrationControl control, ToeleidingStore store) : ISsdnService
{
    public static readonly XNamespace I = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Inburgering";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string operation = request.Name.LocalName[..^"Request".Length];
        string ssin = request.Element(I + "SSIN")!.Value.Trim();
        var row = ControlTable.Get("KBIInburgering", operation);
        if (SsdnEachSsin.Check([(ssin, "newcomer")], persons, control, row, call.Caller, null, operation, out var matched) is { } refused)
        {
            return refused with { Ssin = ssin, Ssins = [] };
        }

        var person = persons.Find(ssin)!;
        XElement reply;
        if (operation == "registreerToeleiding")
        {
            var date = request.Element(I + "Datum") is { } d ? IsoDate.Parse(d.Value.Trim()[..10]) : call.Today;
            var added = store.Add(ssin, call.Caller.Cbe, IsoDate.Text(date), request.Element(I + "Reden")!.Value.Trim());
            reply = new XElement(I + "registreerToeleidingReply", new XElement(I + "SSIN", ssin), Write(added));
        }
        else
        {
            var referrals = store.ForSsin(ssin);
            bool foreign = person.Nationality != 150;
            reply = new XElement(I + "geefDossierKBIReply", new XElement(I + "SSIN", ssin),
                new XElement(I + "Resultaat", foreign || referrals.Count > 0 ? "GEVONDEN" : "GEEN_DOSSIER"),
                foreign || referrals.Count > 0 ? Dossier(person, foreign, referrals) : null);
        }

        return new SsdnOutcome([], reply) { Operation = operation, QualityCodes = matched, Ssin = ssin };
    }

    private static XElement Dossier(PersonRow person, bool foreign, IReadOnlyList<Toeleiding> referrals)
    {
        uint h = StableHash.Of("kbi" + person.Ssin);
        string since = referrals.Count > 0 && !foreign ? referrals[0].Date : person.RegisteredSince;
        string status = foreign && person.Nationality is < 100 or > 199 ? "inburgeringsplichtig" : "rechthebbend";
        return new XElement(I + "Dossier", new XElement(I + "Statuut", status), new XElement(I + "Sinds", since[..10]),
            foreign ? Course("Nederlands als tweede taal (NT2) A2", 50 + h % 51, h % 3 == 0) : null,
            foreign ? Course("Maatschappelijke oriëntatie", 40 + (h / 7) % 61, (h / 7) % 2 == 0) : null,
            referrals.Select(Write));
    }

    private static XElement Course(string name, uint attendance, bool passed) => new(I + "Cursus",
        new XElement(I + "Naam", name), new XElement(I + "Aanwezigheid", attendance.ToString(CultureInfo.InvariantCulture)),
        new XElement(I + "Resultaat", passed ? "BEHAALD" : "LOPEND"));

    private static XElement Write(Toeleiding t) => new(I + "Toeleiding", new XElement(I + "Id", t.Reference), new XElement(I + "Datum", t.Date),
        new XElement(I + "OCMW", t.Cpas), new XElement(I + "Reden", t.Reason));
}
