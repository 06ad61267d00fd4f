using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Notifications;

/// <summary>
/// A life event changes what Tx25 answers, not only what is notified: a new residence title (TI 202) or work permit
/// (198) and a waiting-register change (205) are National Register facts from their date on.
/// </summary>
public class EventsInTx25Tests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace R = "http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema";
    private readonly SoapClient client = factory.Soap();

    private static string Cpas(int n) => RegistryGenerator.CpasList().ElementAt(200 + n).Cbe;

    private async Task Event(object spec)
    {
        using var response = await client.Http.PostAsJsonAsync("/admin/events", spec);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AResidenceTitleAndAWorkPermit_AreInTx25FromTheirDate()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Nationality <> 150 AND BirthDate < '2000' AND Ssin IN (SELECT Ssin FROM Address) AND Ssin NOT IN (SELECT Ssin FROM RnFact WHERE Ti IN ('198'))");
        string cbe = Cpas(1);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        await Event(new { kind = "residencePermit", person = p.Ssin, documentType = "residencePermit", number = "B123456789", value = "F", validTo = "2031-11-22" });
        await Event(new { kind = "residencePermit", person = p.Ssin, documentType = "workPermit", number = "WP7654321" });

        var answer = await client.Tx25Async(p.Ssin, cbe, history: true);
        var titles = answer.Element("rrn_it_implicit")!.Element(R + "SpecialInfos")!.Elements().ToList();
        var current = Assert.Single(titles, t => t.Element(R + "DelDate") is null);
        Assert.Equal("2026-11-23", IsoDay(current));
        Assert.All(titles.Where(t => t != current), t => Assert.NotNull(t.Element(R + "DelDate"))); // the title before it is closed
        var permit = Assert.Single(answer.Element("rrn_it_implicit")!.Element(R + "WorkPermits")!.Elements());
        Assert.Equal("WP7654321", permit.Element(R + "PermitNumber")!.Value);
    }

    [Fact]
    public async Task AWaitingRegisterChange_IsInTx25()
    {
        var p = People.Where("Register = 'WAITING' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Address)", 2);
        string cbe = Cpas(2);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        await Event(new { kind = "waitingRegister", person = p.Ssin, ti = 205, value = "3" });

        var answer = await client.Tx25Async(p.Ssin, cbe, history: true);
        var types = answer.Element("rrn_it_implicit")!.Element(R + "RefugeeTypes")!.Elements().ToList();
        var current = Assert.Single(types, t => t.Element(R + "DelDate") is null);
        Assert.Equal("3", current.Element(R + "Code")!.Value);
        Assert.Equal("2026-11-23", IsoDay(current));
    }

    /// <summary>The item's Date (rn25: Century, Year, Month, Day) as yyyy-MM-dd.</summary>
    private static string IsoDay(XElement item)
    {
        var date = item.Element(R + "Date")!;
        return $"{date.Element(R + "Century")!.Value}{date.Element(R + "Year")!.Value}-{date.Element(R + "Month")!.Value}-{date.Element(R + "Day")!.Value}";
    }
}
