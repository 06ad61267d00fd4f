using CbssSimulator.Registry;

namespace CbssSimulator.Sources.Cadastre;

/// <summary>A parcel in the cadastre owned (or once owned) by a person.</summary>
public sealed record Property(string Division, string Section, string ParcelNumber, int NisCode, string Location, string Nature, int Area,
    decimal CadastralIncome, int Share, DateOnly Acquired, string AcquisitionAct, decimal AcquisitionValue, DateOnly? Transferred, decimal? TransferValue);

/// <summary>
/// Real estate derived from the registry (no table): about 60 % of the households whose head is 30 or more own the
/// dwelling at the head's current address (the head and the partner 50 % each, else the head alone), bought when they
/// moved in; about 10 % of the owners also own a plot of land or a flat elsewhere, and about 15 % sold an earlier dwelling
/// (the former address) when they moved. Areas, values and cadastral incomes are modelled from the number.
/// </summary>
public sealed class RealEstate(PersonStore persons)
{
    public IReadOnlyList<Property> Properties(PersonRow p, DateOnly today)
    {
        if (p.HouseholdId is not { } h || p.Register == Registers.Bis || p.FamilyRole is not ("01" or "02"))
        {
            return [];
        }

        var members = persons.Household(h);
        var head = members.FirstOrDefault(m => m.FamilyRole == "01");
        uint hash = head is null ? 0 : StableHash.Of(head.Ssin);
        if (head is null || IncompleteDate.Parse(head.BirthDate).Earliest.AddYears(30) > today || hash % 10 >= 6)
        {
            return [];
        }

        bool couple = members.Any(m => m.FamilyRole == "02");
        int share = couple ? 50 : 100;
        var list = new List<Property>();
        var addresses = persons.Addresses(head.Ssin);
        if (addresses.LastOrDefault(a => a.ToDate is null) is { } home)
        {
            list.Add(Parcel(home, hash, share, IsoDate.Parse(home.FromDate), hash % 3 == 0 ? "APPARTEMENT" : "MAISON", null));
            if (hash % 100 < 15 && addresses.LastOrDefault(a => a.ToDate is not null) is { } former && string.CompareOrdinal(former.FromDate, home.FromDate) < 0)
            {
                list.Add(Parcel(former, hash >> 3, share, IsoDate.Parse(former.FromDate), "MAISON", IsoDate.Parse(former.ToDate!)));
            }

            if (hash % 100 is >= 40 and < 50)
            {
                var plot = new AddressRow { Street = "Lieu-dit Les Champs", HouseNumber = $"{hash % 900 + 100}", NisCode = home.NisCode, PostalCode = home.PostalCode, Municipality = home.Municipality };
                list.Add(Parcel(plot, hash >> 5, share, IsoDate.Parse(home.FromDate), "TERRAIN", null));
            }
        }

        return list.Where(x => x.Acquired <= today).ToList();
    }

    private static Property Parcel(AddressRow a, uint hash, int share, DateOnly acquired, string nature, DateOnly? sold)
    {
        int area = nature switch { "APPARTEMENT" => 60 + (int)(hash % 90), "TERRAIN" => 500 + (int)(hash % 4500), _ => 90 + (int)(hash % 160) };
        decimal value = nature == "TERRAIN" ? area * 45m : area * (1800m + hash % 1400);
        decimal income = Math.Round(value / 200m, 2);
        return new Property($"{a.NisCode}{hash % 4 + 1}", ((char)('A' + hash % 8)).ToString(), $"{hash % 2000 + 1}{(char)('A' + (hash >> 4) % 6)}", a.NisCode,
            $"{a.Street} {a.HouseNumber}, {a.PostalCode} {a.Municipality}", nature, area, income, share, acquired, hash % 7 == 0 ? "SUCCESSION" : "VENTE",
            value, sold, sold is null ? null : Math.Round(value * 1.15m, 2));
    }
}
