using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Services.BisPerson;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>BisPersonService (modelled): the BIS lifecycle end to end, duplicates, replacement rules.</summary>
public class BisPersonTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private const string Intf = BisPersonNamespaces.Interface;

    private static string Customer => $"<informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext>";

    private async Task<XElement> Register(string last, string first, string birth, int gender, bool force = false)
    {
        var answer = await client.PostAsync(BisPersonNamespaces.Path, BisPersonNamespaces.RegisterAction, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <b:registerPersonRequest xmlns:b="{Intf}">{Customer}
              <person><lastName>{last}</lastName><firstName>{first}</firstName><birthDate>{birth}</birthDate><gender>{gender}</gender>
                <nationality>254</nationality><address><postalCode>1000</postalCode><street>Rue Haute</street><houseNumber>5</houseNumber></address></person>
              {(force ? "<forceRegistration>true</forceRegistration>" : "")}
            </b:registerPersonRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private async Task<XElement> Replace(string oldSsin, string newSsin)
    {
        var answer = await client.PostAsync(BisPersonNamespaces.Path, BisPersonNamespaces.ReplaceAction, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <b:replaceSSINRequest xmlns:b="{Intf}">{Customer}<oldSsin>{oldSsin}</oldSsin><newSsin>{newSsin}</newSsin></b:replaceSSINRequest>
            </soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement response) => response.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task BisLifecycle_SearchFails_Register_Integrate_Consult_Replace_OldAnswersMsg00006_NewWorks()
    {
        var notFound = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("HAIDARI", "1995-00-00", "KARIM", tolerance: 1))));
        Assert.Equal(["32007004"], notFound.ServiceCodes);

        var created = await Register("Haidari", "Karim", "1995-00-00", 1);
        Assert.Equal("MSG00000", Code(created));
        var bis = created.Element("ssin")!.Value;
        Assert.Equal(CbssSimulator.Registry.SsinKind.BisSexKnown, CbssSimulator.Registry.Ssin.Kind(bis));
        Assert.Equal(new CbssSimulator.Registry.IncompleteDate(1995, 0, 0), CbssSimulator.Registry.Ssin.BirthDate(bis));

        var found = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("HAIDARI", "1995-00-00", "KARIM", tolerance: 1))));
        Assert.Equal("BCSS_KSZ", found.Body!.Descendants().Single(e => e.Name.LocalName == "LimitedLegalData").Attribute("origin")!.Value);

        var integrated = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(bis, "REGISTER", 1, "2026-11-23", proof: ProofByPersonData("HAIDARI", "1995-00-00"))));
        Assert.Equal("YES", integrated.ServiceOk);

        var rn = People.Adult(90);
        Assert.Equal("MSG00000", Code(await Replace(bis, rn.Ssin)));

        var old = await client.Tx25Async(bis, Cbe);
        Assert.Equal("MSG00006", old.Element("status")!.Element("code")!.Value);
        Assert.Contains(old.Element("status")!.Elements("information"), i => i.Element("fieldName")!.Value == "newSSIN" && i.Element("fieldValue")!.Value == rn.Ssin);
        var oldSsdn = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(bis)));
        Assert.Contains(("newSSIN", rn.Ssin), oldSsdn.Information("32000006"));

        Assert.Equal("MSG00000", (await client.Tx25Async(rn.Ssin, Cbe)).Element("status")!.Element("code")!.Value);
    }

    [Fact]
    public async Task LikelyDuplicate_IsRefusedWithTheCandidates_UnlessForced()
    {
        var stefaan = People.Find(People.Stefaan);
        var refused = await Register("DEWACHTER", "Stefaan", stefaan.BirthDate, 1);
        Assert.Equal("BIS00001", Code(refused));
        Assert.Contains(People.Stefaan, refused.Element("candidates")!.Elements("candidate").Select(c => c.Element("ssin")!.Value));
        Assert.Equal("MSG00000", Code(await Register("DEWACHTER", "Stefaan", stefaan.BirthDate, 1, force: true)));
    }

    [Fact]
    public async Task Replace_NeedsABisNumber_IntegratedByTheCaller()
    {
        var created = (await Register("Nowak", "Piotr", "1988-03-04", 1)).Element("ssin")!.Value;
        Assert.Equal("MSG00012", Code(await Replace(created, People.Adult(91).Ssin)));
        Assert.Equal("MSG00008", Code(await Replace(People.Adult(92).Ssin, created)));
        Assert.Equal("MSG00005", Code(await Replace(IdentifyPersonTests.Unknown, created)));
    }

    [Fact]
    public async Task ThroughTheWcfClient_ABadBirthDateIsATypedFault()
    {
        using var kestrel = new KestrelSimulatorFactory();
        var channel = new ChannelFactory<IBisPersonService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, BisPersonNamespaces.Path))).CreateChannel();
        var request = new RegisterPersonRequestMessage
        {
            Body = new RegisterPersonRequest
            {
                InformationCustomer = new InformationCustomer { CustomerIdentification = new CustomerIdentification { CbeNumber = Cbe } },
                LegalContext = "PCSA:SOCIAL_INQUIRY",
                Person = new BisPersonData { LastName = "Ivanov", FirstName = "Olga", BirthDate = "1990/01/01", Gender = "2" },
            },
        };
        var fault = await Assert.ThrowsAsync<FaultException<CbssFault>>(() => channel.RegisterPersonAsync(request));
        Assert.Equal("MSG00008", fault.Detail.Detail.Single().ReasonCode);
        request.Body.Person.BirthDate = "1990-01-01";
        var created = await channel.RegisterPersonAsync(request);
        Assert.Equal("DATA_FOUND", created.Body!.Status!.Value);
        Assert.Equal(2, CbssSimulator.Registry.Ssin.Sex(created.Body.Ssin!));
    }
}
