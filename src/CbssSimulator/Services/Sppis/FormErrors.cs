using System.Xml.Linq;

namespace CbssSimulator.Services.Sppis;

/// <summary>What a reason does to the evaluation: refuses the form, reduces what is accepted, or only informs.</summary>
public enum FormEffect
{
    Refuse,
    Reduce,
    Note,
}

/// <summary>One reason the simulated SPP IS gives on a form (six characters, in the four languages).</summary>
public sealed record FormError(string Code, string Fr, string Nl, string De, string En, FormEffect Effect = FormEffect.Refuse);

/// <summary>
/// The simulated SPP IS's ErrorsOnForm codes. MODELLED: no public list of the real six-character codes exists
/// (sppis-interfaces.md §5); these name the reasons the simulator checks, so a vendor can act on them.
/// </summary>
public static class FormErrors
{
    public static readonly FormError NotIntegrated = new("CBS001",
        "La personne n'est pas intégrée par votre CPAS avec un code qualité et une période que ce formulaire exige.",
        "De persoon is niet door uw OCMW geïntegreerd met een hoedanigheidscode en periode die dit formulier vereist.",
        "Die Person ist von Ihrem ÖSHZ nicht mit einem Eigenschaftscode und Zeitraum integriert, die dieses Formular verlangt.",
        "The person is not integrated by your CPAS with a quality code and period this form requires.");

    public static readonly FormError OtherCpasGrant = new("RIS001",
        "Un revenu d'intégration est déjà accordé par un autre CPAS pour une partie de cette période.",
        "Een ander OCMW kent voor een deel van deze periode al een leefloon toe.",
        "Ein anderes ÖSHZ gewährt für einen Teil dieses Zeitraums bereits ein Eingliederungseinkommen.",
        "Another CPAS already grants integration income for part of this period.");

    public static readonly FormError NothingToCorrect = new("RIS002",
        "Correction (statut de l'avis 1) sans formulaire B de la même date à corriger.",
        "Verbetering (status van het bericht 1) zonder formulier B van dezelfde datum om te verbeteren.",
        "Berichtigung (Status der Meldung 1) ohne Formular B desselben Datums.",
        "Correction (notice status 1) without a form B of the same date to correct.");

    public static readonly FormError Deceased = new("RIS003",
        "Le bénéficiaire est décédé avant la date d'entrée en vigueur.",
        "De begunstigde is overleden vóór de ingangsdatum.",
        "Der Begünstigte ist vor dem Datum des Inkrafttretens verstorben.",
        "The beneficiary died before the entry date.");

    public static readonly FormError AlreadySent = new("RIS004",
        "Un formulaire B de la même date existe déjà : envoyez une correction (statut de l'avis 1).",
        "Er bestaat al een formulier B met dezelfde datum: stuur een verbetering (status van het bericht 1).",
        "Ein Formular B desselben Datums besteht bereits: senden Sie eine Berichtigung (Status der Meldung 1).",
        "A form B of the same date already exists: send a correction (notice status 1).");

    public static readonly FormError AboveScale = new("RIS005",
        "Le montant dépasse le barème de la catégorie : le remboursement est limité au barème.",
        "Het bedrag overschrijdt het barema van de categorie: de terugbetaling is beperkt tot het barema.",
        "Der Betrag übersteigt den Tarif der Kategorie: die Erstattung ist auf den Tarif begrenzt.",
        "The amount exceeds the category's scale: the refund is limited to the scale.", FormEffect.Reduce);

    public static readonly FormError NothingToStop = new("STP001",
        "Aucun formulaire B valide de votre CPAS à cette date : un formulaire C doit mettre fin à exactement un B.",
        "Geen geldig formulier B van uw OCMW op die datum: een formulier C beëindigt precies één B.",
        "Kein gültiges Formular B Ihres ÖSHZ an diesem Datum: ein Formular C beendet genau ein B.",
        "No valid form B of your CPAS on that date: a form C ends exactly one B.");

    public static readonly FormError NothingToCancel = new("STP002",
        "Code 9 : aucun formulaire C de la même date à annuler.",
        "Code 9: geen formulier C met dezelfde datum om te annuleren.",
        "Code 9: kein Formular C desselben Datums zu annullieren.",
        "Code 9: no form C of the same date to cancel.");

    public static readonly FormError LateAttestation = new("A36001",
        "Attestation multifonctionnelle envoyée plus de 7 jours après la décision.",
        "Multifunctioneel attest verstuurd meer dan 7 dagen na de beslissing.",
        "Multifunktionale Bescheinigung mehr als 7 Tage nach dem Beschluss gesendet.",
        "Multifunctional attestation sent more than 7 days after the decision.", FormEffect.Note);

    public static readonly FormError UnknownAttestation = new("A36002",
        "Aucune attestation de votre CPAS avec cet identifiant pour cette personne.",
        "Geen attest van uw OCMW met deze identificatie voor deze persoon.",
        "Keine Bescheinigung Ihres ÖSHZ mit dieser Kennung für diese Person.",
        "No attestation of your CPAS with this identifier for this person.");

    public static readonly FormError AttestationNotActive = new("A36003",
        "L'attestation a déjà été modifiée ou supprimée : utilisez sa dernière version.",
        "Het attest werd al gewijzigd of geschrapt: gebruik de laatste versie.",
        "Die Bescheinigung wurde bereits geändert oder gelöscht: verwenden Sie ihre letzte Fassung.",
        "The attestation has already been modified or deleted: use its latest version.");

    public static IReadOnlyList<FormError> All { get; } =
        [NotIntegrated, OtherCpasGrant, NothingToCorrect, Deceased, AlreadySent, AboveScale, NothingToStop, NothingToCancel,
         LateAttestation, UnknownAttestation, AttestationNotActive];

    public static FormError Find(string code) => All.First(e => e.Code == code);

    /// <summary>The evaluation a list of reasons gives: any refusing one refuses; a reducing one accepts partially.</summary>
    public static string Evaluate(IReadOnlyCollection<FormError> errors) =>
        errors.Any(e => e.Effect == FormEffect.Refuse) ? "REFUSED" : errors.Any(e => e.Effect == FormEffect.Reduce) ? "PARTIALLYACCEPTED" : "ACCEPTED";

    /// <summary>ErrorsOnForm in <paramref name="ns"/>, its Code and Descriptions in <paramref name="children"/> (default the same).</summary>
    public static XElement Element(XNamespace ns, FormError e, XNamespace? children = null)
    {
        var c = children ?? ns;
        return new XElement(ns + "ErrorsOnForm", new XElement(c + "Code", e.Code),
            new XElement(c + "Description", new XAttribute("lang", "fr"), e.Fr), new XElement(c + "Description", new XAttribute("lang", "nl"), e.Nl),
            new XElement(c + "Description", new XAttribute("lang", "de"), e.De), new XElement(c + "Description", new XAttribute("lang", "en"), e.En));
    }
}
