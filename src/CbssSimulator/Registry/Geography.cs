using System.Reflection;

namespace CbssSimulator.Registry;

/// <summary>A pre-2019 Belgian municipality (NIS code) and the language community the generator uses there.</summary>
public sealed record Municipality(int NisCode, string Name, string Province, string Region, string Language, IReadOnlyList<string> PostalCodes);

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
            var name = main.Name ?? g.First().Name;
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
