namespace CbssSimulator.Registry;

/// <summary>
/// The codes the generated National Register facts use, per TI, with their labels in French, Dutch and German. The
/// RN's own code lists are not public: the values are modelled (docs/decisions.md, "The whole TI table").
/// </summary>
public static class RnCodes
{
    private static readonly Dictionary<string, (string Fr, string Nl, string De)> Labels = new(StringComparer.Ordinal)
    {
        ["003:1"] = ("Résidence principale constatée", "Hoofdverblijfplaats vastgesteld", "Hauptwohnort festgestellt"),
        ["024:1"] = ("Adresse de référence (CPAS)", "Referentieadres (OCMW)", "Bezugsadresse (ÖSHZ)"),
        ["026:1"] = ("Absence temporaire – séjour à l'étranger", "Tijdelijke afwezigheid – verblijf in het buitenland", "Vorübergehende Abwesenheit – Auslandsaufenthalt"),
        ["026:2"] = ("Absence temporaire – hospitalisation", "Tijdelijke afwezigheid – ziekenhuisopname", "Vorübergehende Abwesenheit – Krankenhausaufenthalt"),
        ["070:11"] = ("Employé", "Bediende", "Angestellter"), ["070:12"] = ("Ouvrier", "Arbeider", "Arbeiter"),
        ["070:21"] = ("Indépendant", "Zelfstandige", "Selbständiger"), ["070:31"] = ("Fonctionnaire", "Ambtenaar", "Beamter"),
        ["070:41"] = ("Étudiant", "Student", "Student"), ["070:51"] = ("Sans profession", "Zonder beroep", "Ohne Beruf"),
        ["070c:1"] = ("Salarié", "Werknemer", "Arbeitnehmer"), ["070c:2"] = ("Indépendant", "Zelfstandige", "Selbständiger"),
        ["070c:3"] = ("Secteur public", "Openbare sector", "Öffentlicher Sektor"), ["070c:9"] = ("Autre", "Andere", "Andere"),
        ["110:1"] = ("Filiation établie à la naissance", "Afstamming vastgesteld bij geboorte", "Abstammung bei Geburt festgestellt"),
        ["111:1"] = ("Autorité parentale conjointe", "Gezamenlijk ouderlijk gezag", "Gemeinsame elterliche Sorge"),
        ["111:2"] = ("Autorité parentale exclusive", "Exclusief ouderlijk gezag", "Alleinige elterliche Sorge"),
        ["111j:1"] = ("Jugement", "Vonnis", "Urteil"),
        ["113:1"] = ("Administration de la personne et des biens", "Bewind over persoon en goederen", "Verwaltung von Person und Vermögen"),
        ["113:2"] = ("Administration des biens", "Bewind over goederen", "Vermögensverwaltung"),
        ["113j:1"] = ("Décision du juge de paix", "Beschikking van de vrederechter", "Beschluss des Friedensrichters"),
        ["122:1"] = ("Régime légal modifié", "Gewijzigd wettelijk stelsel", "Geänderter gesetzlicher Güterstand"),
        ["122:2"] = ("Séparation de biens", "Scheiding van goederen", "Gütertrennung"),
        ["122:3"] = ("Communauté universelle", "Algehele gemeenschap", "Allgemeine Gütergemeinschaft"),
        ["152:1"] = ("Inhumation", "Begraving", "Beerdigung"), ["152:2"] = ("Crémation et dispersion", "Crematie en uitstrooiing", "Einäscherung und Verstreuung"),
        ["152:3"] = ("Crémation et conservation des cendres", "Crematie en bewaring van de as", "Einäscherung und Aufbewahrung der Asche"),
        ["153:1"] = ("Funérailles civiles", "Burgerlijke uitvaart", "Zivile Bestattung"), ["153:2"] = ("Funérailles religieuses", "Religieuze uitvaart", "Religiöse Bestattung"),
        ["190:1"] = ("Orphelin de guerre", "Oorlogswees", "Kriegswaise"), ["190:2"] = ("Victime civile de guerre", "Burgerlijk oorlogsslachtoffer", "Ziviles Kriegsopfer"),
        ["191:1"] = ("Permis de conduire européen", "Europees rijbewijs", "Europäischer Führerschein"),
        ["191:2"] = ("Permis de conduire provisoire", "Voorlopig rijbewijs", "Vorläufiger Führerschein"),
        ["192:1"] = ("Consentement explicite", "Uitdrukkelijke toestemming", "Ausdrückliche Zustimmung"), ["192:2"] = ("Opposition", "Verzet", "Widerspruch"),
        ["193:A"] = ("Marchand ambulant – employeur", "Ambulante handelaar – werkgever", "Wanderhändler – Arbeitgeber"),
        ["194:1"] = ("Permis de conduire (ancien modèle)", "Rijbewijs (oud model)", "Führerschein (altes Modell)"),
        ["199:1"] = ("Passeport ordinaire", "Gewoon paspoort", "Gewöhnlicher Reisepass"),
        ["199s:1"] = ("Délivré", "Uitgereikt", "Ausgestellt"),
        ["202:A"] = ("Certificat d'inscription au registre des étrangers – séjour temporaire (carte A)", "Bewijs van inschrijving in het vreemdelingenregister – tijdelijk verblijf (A-kaart)", "Bescheinigung der Eintragung ins Fremdenregister – befristet (Karte A)"),
        ["202:B"] = ("Certificat d'inscription au registre des étrangers (carte B)", "Bewijs van inschrijving in het vreemdelingenregister (B-kaart)", "Bescheinigung der Eintragung ins Fremdenregister (Karte B)"),
        ["202:E"] = ("Attestation d'enregistrement – citoyen de l'Union (carte E)", "Verklaring van inschrijving – burger van de Unie (E-kaart)", "Anmeldebescheinigung – Unionsbürger (Karte E)"),
        ["202:E+"] = ("Séjour permanent – citoyen de l'Union (carte E+)", "Duurzaam verblijf – burger van de Unie (E+-kaart)", "Daueraufenthalt – Unionsbürger (Karte E+)"),
        ["205:1"] = ("Demandeur de protection internationale", "Verzoeker om internationale bescherming", "Antragsteller auf internationalen Schutz"),
        ["206:1"] = ("Demande d'asile introduite", "Asielaanvraag ingediend", "Asylantrag gestellt"),
        ["207:1"] = ("Centre Fedasil du Petit-Château", "Fedasil-centrum Klein Kasteeltje", "Fedasil-Zentrum Petit-Château"),
        ["207:2"] = ("Centre Croix-Rouge de Jodoigne", "Rode Kruis-centrum Geldenaken", "Rotkreuz-Zentrum Jodoigne"),
        ["210:1"] = ("Registre de la population", "Bevolkingsregister", "Bevölkerungsregister"),
        ["210:2"] = ("Registre des étrangers", "Vreemdelingenregister", "Fremdenregister"),
        ["210:3"] = ("Registre d'attente", "Wachtregister", "Warteregister"),
        ["211:26"] = ("Annexe 26 (demande de protection internationale)", "Bijlage 26 (verzoek om internationale bescherming)", "Anlage 26 (Antrag auf internationalen Schutz)"),
        ["211:25"] = ("Annexe 25 (demande à la frontière)", "Bijlage 25 (verzoek aan de grens)", "Anlage 25 (Antrag an der Grenze)"),
        ["213:1"] = ("Autre graphie du nom", "Andere schrijfwijze van de naam", "Andere Schreibweise des Namens"),
        ["214:1"] = ("Office des étrangers", "Dienst Vreemdelingenzaken", "Ausländeramt"), ["214:2"] = ("Fedasil", "Fedasil", "Fedasil"),
    };

    /// <summary>The label of a code of a TI ("070c" is TI 070's social category, "113j" TI 113's justification…).</summary>
    public static string Label(string ti, string code, string language)
    {
        if (!Labels.TryGetValue($"{ti}:{code}", out var l))
        {
            return code;
        }

        return language switch { "nl" => l.Nl, "de" => l.De, _ => l.Fr };
    }

    /// <summary>Every code of a TI (for the generator).</summary>
    public static string[] Codes(string ti) =>
        Labels.Keys.Where(k => k.StartsWith(ti + ":", StringComparison.Ordinal)).Select(k => k[(ti.Length + 1)..]).ToArray();

    /// <summary>Fedasil's address of the Petit-Château centre (TI 214's declared address), modelled.</summary>
    public const string StatedAddress = "1000|Boulevard du Neuvième de Ligne|27";
}
