using System.Xml.Linq;

namespace CbssSimulator.Sources.Sppis;

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
/// (sppis-interfaces.md §5); these name the reasons the simulator checks, so a vendor can act on them. The
/// integration control is not among them: the BCSS makes it before the SPP IS sees a form (docs/decisions.md, "The BCSS
/// refuses a form before the SPP IS sees it").
/// </summary>
public static class FormErrors
{
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

    public static readonly FormError RegistrationRefused = new("CBS002",
        "Un bloc Integration ou Desintegration du formulaire enfreint une règle d'intégration de la BCSS.",
        "Een blok Integration of Desintegration van het formulier schendt een integratieregel van de KSZ.",
        "Ein Block Integration oder Desintegration des Formulars verletzt eine Integrationsregel der ZDSS.",
        "An Integration or Desintegration block of the form breaks a CBSS registration rule.");

    public static readonly FormError LateNotice = new("L65001",
        "Avis envoyé après le délai légal de 45 jours suivant la date de prise de cours (art. 9, loi du 2 avril 1965).",
        "Bericht verstuurd na de wettelijke termijn van 45 dagen na de ingangsdatum (art. 9, wet van 2 april 1965).",
        "Meldung nach der gesetzlichen Frist von 45 Tagen nach dem Anfangsdatum gesendet (Art. 9, Gesetz vom 2. April 1965).",
        "Notice sent after the legal delay of 45 days from the entry date (art. 9, law of 2 April 1965).");

    public static readonly FormError NoFormA = new("L65002",
        "Aucun formulaire A accepté de ce dossier pour ce bénéficiaire.",
        "Geen aanvaard formulier A van dit dossier voor deze begunstigde.",
        "Kein angenommenes Formular A dieser Akte für diesen Begünstigten.",
        "No accepted form A of this file for this beneficiary.");

    public static readonly FormError CEndsNothing = new("L65003",
        "Le formulaire C ne met fin à aucun formulaire B1 ou B2 valide de ce bénéficiaire et suffixe à cette date.",
        "Het formulier C beëindigt geen geldig formulier B1 of B2 van deze begunstigde en suffix op die datum.",
        "Das Formular C beendet kein gültiges Formular B1 oder B2 dieses Begünstigten und Suffixes an diesem Datum.",
        "The form C ends no valid form B1 or B2 of this beneficiary and suffix on that date.");

    public static readonly FormError NoCToCancel = new("L65004",
        "Code 9 : aucun formulaire C de la même date à annuler.",
        "Code 9: geen formulier C met dezelfde datum om te annuleren.",
        "Code 9: kein Formular C desselben Datums zu annullieren.",
        "Code 9: no form C of the same date to cancel.");

    public static readonly FormError NoAcceptedB1 = new("D65001",
        "Pas de formulaire B1 accepté et valide pour ce mois : aucune aide ne peut être remboursée.",
        "Geen aanvaard en geldig formulier B1 voor deze maand: geen enkele hulp kan worden terugbetaald.",
        "Kein angenommenes und gültiges Formular B1 für diesen Monat: keine Hilfe kann erstattet werden.",
        "No accepted, valid form B1 for this month: no aid can be refunded.");

    public static readonly FormError AidNotAnnounced = new("D65002",
        "Une aide n'a pas été annoncée dans le formulaire B1 : elle n'est pas remboursée.",
        "Een hulp werd niet aangekondigd in het formulier B1: ze wordt niet terugbetaald.",
        "Eine Hilfe wurde im Formular B1 nicht angekündigt: sie wird nicht erstattet.",
        "An aid was not announced in the form B1: it is not refunded.", FormEffect.Reduce);

    public static readonly FormError NoAcceptedB2 = new("D65003",
        "Pas de formulaire B2 accepté et valide pour ce bénéficiaire et suffixe à cette date.",
        "Geen aanvaard en geldig formulier B2 voor deze begunstigde en suffix op die datum.",
        "Kein angenommenes und gültiges Formular B2 für diesen Begünstigten und Suffix an diesem Datum.",
        "No accepted, valid form B2 for this beneficiary and suffix on that date.");

    public static readonly FormError NothingRefunded = new("F65001",
        "Aucun remboursement (D1 ou D2) accepté pour ce bénéficiaire : rien à récupérer.",
        "Geen aanvaarde terugbetaling (D1 of D2) voor deze begunstigde: niets terug te vorderen.",
        "Keine angenommene Erstattung (D1 oder D2) für diesen Begünstigten: nichts zurückzufordern.",
        "No accepted refund (D1 or D2) for this beneficiary: nothing to recover.");

