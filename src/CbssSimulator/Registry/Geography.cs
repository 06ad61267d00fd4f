using System.Reflection;

namespace CbssSimulator.Registry;

/// <summary>A pre-2019 Belgian municipality (NIS code) and the language community the generator uses there.</summary>
public sealed record Municipality(int NisCode, string Name, string Province, string Region, string Language, IReadOnlyList<string> PostalCodes)
{
    /// <summary>The municipality's name in a language: a Brussels municipality has a French and a Dutch name, the others one.</summary>
    public string NameIn(string language) => Geography.BrusselsNames.TryGetValue(NisCode, out var names) ? (language == "nl" ? names.Nl : names.Fr) : Name;

    /// <summary>The register language of an address there: a Brussels address is French or Dutch as its household chose, elsewhere the region's.</summary>
    public string LanguageFor(string householdLanguage) => Region == "Brussels" && householdLanguage is "fr" or "nl" ? householdLanguage : Language;
}

/// <summary>
/// Belgian postal codes ↔ municipalities ↔ NIS codes, read from the embedded <c>Registry/Data/cities.csv</c>
/// (rubenv/belgium-zipcodes, MIT, © 2011-2013 Ruben Vermeersch; see LICENSE-belgium-zipcodes beside it).
/// The file joins bpost and Statbel data by name and has a few wrong joins; we carry it as it is.
/// </summary>
public static class Geography
{
    private static readonly Lazy<IReadOnlyList<Municipality>> All = new(Load);

    /// <summary>NIS codes of the nine German-speaking municipalities.</summary>
    private static readonly HashSet<int> GermanSpeaking = [63001, 63012, 63013, 63023, 63040, 63048, 63061, 63067, 63087];

    public static IReadOnlyList<Municipality> Municipalities => All.Value;

    /// <summary>
    /// The 19 Brussels municipalities' French and Dutch names (the postal list carries the Dutch ones only); the
    /// French name is the municipality's <see cref="Municipality.Name"/> (docs/decisions.md, "Brussels names").
    /// </summary>
    public static readonly IReadOnlyDictionary<int, (string Fr, string Nl)> BrusselsNames = new Dictionary<int, (string Fr, string Nl)>
    {
        [21001] = ("Anderlecht", "Anderlecht"), [21002] = ("Auderghem", "Oudergem"), [21003] = ("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
        [21004] = ("Bruxelles", "Brussel"), [21005] = ("Etterbeek", "Etterbeek"), [21006] = ("Evere", "Evere"), [21007] = ("Forest", "Vorst"),
        [21008] = ("Ganshoren", "Ganshoren"), [21009] = ("Ixelles", "Elsene"), [21010] = ("Jette", "Jette"), [21011] = ("Koekelberg", "Koekelberg"),
        [21012] = ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"), [21013] = ("Saint-Gilles", "Sint-Gillis"),
        [21014] = ("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"), [21015] = ("Schaerbeek", "Schaarbeek"), [21016] = ("Uccle", "Ukkel"),
        [21017] = ("Watermael-Boitsfort", "Watermaal-Bosvoorde"), [21018] = ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
        [21019] = ("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
    };

    public static string RegionOf(string province, int nisCode) => province switch
    {
        "Brussel" => "Brussels",
        "Antwerpen" or "Limburg" or "Oost-Vlaanderen" or "West-Vlaanderen" or "Vlaams-Brabant" => "Flanders",
        _ => GermanSpeaking.Contains(nisCode) ? "German-speaking" : "Wallonia",
    };

    private static IReadOnlyList<Municipality> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CbssSimulator.Registry.Data.cities.csv")
            ?? throw new InvalidOperationException("The embedded postal-code list is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // name,zipCode,nisCode,province,main
        var rows = new List<(string Name, string Zip, int Nis, string Province, bool Main)>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length == 5 && int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int nis))
            {
                rows.Add((f[0], f[1], nis, f[3], f[4] == "1"));
            }
        }

        return rows.GroupBy(r => r.Nis).OrderBy(g => g.Key).Select(g =>
        {
            var main = g.FirstOrDefault(r => r.Main);
            var name = BrusselsNames.TryGetValue(g.Key, out var bilingual) ? bilingual.Fr : main.Name ?? g.First().Name;
            var province = g.First().Province;
            var region = RegionOf(province, g.Key);
            var language = region switch
            {
                "Flanders" => "nl",
                "German-speaking" => "de",
                "Wallonia" => "fr",
                _ => "fr",
            };
            var zips = g.Select(r => r.Zip).Distinct().OrderBy(z => z, StringComparer.Ordinal).ToList();
            return new Municipality(g.Key, name, province, region, language, zips);
        }).ToList();
    }
}
