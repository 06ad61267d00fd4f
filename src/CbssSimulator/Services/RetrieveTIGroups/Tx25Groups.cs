using System.Xml.Linq;
using CbssSimulator.Registry;

namespace CbssSimulator.Services.RetrieveTIGroups;

/// <summary>What the caller may see: every served TI for an applicant (001–009), the debtor column for 030 alone (services.md §6).</summary>
public enum Tx25View
{
    Applicant,
    Debtor,
}

/// <summary>The person, household, addresses and National Register facts one Tx25 answer is built from; <see cref="Relatives"/> the persons its facts name.</summary>
public sealed record Tx25Subject(PersonRow Person, IReadOnlyList<AddressRow> Addresses, IReadOnlyList<PersonRow> Household, PersonRow? Partner,
    IReadOnlyList<PastName> PastNames, IReadOnlyList<PastNationality> PastNationalities, IReadOnlyList<RnFact> Facts, IReadOnlyDictionary<string, PersonRow> Relatives)
{
    public PersonRow? Relative(string? ssin) => ssin is not null && Relatives.TryGetValue(ssin, out var p) ? p : null;
}

/// <summary>
/// Builds the rrn_it_implicit groups (National Register TIs, xm25 shapes) from the registry: 000, 001, 010, 020, 031,
/// 100, 101, 120, 140, 141, 150 and 195 here, the TIs of the registry's facts in <see cref="Tx25FactGroups"/>;
/// <see cref="Tx25View.Debtor"/> leaves out the applicant-only ones, and 208 and 212 are shown to nobody (seed 003 §5).
/// Without history, only the current element of each group is given.
/// </summary>
public static class Tx25Groups
{
    private static readonly XNamespace R = RetrieveTIGroupsNamespaces.Rn;

    /// <summary>TIs seed 003 §5 lets CPAS see for applicants only; left out of a debtor view.</summary>
    public static readonly IReadOnlySet<string> ApplicantOnly = new HashSet<string>
    {
        "006", "073", "074", "110", "123", "152", "153", "190", "191", "192", "193", "194", "195", "197", "198", "199",
        "202", "205", "206", "207", "210", "211", "213", "214",
    };

    /// <summary>TIs seed 003 §5 lets no CPAS see (the waiting register's compulsory registration number and elected domicile).</summary>
    public static readonly IReadOnlySet<string> ShownToNobody = new HashSet<string> { "208", "212" };

    /// <summary>The groups as the reply carries them: each element's XML, one after the other, namespaces declared on each.</summary>
    public static string Text(IReadOnlyList<XElement> groups) => string.Concat(groups.Select(g => g.ToString(SaveOptions.DisableFormatting)));

