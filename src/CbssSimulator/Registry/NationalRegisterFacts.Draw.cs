namespace CbssSimulator.Registry;

public static partial class NationalRegisterFacts
{
    /// <summary>
    /// TI 003 (main residence ascertained), 024 (reference address), 026 (temporary absence), 070 (occupation), 113
    /// (administration), 152 (burial mode), 153 (funeral), 190 (war title), 252 (not communicable).
    /// </summary>
    private static void Common(Context x, List<RnFact> facts)
    {
        var p = x.Person;
        var r = x.Random;
        if (x.Address is { } a && p.Register == Registers.Rn && r.Bool(0.25f))
        {
            var from = IsoDate.Parse(a.FromDate);
            facts.Add(Fact(x, "003", x.Between(from, Min(from.AddDays(60), x.End)), "1", place: a.NisCode));
        }

        if (x.AdultAt(x.End) && p.Register == Registers.Rn && x.Born.AddYears(67) > x.End && r.Bool(0.6f))
        {
            var (occupation, category) = r.ArrayElement(new[] { ("11", "1"), ("12", "1"), ("21", "2"), ("31", "3"), ("41", "9"), ("51", "9") });
            facts.Add(Fact(x, "070", x.Between(x.Born.AddYears(18), x.End), occupation, other: category));
        }

        if (x.AdultAt(x.End) && r.Bool(x.Born.AddYears(75) <= x.End ? 0.015f : 0.003f))
        {
            var (lasts, _, _) = Names.For(r.ArrayElement(new[] { "fr", "nl" }));
            facts.Add(Fact(x, "113", x.Between(x.Born.AddYears(18), x.End), r.ArrayElement(Codes("113")), other: "1", text: "Me " + r.ArrayElement(lasts)));
        }

        if (x.Born.AddYears(50) <= x.End && r.Bool(0.04f))
        {
            facts.Add(Fact(x, "152", x.Between(x.Born.AddYears(50), x.End), r.ArrayElement(Codes("152"))));
        }

        if (x.Death is { } death)
        {
            facts.Add(Fact(x, "153", Min(death.AddDays(r.Number(3, 8)), x.Reference), r.ArrayElement(Codes("153")), place: x.Place));
        }

        if (x.Born >= new DateOnly(1930, 1, 1) && x.Born <= new DateOnly(1945, 12, 31) && r.Bool(0.03f))
        {
            facts.Add(Fact(x, "190", x.Between(new DateOnly(1950, 1, 1), new DateOnly(1975, 12, 31)), r.ArrayElement(Codes("190"))));
        }

        if (p.Register == Registers.Rn && r.Bool(0.003f))
        {
            var from = x.Between(x.Born, x.End);
            facts.Add(Fact(x, "252", from, "1", expiry: from.AddYears(5)));
        }

        if (x.Address is { } home && p.Register == Registers.Rn && p.FamilyRole == "01" && p.PartnerSsin is null && x.Born.AddYears(25) <= x.End && r.Bool(0.02f))
        {
            facts.Add(Fact(x, "024", x.Between(Later(IsoDate.Parse(home.FromDate), x.Born.AddYears(18)), x.End), "1", place: home.NisCode));
        }

        if (x.AdultAt(x.End) && p.Register == Registers.Rn && x.Death is null && r.Bool(0.01f))
        {
            var left = x.Between(Later(x.Born.AddYears(18), x.End.AddYears(-3)), x.End);
            var back = left.AddDays(r.Number(30, 330));
            facts.Add(Fact(x, "026", left, r.ArrayElement(Codes("026")), to: back < x.End ? back : null));
        }
    }

