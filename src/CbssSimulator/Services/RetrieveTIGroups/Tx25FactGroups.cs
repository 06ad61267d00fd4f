using System.Xml.Linq;
using CbssSimulator.Registry;
using static CbssSimulator.Services.RetrieveTIGroups.Tx25Groups;

namespace CbssSimulator.Services.RetrieveTIGroups;

/// <summary>
/// The TIs built from the registry's National Register facts (<see cref="RnFact"/>), each in its xm25 shape:
/// 003, 006, 024, 026, 070, 110, 111, 113, 122, 123, 152, 153, 190–194, 197–199, 200, 202, 205–208, 210–214 and 252. 208 and 212 are
/// built like the others and left out of every view by <see cref="Tx25Groups.ShownToNobody"/> (seed 003 §5).
/// Without history, a TI gives its current elements only (those without an end).
/// </summary>
internal static class Tx25FactGroups
{
    private static readonly XNamespace R = RetrieveTIGroupsNamespaces.Rn;

    public static IEnumerable<(string Ti, XElement? Group)> Build(Tx25Subject s, string language, bool history)
    {
        var facts = s.Facts.Where(f => history || f.ToDate is null).ToLookup(f => f.Ti, StringComparer.Ordinal);
        IEnumerable<RnFact> Of(string ti) => facts[ti].OrderByDescending(f => f.FromDate, StringComparer.Ordinal);
        string L(string ti, string code) => RnCodes.Label(ti, code, language);
        XElement PlaceOf(string name, int? nis) => Code(name, (nis ?? 0).ToString(CultureInfo.InvariantCulture), PlaceName(nis, language));
        object?[] Head(RnFact f) => [Date("Date", D(f.FromDate)), f.ToDate is null ? null : Date("DelDate", D(f.ToDate).AddDays(1))];

        yield return ("006", List("CountriesOfOrigin", Of("006").Select(f => Item("CountryOfOrigin", "006", "A1", Head(f),
            Code("Country", f.Code, Tx25Labels.Country(int.Parse(f.Code, CultureInfo.InvariantCulture), language))))));
        yield return ("024", List("AddressReferences", Of("024").Select(f => Item("AddressReference", "024", "A1", Head(f)))));
        yield return ("026", List("TemporaryAbsences", Of("026").Select(f => Item("TemporaryAbsence", "026", "A1", Head(f), Code("TypeOfAbsence", f.Code, L("026", f.Code))))));
        yield return ("111", List("ParentalAuthorities", Of("111").Select(f => Item("ParentalAuthority", "111", "A1", Head(f),
            Code("Situation", f.Code, L("111", f.Code)), Code("Justification", f.Other ?? "1", L("111j", f.Other ?? "1"))))));
        yield return ("003", List("AscertainedLegalMainAddresses", Of("003").Select(f => Item("AscertainedLegalMainAddress", "003", "A1", Head(f),
            Code("InvestigationResult", f.Code, L("003", f.Code))))));
        yield return ("070", List("Occupations", Of("070").Select(f => Item("Occupation", "070", "A1", Head(f),
            Code("Occupation", f.Code, L("070", f.Code)), Code("SocialCategory", f.Other ?? "9", L("070c", f.Other ?? "9"))))));
        yield return ("110", List("Filiations", Of("110").Select(f => Item("Filiation", "110", "A1", Head(f), Code("FiliationType", f.Code, L("110", f.Code)),
            Parent("Parent1", s.Relative(f.Related)), Parent("Parent2", s.Relative(f.Other)), El("ActNumber", ActNumber(s.Person.Ssin)),
            f.Place is null ? null : PlaceOf("Place", f.Place)))));
        yield return ("113", List("Guardians", Of("113").Select(f => Item("Guardian", "113", "A1", Head(f), Code("Status", f.Code, L("113", f.Code)),
            Code("Justification", f.Other ?? "1", L("113j", f.Other ?? "1")), f.Text is null ? null : El("Graphic1", f.Text)))));
        yield return ("122", List("MarriageContracts", Of("122").Select(f => Item("MarriageContract", "122", "A1", Head(f),
            Code("TypeOfContract", f.Code, L("122", f.Code)), PlaceOf("Place", f.Place)))));
        yield return ("123", List("LegalCohabitations", Of("123").Where(f => s.Relative(f.Related) is not null).Select(f => Item("LegalCohabitation", "123", "A1", Head(f),
            new XElement(R + "Declaration", Date("RegistrationDate", D(f.FromDate)),
                new XElement(R + "Partner", Number(s.Relative(f.Related)!), Name(s.Relative(f.Related)!)), PlaceOf("Place", f.Place))))));
        yield return ("152", List("BurialModes", Of("152").Select(f => Item("BurialMode", "152", "A1", Head(f), Code("TypeOfBurial", f.Code, L("152", f.Code))))));
        yield return ("153", List("Funeral", Of("153").Select(f => Item("Funeral", "153", "A1", Head(f), Code("TypeOfFuneral", f.Code, L("153", f.Code)),
            PlaceOf("Place", f.Place), Date("DocumentDate", D(f.FromDate))))));
        yield return ("190", List("AcknowledgedWarTitles", Of("190").Select(f => Item("AcknowledgedWarTitle", "190", "A1", Head(f), Code("WarTitle", f.Code, L("190", f.Code))))));
        yield return ("191", List("DrivingLicenses", Of("191").Select(f => Item("DrivingLicense", "191", "A1", Head(f),
            Code("TypeOfLicense", f.Code, L("191", f.Code)), El("LicenseNumber", f.Number ?? ""), PlaceOf("Place", f.Place)))));
        yield return ("192", List("OrganDonations", Of("192").Select(f => Item("OrganDonation", "192", "A1", Head(f),
            Code("Declaration", f.Code, L("192", f.Code)), PlaceOf("Place", f.Place)))));
        yield return ("193", List("HawkersCards", Of("193").Select(f => Item("HawkersCard", "193", "A1", Head(f),
            new XElement(R + "Card", El("CardNumber", f.Number ?? "")), new XElement(R + "Categories", El("Code", f.Code), El("Category", f.Code)),
            PlaceOf("Place", f.Place), f.Expiry is null ? null : Date("ExpiryDate", D(f.Expiry))))));
        yield return ("194", List("DrivingLicensesOldModel", Of("194").Select(f => Item("DrivingLicense", "194", "A1", Head(f), El("LicenseNumber", f.Number ?? "")))));
        yield return ("197", List("EmploymentCards", Of("197").Select(f => Item("EmploymentCard", "197", "A1", Head(f), El("CardNumber", f.Number ?? ""), Date("ExpiryDate", D(f.Expiry!))))));
        yield return ("198", List("WorkPermits", Of("198").Select(f => Item("WorkPermit", "198", "A1", Head(f), El("PermitNumber", f.Number ?? ""), Date("ExpiryDate", D(f.Expiry!))))));
        yield return ("199", List("Passports", Of("199").Select(f => Item("Passport", "199", "A1", Head(f), Code("Status", f.Other ?? "1", L("199s", f.Other ?? "1")),
            new XElement(R + "PassportIdent", Code("PassportType", f.Code, L("199", f.Code)), El("PassportNumber", f.Number ?? "")),
            new XElement(R + "Issuer", PlaceOf("Place", f.Place)), Date("ExpiryDate", D(f.Expiry!))))));
        yield return ("200", List("PublicSecurityNumbers", Of("200").Select(f => Item("PublicSecurityNumber", "200", "A1", Head(f), El("PublicSecurityNumber", f.Number ?? "")))));
        yield return ("202", List("SpecialInfos", Of("202").Select(f => Item("SpecialInfo", "202", "A1", Head(f), El("Graphic1", L("202", f.Code)),
            f.Expiry is null ? null : El("Graphic2", (language switch { "nl" => "geldig tot ", "de" => "gültig bis ", _ => "valable jusqu'au " }) + f.Expiry)))));
        yield return ("205", List("RefugeeTypes", Of("205").Select(f => Item("RefugeeType", "205", "A1", Head(f), El("Code", f.Code), El("Label", L("205", f.Code))))));
        yield return ("206", List("StatusOfRefugee", Of("206").Select(f => Item("StatusOfRefugee", "206", "A1", Head(f),
            new XElement(R + "ApplicationFiled", El("Code", f.Code), El("Label", L("206", f.Code)), PlaceOf("Place", f.Place))))));
        yield return ("207", List("OrganizationsInCharge", Of("207").Select(f => Item("OrganizationInCharge", "207", "A1", Head(f),
            f.Code == "CPAS" ? new XElement(R + "SocialWelfare", PlaceOf("Place", f.Place)) : Code("RefugeeCentre", f.Code, L("207", f.Code))))));
        yield return ("208", List("PseudoNationalNumbers", Of("208").Select(f => Item("PseudoNationalNumber", "208", "A1", Head(f), El("PseudoNationalNumber", f.Number ?? "")))));
        yield return ("210", List("RegistrationRegisters", Registers(s, history).Select(r => Item("RegistrationRegister", "210", "A1", Date("Date", r.From),
            r.Until is { } u ? Date("DelDate", u) : null, Code("RegistrationRegister", r.Code, L("210", r.Code))))));
        yield return ("211", List("DocumentTypes", Of("211").Select(f => Item("DocumentType", "211", "A1", Head(f), Code("TypeOfDocument", f.Code, L("211", f.Code))))));
        yield return ("212", List("ChoosenResidences", Of("212").Select(f => Item("ChoosenResidence", "212", "A1", Head(f), El("Graphic", f.Text ?? "")))));
        yield return ("213", List("Aliases", Of("213").Select(f => Item("Alias", "213", "A1", Head(f), El("Type", f.Code), Name(f.Text ?? s.Person.LastName, s.Person.FirstNames)))));
        yield return ("214", List("StatedAddresses", Of("214").Select(f => Item("StatedAddress", "214", "A1", Head(f), Code("Organization", f.Code, L("214", f.Code)),
            StatedAddress(f.Text ?? RnCodes.StatedAddress)))));
        yield return ("252", Of("252").FirstOrDefault() is { } nc
            ? WithPrefix(Item("NotCommunicable", "252", "A1", Head(nc), Date("StartDate", D(nc.FromDate)), Date("EndDate", D(nc.Expiry!)))) : null);
    }

