using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.ManagePerson;

/// <summary>
/// ManagePerson.createKSZCitizen (modelled SSDN contract), the legacy name of BisPersonService.registerPerson: creates a
/// BIS number, or refuses a likely duplicate with ERROR 32007020 listing up to five candidates (unless ForceRegistration).
/// ServiceId "ManagePerson" (or "ManagePerson.createKSZCitizen"), Version 20050930. No integration control.
/// </summary>
public sealed class ManagePersonService(PersonStore persons, SimulatorClock clock) : ISsdnService
{
    public static readonly XNamespace Mp = "http://www.ksz-bcss.fgov.be/XSD/SSDN/ManagePerson";

    public SsdnOutcome Handle(SsdnCall call, XElement r)
    {
        string Text(string name) => r.Element(Mp + name)?.Value.Trim() ?? "";
        int? Int(XElement? e) => int.TryParse(e?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;
        if (!IncompleteDate.TryParse(Text("BirthDate"), out var birth))
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("BirthDate", Text("BirthDate")))) with { Operation = "createKSZCitizen" };
        }

        var place = r.Element(Mp + "BirthPlace");
        var address = r.Element(Mp + "Address");
        var application = new BisApplication(Text("LastName"), r.Element(Mp + "FirstName")?.Value.Trim(), birth, Int(r.Element(Mp + "Gender")) ?? 0,
            Int(r.Element(Mp + "Nationality")), Int(r.Element(Mp + "CivilState")), Int(place?.Element(Mp + "MunicipalityCode")),
            Int(place?.Element(Mp + "CountryCode")), place?.Element(Mp + "Description")?.Value, address?.Element(Mp + "PostalCode")?.Value.Trim(),
            address?.Element(Mp + "Street")?.Value, address?.Element(Mp + "HouseNumber")?.Value, address?.Element(Mp + "Box")?.Value);
        if (Text("ForceRegistration") is not ("true" or "1") && BisRegistration.Duplicates(persons, application) is { Count: > 0 } twins)
        {
            return SsdnOutcome.Error(new SsdnDetail(SsdnReasonCodes.LikelyDuplicate, twins.Take(5).Select(t => ("Candidate SSIN", (string?)t.Ssin)).ToList()))
                with { Operation = "createKSZCitizen" };
        }

        var ssin = BisRegistration.Register(persons, application, clock.Today);
        return new SsdnOutcome([], new XElement(Mp + "createKSZCitizenReply", new XElement(Mp + "SSIN", ssin))) { Operation = "createKSZCitizen", Ssin = ssin };
    }
}