    /// <summary>TI 191/194 (driving licences), 192 (organ donation), 193 (hawker's card), 199 (passport).</summary>
    private static void Documents(Context x, List<RnFact> facts)
    {
        var p = x.Person;
        var r = x.Random;
        if (!x.AdultAt(x.End) || p.Register != Registers.Rn)
        {
            return;
        }

        if (r.Bool(x.Nationality == 150 ? 0.65f : 0.4f))
        {
            var first = x.Between(x.Born.AddYears(18), Min(x.Born.AddYears(30), x.End));
            if (first.Year < 1989)
            {
                var exchanged = x.Between(new DateOnly(2013, 1, 19), x.End);
                facts.Add(Fact(x, "194", first, "1", number: x.Unique("##########"), place: x.Place, to: exchanged.AddDays(-1)));
                first = exchanged;
            }

            facts.Add(Fact(x, "191", first, "1", number: x.Unique("##########"), place: x.Place));
        }

        if (r.Bool(0.05f))
        {
            facts.Add(Fact(x, "192", x.Between(x.Born.AddYears(18), x.End), r.ArrayElement(Codes("192")), place: x.Place));
        }

        if (x.Born.AddYears(67) > x.End && r.Bool(0.004f))
        {
            var from = x.Between(x.End.AddYears(-3), x.End);
            facts.Add(Fact(x, "193", from, "A", number: x.Unique("HC######"), place: x.Place, expiry: from.AddYears(3).AddDays(-1)));
        }

        if (x.Nationality == 150 && x.Death is null && r.Bool(0.3f))
        {
            var from = x.Between(Later(x.Born.AddYears(18), x.Reference.AddDays(-2500)), x.Reference);
            facts.Add(Fact(x, "199", from, "1", number: x.Unique("EH######"), place: x.Place, other: "1", expiry: from.AddYears(7).AddDays(-1)));
        }
    }

    /// <summary>
    /// TI 006 (country of origin), 200 (public security number: every foreigner registered, the naturalised keep theirs), 202 (the residence
    /// title of a foreigner of the National Register), 197 (professional card) and 198 (work permit) for non-EU adults.
    /// </summary>
    private static void Foreigner(Context x, List<RnFact> facts, bool naturalised)
    {
        var p = x.Person;
        var r = x.Random;
        var registered = IsoDate.Parse(p.RegisteredSince);
        facts.Add(Fact(x, "200", registered, "1", number: x.Unique("#######")));
        if (p.BirthCountry != 150 || p.Nationality != 150)
        {
            facts.Add(Fact(x, "006", registered, (p.BirthCountry != 150 ? p.BirthCountry : p.Nationality).ToString(CultureInfo.InvariantCulture)));
        }
        if (naturalised || p.Register != Registers.Rn)
        {
            return;
        }

        bool eu = Eu.Contains(p.Nationality);
        bool settled = registered.AddYears(5) <= x.End;
        string title = eu ? (settled ? "E+" : "E") : (settled ? "B" : "A");
        var from = settled ? x.Between(registered.AddYears(5), x.End) : registered;
        facts.Add(Fact(x, "202", from, title, expiry: title is "A" ? Later(from, x.Reference.AddDays(-200)).AddYears(1) : from.AddYears(title == "E" ? 5 : 10)));
        if (eu || !x.AdultAt(x.End))
        {
            return;
        }

        if (r.Bool(0.08f))
        {
            var card = x.Between(Later(registered, x.Born.AddYears(18)), x.End);
            facts.Add(Fact(x, "197", card, "1", number: x.Unique("PC#######"), expiry: card.AddYears(5).AddDays(-1)));
        }

        if (x.Born.AddYears(65) > x.End && r.Bool(0.25f))
        {
            var permit = x.Between(Later(registered, x.Born.AddYears(18)), x.End);
            facts.Add(Fact(x, "198", permit, "1", number: x.Unique("WP#######"), expiry: permit.AddYears(1).AddDays(-1)));
        }
    }