    /// <summary>TI 210, derived from the register: the waiting register, the foreigners' register, the population register (from a naturalisation on).</summary>
    private static IEnumerable<(DateOnly From, DateOnly? Until, string Code)> Registers(Tx25Subject s, bool history)
    {
        var p = s.Person;
        var registered = D(p.RegisteredSince);
        if (p.Register == Registry.Registers.Waiting)
        {
            yield return (registered, null, "3");
            yield break;
        }

        if (s.PastNationalities.Count > 0)
        {
            var naturalised = D(s.PastNationalities[^1].ToDate).AddDays(1);
            yield return (naturalised, null, "1");
            if (history)
            {
                yield return (registered, naturalised, "2");
            }

            yield break;
        }

        yield return (registered, null, p.Nationality == 150 ? "1" : "2");
    }

    private static XElement? Parent(string name, PersonRow? parent) => parent is null ? null : new XElement(R + name, Number(parent), Name(parent));

    private static XElement StatedAddress(string text)
    {
        var f = text.Split('|');
        return new XElement(R + "Address", El("ZipCode", f[0]), new XElement(R + "Street", El("Graphic", f[1])), El("HouseNumber", f[2]));
    }

    private static XElement WithPrefix(XElement e)
    {
        e.Add(new XAttribute(XNamespace.Xmlns + "r", R.NamespaceName));
        return e;
    }
}
