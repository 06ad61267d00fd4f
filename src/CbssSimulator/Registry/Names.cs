namespace CbssSimulator.Registry;

/// <summary>Name stock for the generated population, by language community (our own lists of common names).</summary>
internal static class Names
{
    public static readonly string[] DutchLast =
    [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Dubois", "Hermans", "Aerts", "Michiels", "Smets", "Van Damme", "De Wachter", "Van den Berghe", "Vandenberghe",
        "Vermeulen", "De Clercq", "Verstraete", "Van de Velde", "Desmet", "Declercq", "Pauwels", "Van Acker", "De Backer",
        "Dewaele", "Martens", "Van der Linden", "Coppens", "Verhoeven", "Stevens", "Geerts", "De Meyer", "Bogaert",
        "Vanderstraeten", "De Vos", "Van Hoof", "Wuyts", "Lemmens", "Vandamme", "Verbruggen", "Segers", "D'Hondt",
    ];

    public static readonly string[] FrenchLast =
    [
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefebvre", "Leclercq", "Dumont", "Renard",
        "Lejeune", "François", "Fontaine", "Gilson", "Denis", "Collard", "Lemaire", "Mathieu", "Henry", "Petit",
        "Delvaux", "Gérard", "Lecomte", "De la Croix", "Du Pont", "Lallemand", "Thiry", "Hubert", "Piette", "Noël",
        "Masson", "Wauters", "Bodart", "Remacle", "Dethier", "Hennaux", "Lenoir", "De Le Court", "Van Roy", "Jacquet",
    ];

    public static readonly string[] GermanLast =
    [
        "Schmitz", "Müller", "Keutgens", "Mergelsberg", "Kessel", "Heinen", "Lentz", "Kohnen", "Schröder", "Radermacher",
        "Schmitt", "Pauquet", "Kreusch", "Mockel", "Ausdemwald", "Hilgers", "Cremer", "Jousten", "Theissen", "Braun",
    ];

    public static readonly string[] ForeignLast =
    [
        "El Amrani", "Benali", "Yilmaz", "Kaya", "Nowak", "Kowalski", "Popescu", "Ionescu", "Rossi", "Ferrari",
        "Da Silva", "Pereira", "García", "Fernández", "Diallo", "Mukendi", "Kabila", "Haidari", "Al-Hassan", "Ivanov",
        "Nguyen", "Sahin", "Öztürk", "Ben Ahmed", "Papadopoulos", "Santos", "Bakari", "Tshibangu", "Nkosi", "Jaziri",
    ];

    public static readonly string[] DutchMale =
    [
        "Jan", "Pieter", "Wim", "Koen", "Bart", "Luc", "Dirk", "Stefaan", "Tom", "Jef", "Lucas", "Noah", "Arthur",
        "Louis", "Liam", "Jules", "Maarten", "Geert", "Johan", "Kris", "Jan-Willem", "Pieter-Jan", "Sander", "Wout",
    ];

    public static readonly string[] DutchFemale =
    [
        "An", "Els", "Katrien", "Sofie", "Lies", "Marleen", "Hilde", "Griet", "Emma", "Olivia", "Marie", "Louise",
        "Lotte", "Nele", "Inge", "Stefanie", "Ann-Sophie", "Anne-Marie", "Mieke", "Femke", "Zoë", "Elise", "Saar",
    ];

    public static readonly string[] FrenchMale =
    [
        "Jean", "Pierre", "Philippe", "Michel", "Marc", "Christophe", "Olivier", "Nicolas", "François", "Benoît",
        "Jérôme", "Sébastien", "Jean-Pierre", "Jean-Marc", "Jean-François", "Thierry", "Hugo", "Gabriel", "Léon", "Théo",
    ];

    public static readonly string[] FrenchFemale =
    [
        "Marie", "Anne", "Isabelle", "Nathalie", "Catherine", "Sophie", "Véronique", "Hélène", "Stéphanie", "Céline",
        "Marie-Christine", "Anne-Sophie", "Marie-Thérèse", "Chloé", "Léa", "Camille", "Manon", "Émilie", "Aurélie", "Noémie",
    ];