    public static IReadOnlyList<XElement> Build(Tx25Subject s, string language, bool history, Tx25View view)
    {
        var p = s.Person;
        var birth = IncompleteDate.Parse(p.BirthDate);
        var groups = new List<(string Ti, XElement? Group)>
        {
            ("000", Group("NationalNumber", "000", "A1", R + "NationalNumber", El("NationalNumber", p.Ssin), Date("Date", birth), El("Sex", p.Sex == 2 ? "2" : "1"))),
            ("001", List("FileOwner", Residences(s.Addresses, history).Select(a => Item("Residences", "001", "A1", Date("Date", a.From),
                Code("Residence", a.Address.NisCode.ToString(), a.Address.Municipality), El("Fusion", "0"), El("Language", a.Address.Language == "fr" ? "1" : "2"))))),
            ("010", List("Names", Names(s, birth, history))),
            ("020", List("LegalMainAddresses", Current(s.Addresses, history).Select(a => Item("LegalMainAddress", "020", "A1",
                Date("Date", D(a.FromDate)), a.ToDate is null ? null : Date("DelDate", D(a.ToDate).AddDays(1)),
                new XElement(R + "Address", El("ZipCode", a.PostalCode),
                    new XElement(R + "Street", El("Code", $"{a.PostalCode}{a.StreetCode:0000}"), El("Label", a.Street)),
                    El("HouseNumber", a.HouseNumber), a.Box is null ? null : El("Box", a.Box)))))),
            ("031", List("Nationalities", Nationalities(s, language, history))),
            ("100", Group("BirthPlace", "100", "A1", null, Date("Date", birth), El("ActNumber", ActNumber(p.Ssin)),
                p.BirthPlaceNis is { } nis ? Code("Place1", nis.ToString(CultureInfo.InvariantCulture), PlaceName(nis, language))
                    : new XElement(R + "Place2", Code("Country", p.BirthCountry.ToString(), Tx25Labels.Country(p.BirthCountry, language)), El("Graphic", p.BirthPlaceName)))),
            ("101", birth.IsComplete ? null : Group("DeclaredBirthDate", "101", "A1", null, Date("Date", D(p.RegisteredSince)),
                Date("DeclaredBirthDate", birth), Code("Certificate", "01", Tx25Labels.DeclaredBirthDate(language)))),
            ("120", List("CivilStates", CivilStates(s, birth, language, history))),
            ("140", List("FamilyMembers", FamilyMembers(s, language))),
            ("141", List("HeadOfFamily", HeadOfFamily(s, language))),
            ("150", p.DeathDate is null ? null : List("Deceases", [Item("Decease", "150", "A1", Date("Date", D(p.DeathDate)),
                new XElement(R + "Decease", El("ActNumber", ActNumber(p.Ssin)), Code("Place1", (s.Addresses.LastOrDefault()?.NisCode ?? 0).ToString(CultureInfo.InvariantCulture), PlaceName(s.Addresses.LastOrDefault()?.NisCode, language))))])),
            ("195", p.EidCard is null ? null : List("IdentityCards", [Item("IdentityCard", "195", "F1", Date("Date", D(p.EidValidFrom!)),
                Code("TypeOfCard", Tx25Labels.Card(p.Nationality, language).Code, Tx25Labels.Card(p.Nationality, language).Label),
                El("CardNumber", $"{p.EidCard[..3]}-{p.EidCard[3..10]}-{p.EidCard[10..]}"),
                new XElement(R + "Delivery", Code("Place", (s.Addresses.LastOrDefault()?.NisCode ?? 0).ToString(CultureInfo.InvariantCulture), PlaceName(s.Addresses.LastOrDefault()?.NisCode, language))),
                Date("ExpiryDate", D(p.EidValidTo!)))])),
        };
        groups.AddRange(Tx25FactGroups.Build(s, language, history));

        return groups.Where(g => g.Group is not null && !ShownToNobody.Contains(g.Ti) && (view == Tx25View.Applicant || !ApplicantOnly.Contains(g.Ti)))
            .Select(g => g.Group!).ToList();
    }

    /// <summary>TI 010: the current name (since the last change, else birth) and, with history, the former ones with their end.</summary>
    private static IEnumerable<XElement> Names(Tx25Subject s, IncompleteDate birth, bool history)
    {
        var current = Item("Name", "010", "A1", s.PastNames.Count == 0 ? Date("Date", birth) : Date("Date", D(s.PastNames[^1].ToDate).AddDays(1)), Name(s.Person.LastName, s.Person.FirstNames));
        yield return current;
        foreach (var past in history ? s.PastNames.Reverse() : [])
        {
            yield return Item("Name", "010", "A1", Date("Date", IncompleteDate.Parse(past.FromDate)), Date("DelDate", D(past.ToDate).AddDays(1)), Name(past.LastName, past.FirstNames));
        }
    }

    /// <summary>TI 031: the current nationality (since a naturalisation, else registration) and, with history, the former ones.</summary>
    private static IEnumerable<XElement> Nationalities(Tx25Subject s, string language, bool history)
    {
        var p = s.Person;
        var since = s.PastNationalities.Count == 0 ? D(p.RegisteredSince) : D(s.PastNationalities[^1].ToDate).AddDays(1);
        yield return Item("Nationality", "031", "B1", Date("Date", since), Code("Nationality", p.Nationality.ToString(), Tx25Labels.Country(p.Nationality, language)));
        foreach (var past in history ? s.PastNationalities.Reverse() : [])
        {
            yield return Item("Nationality", "031", "B1", Date("Date", D(past.FromDate)), Date("DelDate", D(past.ToDate).AddDays(1)),
                Code("Nationality", past.Code.ToString(), Tx25Labels.Country(past.Code, language)));
        }
    }

    private static IEnumerable<(DateOnly From, AddressRow Address)> Residences(IReadOnlyList<AddressRow> addresses, bool history)
    {
        var stints = new List<(DateOnly From, AddressRow Address)>();
        foreach (var a in addresses)
        {
            if (stints.Count == 0 || stints[^1].Address.NisCode != a.NisCode)
            {
                stints.Add((D(a.FromDate), a));
            }
        }

        stints.Reverse();
        return history ? stints : stints.Take(1);
    }

    private static IEnumerable<AddressRow> Current(IReadOnlyList<AddressRow> addresses, bool history) =>
        history ? addresses.Reverse() : addresses.Where(a => a.ToDate is null);

