using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.ManageAccess;

/// <summary>
/// ProofOfAuthentication on REGISTER and LIST: at least one of SIS card, identity card or PersonData, and every one given must
/// match the registry ("when this does not match the register/unregister will not proceed"). Names are compared
/// without case and accents; FirstName, when given, must be one of the first names or all of them.
/// </summary>
internal static class Proof
{
    private static readonly XNamespace Ma = ManageAccessService.Ma;

    public static SsdnDetail? Check(PersonRow person, XElement proof)
    {
        var sis = proof.Element(Ma + "SISCardNumber")?.Value.Trim();
        var eid = proof.Element(Ma + "IdentityCardNumber")?.Value.Trim();
        var data = proof.Element(Ma + "PersonData");
        if (sis is null && eid is null && data is null)
        {
            return SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("ProofOfAuthentication", null));
        }

        if (sis is not null && sis != person.SisCard)
        {
            return SsdnDetail.Of(SsdnReasonCodes.ProofMismatch, ("SISCardNumber", sis));
        }

        if (eid is not null && eid != person.EidCard)
        {
            return SsdnDetail.Of(SsdnReasonCodes.ProofMismatch, ("IdentityCardNumber", eid));
        }

        if (data is null)
        {
            return null;
        }

        string last = data.Element(Ma + "LastName")?.Value ?? "";
        string? first = data.Element(Ma + "FirstName")?.Value;
        string birth = data.Element(Ma + "BirthDate")?.Value.Trim() ?? "";
        if (Phonetic.Fold(last) != Phonetic.Fold(person.LastName))
        {
            return SsdnDetail.Of(SsdnReasonCodes.ProofMismatch, ("PersonData/LastName", last));
        }

        if (!string.IsNullOrWhiteSpace(first) && !FirstNameMatches(first, person.FirstNames))
        {
            return SsdnDetail.Of(SsdnReasonCodes.ProofMismatch, ("PersonData/FirstName", first));
        }

        return birth == person.BirthDate ? null : SsdnDetail.Of(SsdnReasonCodes.ProofMismatch, ("PersonData/BirthDate", birth));
    }

    private static bool FirstNameMatches(string given, string known)
    {
        var folded = Phonetic.Fold(given);
        return folded == Phonetic.Fold(known)
            || known.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(n => Phonetic.Fold(n) == folded);
    }
}
