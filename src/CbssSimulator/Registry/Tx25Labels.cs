using CbssSimulator.Registry;

namespace CbssSimulator.Registry;

/// <summary>Labels of the National Register codes in the three languages Tx25 answers in (modelled wording).</summary>
internal static class Tx25Labels
{
    private static string Pick(string language, string fr, string nl, string de) => language switch { "nl" => nl, "de" => de, _ => fr };

    public static string Country(int code, string language) => code == 150
        ? Pick(language, "Belgique", "België", "Belgien")
        : Names.ForeignCountries.FirstOrDefault(c => c.Code == code).Name ?? code.ToString();

    public static string CivilState(int code, string language) => code switch
    {
        20 => Pick(language, "Marié(e)", "Gehuwd", "Verheiratet"),
        30 => Pick(language, "Veuf/veuve", "Weduwe(naar)", "Verwitwet"),
        40 => Pick(language, "Divorcé(e)", "Gescheiden", "Geschieden"),
        _ => Pick(language, "Célibataire", "Ongehuwd", "Unverheiratet"),
    };

    public static string FamilyRole(string code, string language) => code switch
    {
        "01" => Pick(language, "Personne de référence", "Referentiepersoon", "Bezugsperson"),
        "02" => Pick(language, "Conjoint(e) ou partenaire", "Echtgeno(o)t(e) of partner", "Ehepartner oder Partner"),
        "03" => Pick(language, "Fils ou fille", "Zoon of dochter", "Sohn oder Tochter"),
        _ => Pick(language, "Non apparenté(e)", "Niet verwant", "Nicht verwandt"),
    };

    public static (string Code, string Label) Card(int nationality, string language) => nationality == 150
        ? ("0001", Pick(language, "Carte d'identité électronique", "Elektronische identiteitskaart", "Elektronischer Personalausweis"))
        : ("0012", Pick(language, "Carte électronique d'étranger", "Elektronische vreemdelingenkaart", "Elektronische Ausländerkarte"));

    public static string DeclaredBirthDate(string language) => Pick(language, "Déclaration de l'intéressé", "Verklaring van betrokkene", "Erklärung des Betroffenen");

    /// <summary>A stable 8-digit code for a name (FNV-1a; the real RN name codes are not public).</summary>
    public static string NameCode(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name.ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash % 100_000_000).ToString("00000000");
    }
}