    public static readonly string[] GermanMale = ["Max", "Moritz", "Karl-Heinz", "Jürgen", "Günter", "Michael", "Stefan", "Lukas", "Jonas", "Matthias"];

    public static readonly string[] GermanFemale = ["Anneliese", "Claudia", "Ursula", "Monika", "Sabine", "Jutta", "Katharina", "Lena", "Hannah", "Mélanie"];

    public static readonly string[] ForeignMale =
    [
        "Mohamed", "Ahmed", "Youssef", "Mehmet", "Ali", "Piotr", "Andrei", "Ion", "Giuseppe", "José", "Mamadou",
        "Jean-Claude", "Omar", "Hassan", "Dmitri", "Minh", "Emre", "Ibrahim",
    ];

    public static readonly string[] ForeignFemale =
    [
        "Fatima", "Aïcha", "Khadija", "Ayşe", "Elif", "Agnieszka", "Ioana", "Maria", "Giulia", "Ana", "Aminata",
        "Grâce", "Leila", "Samira", "Olga", "Thi Lan", "Zeynep", "Mariam",
    ];

    public static (string[] Last, string[] Male, string[] Female) For(string language) => language switch
    {
        "fr" => (FrenchLast, FrenchMale, FrenchFemale),
        "de" => (GermanLast, GermanMale, GermanFemale),
        "xx" => (ForeignLast, ForeignMale, ForeignFemale),
        _ => (DutchLast, DutchMale, DutchFemale),
    };

    /// <summary>Street-name stems by language; a street's code is its index in the municipality (modelled).</summary>
    public static readonly string[] DutchStreets =
    [
        "Kerkstraat", "Stationsstraat", "Schoolstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Hoogstraat",
        "Kapelstraat", "Beekstraat", "Lindenlaan", "Heidestraat", "Veldstraat", "Koning Albertlaan", "Leopoldlaan",
        "Sint-Jansplein", "Markt", "Grote Baan", "Kasteeldreef", "Bosstraat", "Meersstraat",
    ];

    public static readonly string[] FrenchStreets =
    [
        "Rue de la Station", "Rue de l'Église", "Avenue des Tilleuls", "Chaussée de Bruxelles", "Place communale",
        "Rue du Moulin", "Rue Haute", "Rue des Écoles", "Rue du Centre", "Avenue Albert Ier", "Rue de la Gare",
        "Rue du Château", "Boulevard Léopold II", "Rue des Prés", "Rue Saint-Martin", "Rue de Namur", "Rue Neuve",
        "Clos des Érables", "Rue du Bois", "Chemin des Vignes",
    ];

    public static readonly string[] GermanStreets =
    [
        "Kirchstraße", "Bahnhofstraße", "Hauptstraße", "Aachener Straße", "Haasstraße", "Gülcherstraße", "Bergstraße",
        "Schulstraße", "Marktplatz", "Talstraße", "Herbesthaler Straße", "Neustraße",
    ];

    public static string[] StreetsFor(string language) => language switch
    {
        "fr" => FrenchStreets,
        "de" => GermanStreets,
        _ => DutchStreets,
    };

    /// <summary>Foreign nationalities (INS/NIS country codes) with the name stock used for them.</summary>
    public static readonly (int Code, string Name)[] ForeignCountries =
    [
        (111, "France"), (129, "Pays-Bas"), (128, "Italie"), (109, "Espagne"), (123, "Portugal"), (124, "Roumanie"),
        (139, "Pologne"), (145, "Russie"), (262, "Turquie"), (354, "Maroc"), (351, "Algérie"), (306, "Congo (Rép. dém.)"),
        (251, "Afghanistan"), (254, "Irak"), (103, "Allemagne"), (136, "Estonie"), (277, "Viêt Nam"), (324, "Guinée"),
    ];
}
