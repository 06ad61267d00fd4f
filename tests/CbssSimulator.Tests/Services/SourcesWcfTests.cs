using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.ConsultAttest;
using CbssSimulator.Services.SocialRate;
using CbssSimulator.Services.TaxAssessment;
using CbssSimulator.Sources.DisabilityAllowances;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>TaxAssessmentData, SocialRateInvestigation and ConsultAttest through the WCF client, as a vendor's .NET product calls them.</summary>
public class SourcesWcfTests(KestrelSimulatorFactory kestrel) : IClassFixture<KestrelSimulatorFactory>
{
    private static AnyBody Request(string ssin) => AnyBody.From(XElement.Parse(
        $"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{ssin}</ssin></r>"));

    private T Channel<T>(string path) => new ChannelFactory<T>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, path))).CreateChannel();

    private static string Code(AnyBody body) => body.Elements!.Single(e => e.LocalName == "status").ChildNodes.Cast<System.Xml.XmlNode>().Single(n => n.LocalName == "code").InnerText;

    [Fact]
    public async Task TaxAssessment_ThroughTheWcfClient()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Employment WHERE WorkerType = 'OTH' AND StartDate < '2023-01-01' AND EndDate IS NULL)", 7);
        await kestrel.Soap().RegisterAsync(p, 30, "2026-11-01");
        var response = await Channel<ITaxAssessmentService>(TaxAssessmentNamespaces.Path).ConsultAsync(new ConsultTaxAssessmentRequest { Body = Request(p.Ssin) });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "assessments");
    }

    [Fact]
    public async Task SocialRate_ThroughTheWcfClient_ForADisabledAdult()
    {
        var p = Enumerable.Range(200, 2000).Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate BETWEEN '1965' AND '2000'", n))
            .First(x => Disability.Right(x, new DateOnly(2026, 11, 23))?.Kind == "ARR_AI");
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var response = await Channel<ISocialRateService>(SocialRateNamespaces.Path).ConsultAsync(new ConsultSocialRateRequest { Body = Request(p.Ssin) });
        Assert.Equal("MSG00000", Code(response.Body!));
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "socialRate");
    }

    [Fact]
    public async Task ConsultAttest_ThroughTheWcfClient_RefusedWithoutIntegration()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990'", 77);
        var response = await Channel<IConsultAttestService>(ConsultAttestNamespaces.Path).ConsultAsync(new ConsultIncapacityRequest { Body = Request(p.Ssin) });
        Assert.Equal("MSG00012", Code(response.Body!));
    }
}