    public static readonly FormError NoGrantToRecover = new("REC001",
        "Aucun revenu d'intégration accordé par votre CPAS à cette personne : rien à récupérer.",
        "Geen leefloon toegekend door uw OCMW aan deze persoon: niets terug te vorderen.",
        "Kein von Ihrem ÖSHZ gewährtes Eingliederungseinkommen für diese Person: nichts zurückzufordern.",
        "No integration income granted by your CPAS to this person: nothing to recover.");

    public static readonly FormError RecoveryTypeClosed = new("REC002",
        "Type de récupération 04 (PIIS 70 %) : seulement pour un revenu accordé avant le 01/07/2014.",
        "Type terugvordering 04 (GPMI 70 %): enkel voor een leefloon toegekend vóór 01/07/2014.",
        "Rückforderungsart 04 (PIIS 70 %): nur für ein vor dem 01.07.2014 gewährtes Einkommen.",
        "Recovery type 04 (PIIS 70 %): only for income granted before 01/07/2014.");

    public static readonly FormError RecoveryNumberUsed = new("REC003",
        "Ce numéro de séquence est déjà utilisé pour ce mois et ce bénéficiaire.",
        "Dit volgnummer is al gebruikt voor deze maand en deze begunstigde.",
        "Diese Laufnummer ist für diesen Monat und diesen Begünstigten bereits vergeben.",
        "This sequence number is already used for this month and beneficiary.");

    public static readonly FormError PremiumAlreadyGranted = new("PRM001",
        "Une prime d'installation a déjà été accordée à cette personne (une fois dans la vie).",
        "Er werd al een installatiepremie aan deze persoon toegekend (eenmaal in het leven).",
        "Dieser Person wurde bereits eine Einrichtungsprämie gewährt (einmal im Leben).",
        "An installation premium was already granted to this person (once in a lifetime).");

    public static readonly FormError PremiumAboveScale = new("PRM002",
        "Le montant dépasse la prime légale : le remboursement est limité à celle-ci.",
        "Het bedrag overschrijdt de wettelijke premie: de terugbetaling is daartoe beperkt.",
        "Der Betrag übersteigt die gesetzliche Prämie: die Erstattung ist darauf begrenzt.",
        "The amount exceeds the legal premium: the refund is limited to it.", FormEffect.Reduce);

    public static IReadOnlyList<FormError> All { get; } =
        [OtherCpasGrant, NothingToCorrect, Deceased, AlreadySent, AboveScale, NothingToStop, NothingToCancel,
         LateAttestation, UnknownAttestation, AttestationNotActive, RegistrationRefused, LateNotice, NoFormA, CEndsNothing, NoCToCancel,
         NoAcceptedB1, AidNotAnnounced, NoAcceptedB2, NothingRefunded, NoGrantToRecover, RecoveryTypeClosed, RecoveryNumberUsed,
         PremiumAlreadyGranted, PremiumAboveScale];

    public static FormError Find(string code) => All.First(e => e.Code == code);

    /// <summary>The evaluation a list of reasons gives: any refusing one refuses; a reducing one accepts partially.</summary>
    public static string Evaluate(IReadOnlyCollection<FormError> errors) =>
        errors.Any(e => e.Effect == FormEffect.Refuse) ? "REFUSED" : errors.Any(e => e.Effect == FormEffect.Reduce) ? "PARTIALLYACCEPTED" : "ACCEPTED";

    /// <summary>The journal's words for an evaluation: "ACCEPTED", "REFUSED RIS001,RIS003".</summary>
    public static string Journal(string evaluation, IEnumerable<string> codes) =>
        codes.Any() ? $"{evaluation} {string.Join(",", codes)}" : evaluation;

    /// <summary>
    /// A reason element (<paramref name="name"/>, default ErrorsOnForm) in <paramref name="ns"/>, its Code and Descriptions in
    /// <paramref name="children"/> (default the same).
    /// </summary>
    public static XElement Element(XNamespace ns, FormError e, XNamespace? children = null, string name = "ErrorsOnForm")
    {
        var c = children ?? ns;
        return new XElement(ns + name, new XElement(c + "Code", e.Code),
            new XElement(c + "Description", new XAttribute("lang", "fr"), e.Fr), new XElement(c + "Description", new XAttribute("lang", "nl"), e.Nl),
            new XElement(c + "Description", new XAttribute("lang", "de"), e.De), new XElement(c + "Description", new XAttribute("lang", "en"), e.En));
    }
}