    private static IEnumerable<XElement> CivilStates(Tx25Subject s, IncompleteDate birth, string language, bool history)
    {
        var p = s.Person;
        var since = p.CivilStateSince is null ? (DateOnly?)null : D(p.CivilStateSince);
        var current = Item("CivilState", "120", "B1", since is { } d ? Date("Date", d) : Date("Date", birth),
            Code("CivilState", p.CivilState.ToString(), Tx25Labels.CivilState(p.CivilState, language)),
            p.CivilState == 20 && s.Partner is { } partner
                ? new XElement(R + "Spouse", Number(partner), Name(partner)) : null);
        if (history && since is { } changed && p.CivilState != 10)
        {
            yield return current;
            yield return Item("CivilState", "120", "A1", Date("Date", birth), Date("DelDate", changed),
                Code("CivilState", "10", Tx25Labels.CivilState(10, language)));
            yield break;
        }

        yield return current;
    }

    private static IEnumerable<XElement> FamilyMembers(Tx25Subject s, string language)
    {
        var p = s.Person;
        if (p.FamilyRole != "01" || p.HouseholdSince is null)
        {
            yield break;
        }

        var others = s.Household.Where(m => m.Ssin != p.Ssin && m.DeathDate is null).ToList();
        if (others.Count == 0)
        {
            yield return Item("FamilyMember", "140", "A1", Date("Date", D(p.HouseholdSince)), Code("FamilyRole", "01", Tx25Labels.FamilyRole("01", language)));
            yield break;
        }

        foreach (var m in others)
        {
            yield return Item("FamilyMember", "140", "B1", Date("Date", D(m.HouseholdSince ?? p.HouseholdSince)),
                Code("FamilyRole", m.FamilyRole ?? "12", Tx25Labels.FamilyRole(m.FamilyRole ?? "12", language)), Number(m), Name(m));
        }
    }

    private static IEnumerable<XElement> HeadOfFamily(Tx25Subject s, string language)
    {
        var p = s.Person;
        var head = s.Household.FirstOrDefault(m => m.FamilyRole == "01");
        if (p.FamilyRole == "01" || head is null || p.HouseholdSince is null)
        {
            yield break;
        }

        yield return Item("HeadOfFamily", "141", "B1", Date("Date", D(p.HouseholdSince)),
            Code("FamilyRole", p.FamilyRole ?? "12", Tx25Labels.FamilyRole(p.FamilyRole ?? "12", language)), Number(head), Name(head));
    }

    internal static XElement Number(PersonRow p) =>
        new(R + "NationalNumber", El("NationalNumber", p.Ssin), Date("Date", IncompleteDate.Parse(p.BirthDate)), p.Sex is 1 or 2 ? El("Sex", p.Sex.ToString()) : null);

    internal static XElement Name(PersonRow p) => Name(p.LastName, p.FirstNames);

    internal static XElement Name(string lastName, string firstNames) =>
        new(R + "Name",
            new XElement(R + "LastName", El("Code", Tx25Labels.NameCode(lastName)), El("Label", lastName)),
            firstNames.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => new XElement(R + "FirstName", El("Code", Tx25Labels.NameCode(f)), El("Label", f))));

    internal static string ActNumber(string ssin) => ssin.Substring(6, 3).PadLeft(5, '0');

    internal static XElement? List(string name, IEnumerable<XElement> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : new XElement(R + name, new XAttribute(XNamespace.Xmlns + "r", R.NamespaceName), list);
    }

    internal static XElement Group(string name, string ti, string structure, XName? wrapper, params object?[] content)
    {
        var item = Item(name, ti, structure, wrapper is null ? content : [new XElement(wrapper, content)]);
        item.Add(new XAttribute(XNamespace.Xmlns + "r", R.NamespaceName));
        return item;
    }

    internal static XElement Item(string name, string ti, string structure, params object?[] content) =>
        new(R + name, new XAttribute("Type", ti), new XAttribute("Structure", structure), content);

    internal static XElement El(string name, string value) => new(R + name, value);

    internal static XElement Code(string name, string code, string label) => new(R + name, El("Code", code), El("Label", label));

    internal static XElement Date(string name, DateOnly d) => Date(name, IncompleteDate.From(d));

    internal static XElement Date(string name, IncompleteDate d) =>
        new(R + name, El("Century", (d.Year / 100).ToString("00", CultureInfo.InvariantCulture)), El("Year", (d.Year % 100).ToString("00", CultureInfo.InvariantCulture)),
            El("Month", d.Month.ToString("00", CultureInfo.InvariantCulture)), El("Day", d.Day.ToString("00", CultureInfo.InvariantCulture)));

    /// <summary>A municipality's name in the answer's language (a Brussels municipality has two).</summary>
    internal static string PlaceName(int? nis, string language) =>
        Geography.Municipalities.FirstOrDefault(m => m.NisCode == nis)?.NameIn(language) ?? "";

    internal static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
