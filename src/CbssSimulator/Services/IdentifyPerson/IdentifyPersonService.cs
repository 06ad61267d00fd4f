using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.IdentifyPerson;

/// <summary>
/// OCMWCPASIdentifyPerson 20050930: search by SSIN (with VerificationData), or phonetic search with the seeds'
/// birth-date tolerance. No integration control (services.md §4.2). Order of checks and combined details follow
/// docs/decisions.md, "IdentifyPerson: criteria first" to "IdentifyPerson: how many results": criteria are validated
/// first (31000007, 31009001), then 21007001, then verification.
/// </summary>
public sealed class IdentifyPersonService(PersonStore persons) : ISsdnService
{
    public static readonly XNamespace Ip = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson";

    /// <summary>Results when Maximum is absent (docs/decisions.md, "IdentifyPerson: how many results").</summary>
    public const int DefaultMaximum = 100;

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var criteria = request.Element(Ip + "SearchCriteria")!;
        string? ssin = Text(criteria.Element(Ip + "SSIN"));
        var phonetic = criteria.Element(Ip + "PhoneticCriteria");
        var verification = request.Element(Ip + "VerificationData");
        if (ssin is null && phonetic is null)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("Search Criteria", null)));
        }

        var errors = new List<SsdnDetail>();
        var query = phonetic is null ? null : PhoneticQuery.Read(phonetic, errors);
        if (verification?.Element(Ip + "PersonData") is { } personData && Text(personData.Element(Ip + "LastName")) is null)
        {
            errors.Add(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("Phonetic Information: Last Name", null)));
        }

        if (errors.Count > 0)
        {
            return SsdnOutcome.Error([.. errors]) with { Operation = "search" };
        }

        var outcome = ssin is not null ? BySsin(ssin, phonetic is not null, verification) : Phonetically(query!);
        return outcome with { Operation = "search" };
    }

    private SsdnOutcome BySsin(string ssin, bool phoneticGiven, XElement? verification)
    {
        var details = new List<SsdnDetail>();
        if (phoneticGiven)
        {
            details.Add(SsdnDetail.Of(SsdnReasonCodes.SsinAndPhonetic));
        }

        switch (Ssin.Check(ssin))
        {
            case SsinCheck.BadPattern:
                return SsdnOutcome.Error([.. details, SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("SSIN", ssin))]);
            case SsinCheck.BadChecksum:
                return SsdnOutcome.Error([.. details, SsdnDetail.Of(SsdnReasonCodes.SsinChecksum, ("SSIN", ssin))]);
        }

        if (SsdnSsin.Check(ssin, persons, out var found) is { } refused)
        {
            return SsdnOutcome.Error([.. details, .. refused.Details]);
        }

        var person = found!;

        bool validated = Verification.Check(person, verification, details);
        return new SsdnOutcome(details, Reply([Result(person, validated)]));
    }

    private SsdnOutcome Phonetically(PhoneticQuery query)
    {
        var hits = PhoneticSearch.Find(persons, query.LastName, query.FirstName, query.BirthDate, query.Tolerance ?? 0, query.Gender);
        if (hits.Count == 0)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NoPhoneticMatch));
        }

        int maximum = query.Maximum ?? DefaultMaximum;
        var details = new List<SsdnDetail>();
        if (hits.Count > maximum)
        {
            details.Add(SsdnDetail.Of(SsdnReasonCodes.TooManyMatches, ("Maximum", maximum.ToString()), ("Matches", hits.Count.ToString())));
        }

        return new SsdnOutcome(details, Reply(PhoneticSearch.Rows(persons, hits.Take(maximum)).Select(p => Result(p, validated: false))));
    }

    private static XElement Reply(IEnumerable<XElement> results) =>
        new(Ip + "IdentifyPersonReply", new XElement(Ip + "SearchResults", results));

    /// <summary>LimitedLegalData: Basic always, Extended only when the identity was validated (XSD annotation).</summary>
    private XElement Result(PersonRow p, bool validated)
    {
        var address = persons.CurrentAddress(p.Ssin);
        return new XElement(Ip + "LimitedLegalData",
            new XAttribute("origin", p.Register == Registers.Bis ? "BCSS_KSZ" : "RN_RR"),
            new XElement(Ip + "Basic",
                new XElement(Ip + "SocialSecurityUser", p.Ssin),
                new XElement(Ip + "LastName", p.LastName.ToUpperInvariant()),
                new XElement(Ip + "FirstName", p.FirstNames.ToUpperInvariant()),
                new XElement(Ip + "BirthDate", p.BirthDate),
                new XElement(Ip + "Gender", p.Sex),
                address is null ? null : new XElement(Ip + "Address",
                    new XElement(Ip + "CountryCode", 150),
                    new XElement(Ip + "MunicipalityCode", address.NisCode),
                    new XElement(Ip + "Municipality", new XAttribute("lang", address.Language), address.Municipality.ToUpperInvariant()),
                    new XElement(Ip + "PostalCode", address.PostalCode),
                    new XElement(Ip + "StreetCode", address.StreetCode),
                    new XElement(Ip + "Street", new XAttribute("lang", address.Language), address.Street.ToUpperInvariant()),
                    new XElement(Ip + "HouseNumber", address.HouseNumber),
                    address.Box is null ? null : new XElement(Ip + "Box", address.Box))),
            validated ? new XElement(Ip + "Extended",
                new XElement(Ip + "CivilState", p.CivilState),
                p.BirthPlaceNis is { } nis ? new XElement(Ip + "BirthLocationCode", nis) : null,
                new XElement(Ip + "BirthLocation", p.BirthPlaceName.ToUpperInvariant()),
                p.DeathDate is null ? null : new XElement(Ip + "DeceaseDate", p.DeathDate),
                new XElement(Ip + "InscriptionRegister", Registers.InscriptionRegister(p.Register)),
                new XElement(Ip + "NationalityCode", p.Nationality)) : null);
    }

    internal static string? Text(XElement? e) => e is null || string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();
}
