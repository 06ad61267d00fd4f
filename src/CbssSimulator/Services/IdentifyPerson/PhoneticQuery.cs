using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.IdentifyPerson;

/// <summary>The PhoneticCriteria of a request, validated as the real service does (seeds 000/001 rules).</summary>
internal sealed record PhoneticQuery(string LastName, string? FirstName, IncompleteDate BirthDate, int? Gender, int? Tolerance, int? Maximum)
{
    private static readonly XNamespace Ip = IdentifyPersonService.Ip;

    public static PhoneticQuery? Read(XElement criteria, List<SsdnDetail> errors)
    {
        string? last = IdentifyPersonService.Text(criteria.Element(Ip + "LastName"));
        string birthText = criteria.Element(Ip + "BirthDate")!.Value.Trim();
        var toleranceElement = criteria.Element(Ip + "Tolerance");
        int? tolerance = Int(toleranceElement);
        if (last is null)
        {
            errors.Add(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("Phonetic Criteria: Last Name", null)));
        }

        if (!IncompleteDate.TryParse(birthText, out var birth))
        {
            errors.Add(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("Phonetic Criteria: Birth Date", birthText)));
        }
        else if (!birth.IsComplete && toleranceElement is null)
        {
            errors.Add(SsdnDetail.Of(SsdnReasonCodes.ToleranceRequired, ("Phonetic Criteria: Birth Date", birthText), ("Phonetic Criteria: Birth Date Tolerance", null)));
        }

        if (tolerance is < 0 or > 10 || (toleranceElement is not null && tolerance is null))
        {
            // A tolerance too large for a number (99999999999999999999) is out of range too, never taken as none.
            errors.Add(SsdnDetail.Of(SsdnReasonCodes.ToleranceRange, ("Phonetic Criteria: Birth Date Tolerance", toleranceElement!.Value.Trim())));
        }

        return errors.Count > 0 ? null : new PhoneticQuery(last!, IdentifyPersonService.Text(criteria.Element(Ip + "FirstName")), birth,
            Int(criteria.Element(Ip + "Gender")), tolerance, Int(criteria.Element(Ip + "Maximum")));
    }

    private static int? Int(XElement? e) => e is not null && int.TryParse(e.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;
}