    /// <summary>The waiting register's TIs: 205–208 and 210–214 (208 and 212 are stored, and shown to nobody).</summary>
    private static void Waiting(Context x, List<RnFact> facts)
    {
        var p = x.Person;
        var r = x.Random;
        var registered = IsoDate.Parse(p.RegisteredSince);
        facts.Add(Fact(x, "205", registered, "1"));
        facts.Add(Fact(x, "206", registered, "1", place: 21004));
        facts.Add(r.Bool(0.6f) ? Fact(x, "207", registered, "CPAS", place: x.Place) : Fact(x, "207", registered, r.ArrayElement(Codes("207"))));
        facts.Add(Fact(x, "208", registered, "1", number: x.Unique("9#########")));
        facts.Add(Fact(x, "211", registered, r.Bool(0.9f) ? "26" : "25"));
        facts.Add(Fact(x, "212", registered, "1", text: "c/o " + r.ArrayElement(Names.FrenchLast) + ", avocat"));
        if (r.Bool(0.15f))
        {
            facts.Add(Fact(x, "213", registered, "1", text: r.ArrayElement(Names.ForeignLast)));
        }

        if (r.Bool(0.5f))
        {
            facts.Add(Fact(x, "214", registered, r.ArrayElement(Codes("214")), text: RnCodes.StatedAddress));
        }
    }

    /// <summary>TI 110: a child of a household descends from its head and the head's partner (modelled: no step-children).</summary>
    private static void Filiation(Context x, List<PersonRow> household, List<RnFact> facts)
    {
        var parents = household.Where(m => m.FamilyRole is "01" or "02").OrderBy(m => m.FamilyRole, StringComparer.Ordinal).ToList();
        var eligible = parents.Where(m => IncompleteDate.Parse(m.BirthDate).Earliest.AddYears(14) <= x.Born).ToList();
        if (eligible.Count == 0)
        {
            return;
        }

        facts.Add(Fact(x, "110", x.Born, "1", place: x.Person.BirthPlaceNis, related: eligible[0].Ssin, other: eligible.Count > 1 ? eligible[1].Ssin : null));

        // TI 111: a minor whose parent at home is divorced lives under a judgment on parental authority (modelled).
        var head = eligible[0];
        if (head.CivilState == 40 && !x.AdultAt(x.End) && eligible.Count == 1)
        {
            var since = head.CivilStateSince is { } d && IsoDate.Parse(d) > x.Born ? IsoDate.Parse(d) : x.Born;
            facts.Add(Fact(x, "111", Min(since, x.End), x.Random.Bool(0.7f) ? "1" : "2", other: "1", related: head.Ssin));
        }
    }

    /// <summary>TI 122 for spouses (a marriage contract, the same for both), TI 123 for unmarried partners (a legal cohabitation, declared by both).</summary>
    private static void Couple(Context x, PersonRow partner, List<RnFact> facts)
    {
        var p = x.Person;
        var r = x.Random;
        var adults = Later(x.Born, IncompleteDate.Parse(partner.BirthDate).Earliest).AddYears(18);
        if (p.CivilState == 20 && partner.CivilState == 20 && p.CivilStateSince is { } married && r.Bool(0.25f))
        {
            var day = IsoDate.Parse(married);
            var contract = Later(adults, day.AddDays(-r.Number(0, 90)));
            string code = r.ArrayElement(Codes("122"));
            facts.Add(Fact(x, "122", contract, code, place: x.Place, related: partner.Ssin));
            facts.Add(Fact(x, "122", contract, code, place: x.Place, related: p.Ssin) with { Ssin = partner.Ssin });
        }
        else if (p.CivilState != 20 && partner.CivilState != 20 && p.HouseholdSince is { } since && r.Bool(0.55f))
        {
            var declared = x.Between(Later(IsoDate.Parse(since), adults), x.End);
            facts.Add(Fact(x, "123", declared, "1", place: x.Place, related: partner.Ssin));
            facts.Add(Fact(x, "123", declared, "1", place: x.Place, related: p.Ssin) with { Ssin = partner.Ssin });
        }
    }

    private static string[] Codes(string ti) => RnCodes.Codes(ti);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
