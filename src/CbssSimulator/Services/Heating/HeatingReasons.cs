using System.Xml.Linq;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Heating;

/// <summary>Why the simulated heating fund refuses an allowance. MODELLED codes (no public list), four languages.</summary>
public static class HeatingReasons
{
    public static readonly FormError FuelNotCovered = new("HTA001",
        "Ce combustible n'est pas couvert par le Fonds social chauffage.", "Deze brandstof valt niet onder het Sociaal Verwarmingsfonds.",
        "Dieser Brennstoff ist nicht vom Sozialen Heizungsfonds gedeckt.", "The heating fund does not cover this fuel.");

    public static readonly FormError PriceTooLow = new("HTA002",
        "Le prix par litre est sous le premier palier de la règle applicable à cette livraison.", "De prijs per liter ligt onder de eerste schijf van de regel voor deze levering.",
        "Der Literpreis liegt unter der ersten Stufe der für diese Lieferung geltenden Regel.", "The price per litre is below the first bracket of the rule for this delivery.");

    public static readonly FormError NoIncreasedIntervention = new("HTA003",
        "Catégorie 1 : pas d'intervention majorée (BIM) à la date de livraison.", "Categorie 1: geen verhoogde tegemoetkoming (VT) op de leveringsdatum.",
        "Kategorie 1: keine erhöhte Beteiligung zum Lieferdatum.", "Category 1: no increased intervention (BIM) on the delivery date.");

    public static readonly FormError IncomeAboveCeiling = new("HTA004",
        "Les revenus du ménage dépassent le plafond (avec la majoration par personne à charge).", "Het gezinsinkomen overschrijdt het plafond (met de verhoging per persoon ten laste).",
        "Das Haushaltseinkommen übersteigt die Obergrenze (mit der Erhöhung je Person zu Lasten).", "The household income exceeds the ceiling (with the increase per dependant).");

    public static readonly FormError NoDebtFile = new("HTA005",
        "Catégorie 3 : votre CPAS n'a pas de dossier de médiation de dettes (intégration 031) pour cette personne.",
        "Categorie 3: uw OCMW heeft geen schuldbemiddelingsdossier (integratie 031) voor deze persoon.",
        "Kategorie 3: Ihr ÖSHZ hat keine Schuldenvermittlungsakte (Integration 031) für diese Person.",
        "Category 3: your CPAS holds no debt-mediation file (integration 031) for this person.");

    public static readonly FormError AlreadyGranted = new("HTA006",
        "Une allocation a déjà été accordée à ce ménage pour cette période de chauffe.", "Er werd al een toelage toegekend aan dit gezin voor deze verwarmingsperiode.",
        "Diesem Haushalt wurde für diese Heizperiode bereits eine Zulage gewährt.", "An allowance was already granted to this household for this heating period.");

    public static readonly FormError UnknownAllocation = new("HTA007",
        "Aucune allocation enregistrée par votre CPAS avec cette référence pour cette personne.", "Geen door uw OCMW opgeslagen toelage met deze referentie voor deze persoon.",
        "Keine von Ihrem ÖSHZ gespeicherte Zulage mit dieser Referenz für diese Person.", "No allowance saved by your CPAS with this reference for this person.");

    public static readonly FormError NoRule = new("HTA008",
        "Aucune règle ne s'applique à cette date de livraison (avant 2005 ou après la date du jour).", "Geen regel is van toepassing op deze leveringsdatum (vóór 2005 of na vandaag).",
        "Für dieses Lieferdatum gilt keine Regel (vor 2005 oder nach heute).", "No rule applies to this delivery date (before 2005 or after today).");

    public static IReadOnlyList<FormError> All { get; } = [FuelNotCovered, PriceTooLow, NoIncreasedIntervention, IncomeAboveCeiling, NoDebtFile, AlreadyGranted, UnknownAllocation, NoRule];

    public static XElement Element(XNamespace ns, FormError e) => FormErrors.Element(ns, e, name: "Reason");
}
