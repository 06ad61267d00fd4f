using System.Xml.Linq;
using CbssSimulator.Services.CbssPerson;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>CBSSPersonService.updatePerson (modelled): a BIS person's new address, for the CPAS that integrates the number.</summary>
public class CbssPersonTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    /// <summary>The host's own registry (its copy of the test registry), where the update is written.</summary>
    private CbssSimulator.Registry.PersonStore Store => new(new CbssSimulator.Registry.RegistryDatabase(factory.RegistryPath));

    private async Task<XElement> Update(string ssin, string zip = "4000", string street = "Rue Saint-Gilles", string number = "9")
    {
        var answer = await client.PostAsync(CbssPersonNamespaces.Path, CbssPersonNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:updatePersonRequest xmlns:m="{CbssPersonNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin>
            <address><postalCode>{zip}</postalCode><street>{street}</street><houseNumber>{number}</houseNumber></address></m:updatePersonRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static (string Value, string Code) Status(XElement r) => (r.Element("status")!.Element("value")!.Value, r.Element("status")!.Element("code")!.Value);

    [Fact]
    public async Task NotIntegrated_IsRefusedWithMsg00012_ThenTheBisPersonMoves()
    {
        var bis = People.Where("Register = 'BIS' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Address WHERE ToDate IS NULL)", 2);
        var before = TestRegistry.People.CurrentAddress(bis.Ssin)!;
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(await Update(bis.Ssin)));

        await client.RegisterAsync(bis, 4, "2026-11-01");
        var answer = await Update(bis.Ssin);
        Assert.Equal(("DATA_FOUND", "MSG00000"), Status(answer));
        var registered = answer.Element("registeredAddress")!;
        Assert.Equal(("62063", "2026-11-23"), (registered.Element("municipalityCode")!.Value, registered.Element("since")!.Value));

        var addresses = Store.Addresses(bis.Ssin);
        Assert.Equal(("Rue Saint-Gilles", "9", (string?)null), (addresses[^1].Street, addresses[^1].HouseNumber, addresses[^1].ToDate));
        Assert.Equal("2026-11-22", addresses.Single(a => a.Seq == before.Seq).ToDate);
    }

    [Fact]
    public async Task ANationalRegisterNumber_IsNotUpdatedHere()
    {
        var p = People.Adult(80);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var answer = await Update(p.Ssin);
        Assert.Equal(("NO_RESULT", "MSG00008"), Status(answer));
        Assert.Equal(TestRegistry.People.Addresses(p.Ssin).Count, Store.Addresses(p.Ssin).Count);
    }

    [Fact]
    public async Task AnUnknownPostalCode_IsAValidationErrorNamingIt()
    {
        var bis = People.Where("Register = 'BIS' AND DeathDate IS NULL", 3);
        await client.RegisterAsync(bis, 4, "2026-11-01");
        var answer = await Update(bis.Ssin, zip: "0999");
        Assert.Equal(("NO_RESULT", "MSG00008"), Status(answer));
        Assert.Equal("0999", answer.Element("status")!.Elements("information").Single(i => i.Element("fieldName")!.Value == "postalCode").Element("fieldValue")!.Value);
    }
}
