using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Pensions;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Sources.HealthInsurance;

/// <summary>The health-insurance situation of a person at a date (modelled, derived from the registry and the other sources).</summary>
public sealed record InsuranceSituation(string InsurerCode, string HolderSsin, bool Dependant, DateOnly Since, DateOnly? Until, string Ct1, string Ct2,
    bool IncreasedIntervention, bool ThirdPartyPayer, IReadOnlyList<int> MafYears, (string Name, DateOnly Since)? MedicalHouse);

/// <summary>
/// Who is insured where, derived so the sources agree: every person of the National Register (or the waiting register)
/// is insured, except about 2 % (no data); a BIS number is not. A child of the household is the dependant of its head
/// and shares the head's insurer and codes. Increased intervention (BIM) for a holder receiving the income guarantee
/// (GRAPA), an unemployment benefit for more than a year at D, or about 10 % of the others; CT1/CT2 110/110 ordinary,
/// 111/111 BIM, 130/130 pensioner, 131/131 pensioner with BIM. BIM brings the third-party payer and the MAF ceiling in
/// some of the last three years; about 5 % of the holders have a medical-house contract.
/// </summary>
public sealed class Insurability(PersonStore persons, RegistryDatabase db)
{
    public static readonly IReadOnlyDictionary<string, string> Insurers = new Dictionary<string, string>
    {
        ["100"] = "Mutualité chrétienne / Christelijke Mutualiteit", ["200"] = "Mutualités neutres / Neutrale Ziekenfondsen",
        ["300"] = "Solidaris", ["400"] = "Mutualités libérales / Liberale Mutualiteit", ["500"] = "Mutualités libres / Onafhankelijke Ziekenfondsen",
        ["600"] = "CAAMI / HZIV", ["900"] = "HR Rail",
    };

    private static readonly string[] Codes = ["100", "100", "100", "200", "300", "300", "400", "500", "500", "600", "900"];

    private static readonly string[] MedicalHouses = ["Maison médicale du Nord", "Wijkgezondheidscentrum De Brug", "Maison médicale Les Marolles", "WGC Botermarkt"];

    public InsuranceSituation? Situation(PersonRow p, DateOnly today)
    {
        var holder = p;
        if (p.FamilyRole == "03" && p.HouseholdId is { } h && persons.Household(h).FirstOrDefault(m => m.FamilyRole == "01") is { } head
            && IncompleteDate.Parse(p.BirthDate).Earliest.AddYears(25) > today)
        {
            holder = head;
        }

        uint hash = StableHash.Of(holder.Ssin);
        if (holder.Register == Registers.Bis || p.Register == Registers.Bis || StableHash.Of(p.Ssin) % 50 == 0)
        {
            return null;
        }

        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        var pension = PensionRights.Right(holder, new CareerStore(db).Employments(holder.Ssin).Count > 0, today);
        bool pensioner = pension is not null, grapa = pension?.Nature == "GRAPA";
        bool longUnemployed = new UnemploymentStore(db).Rights(holder.Ssin).Any(r => r.Nature != "TIME_CREDIT"
            && IsoDate.Parse(r.StartDate) <= today.AddYears(-1) && (r.EndDate is null || IsoDate.Parse(r.EndDate) >= today));
        bool bim = grapa || longUnemployed || hash % 10 == 0;
        string ct = (pensioner ? "13" : "11") + (bim ? "1" : "0");
        var maf = bim ? Enumerable.Range(today.Year - 3, 3).Where(y => (hash >> (y % 7)) % 2 == 0).ToList() : [];
        (string, DateOnly)? house = hash % 20 == 7 ? (MedicalHouses[hash % MedicalHouses.Length], new DateOnly(today.Year - 1 - (int)(hash % 6), 1 + (int)(hash % 12), 1)) : null;
        var since = string.IsNullOrEmpty(p.RegisteredSince) ? born : new[] { born, IsoDate.Parse(p.RegisteredSince[..10]) }.Max();
        return new InsuranceSituation(Codes[hash % Codes.Length], holder.Ssin, holder.Ssin != p.Ssin, since, p.DeathDate is { } d ? IsoDate.Parse(d) : null,
            ct, ct, bim, bim, maf, house);
    }
}
