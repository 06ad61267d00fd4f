using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.IdentifyPerson;

/// <summary>
/// VerificationData (docs/decisions.md, "IdentifyPerson: verification data"): succeeds when any sub-element validates. A matching SIS or identity card number,
/// or PersonData matched exactly → 12007001. PersonData differing only by case or accents → 22007007 with the
/// registry's values and 12007001. A real mismatch → 22007007 only.
/// </summary>
internal static class Verification
{
    private static readonly XNamespace Ip = IdentifyPersonService.Ip;

    public static bool Check(PersonRow person, XElement? verification, List<SsdnDetail> details)
    {
        if (verification is null)
        {
            return false;
        }

        bool validated = Matches(verification.Element(Ip + "SISCardNumber"), person.SisCard)
            || Matches(verification.Element(Ip + "IdentityCardNumber"), person.EidCard);
        if (verification.Element(Ip + "PersonData") is { } data)
        {
            var given = new (string? Given, string Known)[]
            {
                (IdentifyPersonService.Text(data.Element(Ip + "LastName")), person.LastName),
                (IdentifyPersonService.Text(data.Element(Ip + "FirstName")), person.FirstNames),
                (IdentifyPersonService.Text(data.Element(Ip + "MiddleName")), ""),
                (IdentifyPersonService.Text(data.Element(Ip + "BirthDate")), person.BirthDate),
            }.Where(f => f.Given is not null).ToList();
            bool exact = given.All(f => string.Equals(f.Given, f.Known, StringComparison.Ordinal));
            bool folded = given.All(f => Phonetic.Fold(f.Given) == Phonetic.Fold(f.Known) && (f.Known.Any(char.IsLetter) || f.Given == f.Known));
            if (!exact)
            {
                details.Add(SsdnDetail.Of(SsdnReasonCodes.PersonDataMismatch,
                    ("Phonetic Information: Birth Date", person.BirthDate),
                    ("Phonetic Information: First Name", person.FirstNames),
                    ("SSIN", person.Ssin),
                    ("Phonetic Information: Last Name", person.LastName),
                    ("Phonetic Information: Middle Name", null)));
            }

            validated |= exact || folded;
        }

        if (validated)
        {
            details.Add(SsdnDetail.Of(SsdnReasonCodes.IdentityValidated, ("SSIN", person.Ssin)));
        }

        return validated;
    }

    private static bool Matches(XElement? given, string? known) =>
        given is not null && known is not null && given.Value.Trim() == known;
}
