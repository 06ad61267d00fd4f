using System.Xml.Linq;
using CbssSimulator.Registry;

namespace CbssSimulator.Services.PerformInvestigation;

/// <summary>The groups of a PerformInvestigation reply, built from the registry (shapes of the public schema).</summary>
internal static class InvestigationReply
{
    private static readonly XNamespace Pi = PerformInvestigationService.Pi;
    private static readonly XNamespace P = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Person";

    public static XElement FamilyComposition(IReadOnlyList<PersonRow> household) =>
        new(Pi + "FamilyComposition", new XAttribute("origin", "RN_RR"),
            household.Select(m => new XElement(Pi + "FamilyMember",
                new XElement(Pi + "SocialSecurityUser", m.Ssin),
                new XElement(Pi + "RelationShip", int.Parse(m.FamilyRole ?? "12", CultureInfo.InvariantCulture)),
                m.HouseholdSince is null ? null : new XElement(Pi + "EntryDate", m.HouseholdSince))));

    public static XElement Citizen(PersonRow p, AddressRow? address, PersonRow? partner) =>
        new(P + "Citizen", new XAttribute("origin", p.Register == Registers.Bis ? "BCSS_KSZ" : "RN_RR"),
            new XElement(P + "SocialSecurityUser", p.Ssin),
            new XElement(P + "InscriptionRegister", new XAttribute("modificationDate", p.RegisteredSince), Registers.InscriptionRegister(p.Register)),
            new XElement(P + "LegalData",
                Name(p),
                new XElement(P + "Gender", p.Sex),
                new XElement(P + "Birth", new XElement(P + "Date", p.BirthDate),
                    new XElement(P + "Location", p.BirthPlaceNis is { } nis ? new XElement(P + "Code", nis) : null, new XElement(P + "Description", p.BirthPlaceName))),
                new XElement(P + "CivilState", p.CivilStateSince is null ? null : new XAttribute("modificationDate", p.CivilStateSince),
                    new XElement(P + "Code", p.CivilState),
                    partner is null ? null : new XElement(P + "Partner",
                        new XElement(P + "SocialSecurityUser", partner.Ssin), Name(partner),
                        new XElement(P + "BirthDate", partner.BirthDate), new XElement(P + "Gender", partner.Sex))),
                p.DeathDate is null ? null : new XElement(P + "Decease", new XElement(P + "Date", p.DeathDate)),
                address is null ? null : new XElement(P + "AddressInformation", new XElement(P + "LegalAddress", Standard(address, P + "StandardAddress"))),
                new XElement(P + "Nationality", new XElement(P + "Code", p.Nationality),
                    new XElement(P + "Description", Tx25Labels.Country(p.Nationality, "fr")))));

    public static XElement AddressHistory(string ssin, IReadOnlyList<AddressRow> addresses) =>
        new(Pi + "AddressHistory",
            new XElement(Pi + "SocialSecurityUser", ssin),
            new XElement(Pi + "LegalAddresses", addresses.Reverse().Take(100).Select(a => Standard(a, Pi + "StandardAddress"))));

    /// <summary>Waiting-register data (modelled codes, listed in the README): asylum application, file, institution, document, alias.</summary>
    public static XElement WaitRegister(PersonRow p, AddressRow? address) =>
        new(Pi + "WaitRegister",
            new XElement(Pi + "SocialSecurityUser", p.Ssin),
            new XElement(Pi + "RefugeeSituationH205", new XElement(Pi + "RefugeeSituation",
                new XElement(Pi + "demandDate", p.RegisteredSince), new XElement(Pi + "qualityCode", 1))),
            new XElement(Pi + "RefugeeAdministriveFileH206", new XElement(Pi + "RefugeeAdministrativeFile",
                new XElement(Pi + "administrativeSituationDate", p.RegisteredSince),
                new XElement(Pi + "administrativeSituationCode", 1),
                address is null ? null : new XElement(Pi + "municipalityCodeOrAidCenter", address.NisCode),
                address is null ? null : new XElement(Pi + "municipalityDescription", address.Municipality),
                new XElement(Pi + "openClosedCode", 1),
                address is null ? null : new XElement(Pi + "nisCode", address.NisCode))),
            new XElement(Pi + "RefugeeInstitutionH207", new XElement(Pi + "RefugeeInstitution",
                new XElement(Pi + "inscriptionDate", p.RegisteredSince),
                new XElement(Pi + "typeOfAid", 2),
                address is null ? null : new XElement(Pi + "municipalityDescription", address.Municipality),
                address is null ? null : new XElement(Pi + "cpasCode", address.NisCode))),
            new XElement(Pi + "RefugeeDocumentH211", new XElement(Pi + "RefugeeDocument",
                new XElement(Pi + "InscriptionDate", p.RegisteredSince), new XElement(Pi + "documentTypeCode", 1))),
            new XElement(Pi + "RefugeeDataH213", new XElement(Pi + "aliasFull", $"{p.LastName.ToUpperInvariant()} {p.FirstNames.ToUpperInvariant()}".Trim())));

    private static XElement Name(PersonRow p) =>
        new(P + "Name", new XElement(P + "LastName", p.LastName), p.FirstNames.Length == 0 ? null : new XElement(P + "FirstName", p.FirstNames));

    /// <summary>A StandardAddressType (children in the Person namespace) under the element name its parent declares.</summary>
    private static XElement Standard(AddressRow a, XName element) =>
        new(element, new XAttribute("origin", "RN_RR"), new XAttribute("modificationDate", a.FromDate),
            new XElement(P + "Country", new XElement(P + "Code", 150), new XElement(P + "Description", "Belgique")),
            new XElement(P + "Municipality", new XElement(P + "Code", a.NisCode),
                new XElement(P + "Description", new XAttribute("lang", a.Language), a.Municipality), new XElement(P + "PostalCode", a.PostalCode)),
            new XElement(P + "Street", new XElement(P + "Code", a.StreetCode), new XElement(P + "Description", new XAttribute("lang", a.Language), a.Street)),
            new XElement(P + "HouseNumber", a.HouseNumber),
            a.Box is null ? null : new XElement(P + "Box", a.Box));
}
