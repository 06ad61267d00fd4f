using CbssSimulator.Clock;
using CbssSimulator.Registry;

namespace CbssSimulator.Catalogue;

/// <summary>
/// What an example body is written with: the SSIN and CPAS asked for, that person in the registry, the simulator date,
/// and the CommonV3 pieces every modelled SOA request starts with.
/// </summary>
public sealed class ExampleContext(string ssin, string cbe, PersonStore persons, SimulatorClock clock)
{
    public string Ssin => ssin;

    public string Cbe => cbe;

    public PersonStore Persons => persons;

    public PersonRow? Person { get; } = persons.Find(ssin);

    public SimulatorClock Clock => clock;

    public DateOnly Date => clock.Today;

    /// <summary>D as yyyy-MM-dd.</summary>
    public string Today => clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Now as an xs:dateTime in UTC.</summary>
    public string Now => clock.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A modelled SOA request: informationCustomer, legalContext, then the payload.</summary>
    public string Modelled(string intf, string element, string payload, string legalContext = "PCSA:SOCIAL_INQUIRY") =>
        $"<m:{element} xmlns:m=\"{intf}\">{Customer()}<legalContext>{legalContext}</legalContext>{payload}</m:{element}>";

    public string Customer() =>
        $"<informationCustomer><ticket>example-1</ticket><timestampSent>{Now}</timestampSent>"
        + $"<customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification></informationCustomer>";

    public static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
