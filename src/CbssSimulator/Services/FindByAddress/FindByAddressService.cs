using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.FindByAddress;

/// <summary>
/// OCMWCPASFindByAddress (legacy SSDN, modelled): the living National Register persons at an address, as
/// NRPPersonService finds them. No integration control (seed 003: the criterion is not a NISS); nobody there → a reply
/// with <c>NumberOfPersons</c> 0.
/// </summary>
public sealed class FindByAddressService(PersonStore persons, RegistryDatabase db) : ISsdnService
{
    public const string ServiceId = "OCMWCPASFindByAddress";

    public static readonly XNamespace Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/FindByAddress";

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var address = request.Element(Ns + "Address")!;
        string Field(string name) => address.Element(Ns + name)?.Value ?? "";
        var hits = AddressSearch.LivingAt(db, persons, Field("PostalCode"), Field("Street"), Field("HouseNumber"), address.Element(Ns + "Box")?.Value);
        var reply = new XElement(Ns + "FindByAddressReply",
            new XElement(address),
            new XElement(Ns + "NumberOfPersons", hits.Count),
            hits.Select(h => new XElement(Ns + "Person",
                new XElement(Ns + "SSIN", h.Person.Ssin), new XElement(Ns + "LastName", h.Person.LastName),
                h.Person.FirstNames.Length == 0 ? null : new XElement(Ns + "FirstName", h.Person.FirstNames),
                new XElement(Ns + "BirthDate", h.Person.BirthDate), new XElement(Ns + "Gender", h.Person.Sex), new XElement(Ns + "Since", h.Since))));
        return new SsdnOutcome([], reply) { Operation = "search" };
    }
}
