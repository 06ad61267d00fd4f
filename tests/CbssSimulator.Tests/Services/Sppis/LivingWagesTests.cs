using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Sppis;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>LivingWages V2 (modelled): the A036 of every CPAS merged into periods per CPAS and kind of aid, also through the WCF client.</summary>
public class LivingWagesTests(KestrelSimulatorFactory kestrel) : IClassFixture<KestrelSimulatorFactory>
{
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = kestrel.Soap();

    private async Task Attest(string ssin, string begin, string? end, string category = "2", string cbe = Cbe)
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASA036", MultifunctionalAttestationTests.A036(ssin, "CREATE", begin: begin, end: end, category: category), cbe, version: "20260101"));
        Assert.Equal("ACCEPTED", reply.Body!.Element(MultifunctionalAttestationTests.L + "Evaluation")!.Value);
    }

    private Task<XElement> Consult(string ssin, string cbe = Cbe) => client.SoaAsync(LivingWagesNamespaces.Path, LivingWagesNamespaces.Action,
        LivingWagesNamespaces.Interface, "consultLivingWagesPeriodsRequest", $"<ssin>{ssin}</ssin>", cbe);

    [Fact]
    public async Task TouchingAttestations_MergeIntoOnePeriod_PerCpasAndKindOfAid()
    {
        var p = People.Where(Adults, 30);
        await client.RegisterAsync(p, 2, "2026-06-01");
        await client.RegisterAsync(p, 2, "2026-06-01", cbe: Liege);
        await Attest(p.Ssin, "2026-06-01", "2026-08-31", "1");
        await Attest(p.Ssin, "2026-09-01", "2026-12-31", "2");
        await Attest(p.Ssin, "2027-02-01", null, "5");
        await Attest(p.Ssin, "2026-06-01", "2026-06-30", "3", Liege);

        var answer = await Consult(p.Ssin);
        Assert.Equal("MSG00000", answer.Element("status")!.Element("code")!.Value);
        var periods = answer.Descendants("livingWagesPeriod").Select(x => (x.Element("cpas")!.Element("cbeNumber")!.Value, x.Element("aid")!.Value,
            x.Element("period")!.Element("beginDate")!.Value, x.Element("period")!.Element("endDate")?.Value, x.Element("category")!.Element("code")!.Value)).ToList();
        Assert.Equal([(Cbe, "INTEGRATION_INCOME", "2026-06-01", "2026-12-31", "2"), (Liege, "INTEGRATION_INCOME", "2026-06-01", "2026-06-30", "3"),
            (Cbe, "EQUIVALENT_SOCIAL_AID", "2027-02-01", null, "5")], periods);
    }

    [Fact]
    public async Task WithoutAttestations_Msg00100_AndUnder030_Refused()
    {
        var p = People.Where(Adults, 31);
        await client.RegisterAsync(p, 40, "2026-11-01");
        Assert.Equal("MSG00100", (await Consult(p.Ssin)).Element("status")!.Element("code")!.Value);
        var debtor = People.Where(Adults, 32);
        await client.RegisterAsync(debtor, 30, "2026-11-01");
        Assert.Equal("MSG00012", (await Consult(debtor.Ssin)).Element("status")!.Element("code")!.Value);
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = People.Where(Adults, 33);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await Attest(p.Ssin, "2026-11-01", "2027-04-30");
        var channel = new ChannelFactory<ILivingWagesService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, LivingWagesNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultLivingWagesRequest
        {
            Body = AnyBody.From(XElement.Parse(
                $"<r><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "livingWagesPeriods");
    }

    [Fact]
    public async Task ABadChecksum_Msg00011_AMalformedSsin_AClientFaultMsg00008()
    {
        Assert.Equal("MSG00011", (await Consult("85073003329")).Element("status")!.Element("code")!.Value);
        var answer = await client.PostAsync(LivingWagesNamespaces.Path, LivingWagesNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultLivingWagesPeriodsRequest xmlns:m="{LivingWagesNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>8507300332</ssin></m:consultLivingWagesPeriodsRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.True(answer.IsFault);
        Assert.Contains("<reasonCode>MSG00008</reasonCode>", answer.Text);
    }
}
