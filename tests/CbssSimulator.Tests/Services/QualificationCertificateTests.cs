using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Qualification;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>QualificationCertificateService (modelled): Flemish diplomas for persons who grew up in Flanders; 001–009 at D.</summary>
public class QualificationCertificateTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static PersonRow Adult(string language, int n) => People.Where(
        $"Register = 'RN' AND DeathDate IS NULL AND BirthDate < '2000' AND Ssin IN (SELECT Ssin FROM Address WHERE Seq = 1 AND Language = '{language}')", n);

    private async Task<XElement> Consult(string ssin)
    {
        var answer = await client.PostAsync(QualificationNamespaces.Path, QualificationNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultQualificationsRequest xmlns:m="{QualificationNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:consultQualificationsRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task AFlemishAdult_HasTheSecondaryDiplomaAt18_AWalloonNothing()
    {
        var flemings = Enumerable.Range(0, 40).Select(n => Adult("nl", n)).ToList();
        Assert.InRange(flemings.Count(p => QualificationsOf(p).Count > 0), 24, 40); // about 80 % hold a diploma
        var fleming = flemings.First(p => QualificationsOf(p).Count > 0);
        await client.RegisterAsync(fleming, 1, "2026-11-01");
        var answer = await Consult(fleming.Ssin);
        var diploma = answer.Descendants("qualification").First();
        Assert.Equal("Diploma van secundair onderwijs", diploma.Element("title")!.Value);
        Assert.Equal(IncompleteDate.Parse(fleming.BirthDate).Earliest.Year + 18, IsoDate.Parse(diploma.Element("dateObtained")!.Value).Year);

        var walloon = Adult("fr", 4);
        await client.RegisterAsync(walloon, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Consult(walloon.Ssin)));
    }

    private static IReadOnlyList<(string, int, string, DateOnly)> QualificationsOf(PersonRow p) =>
        QualificationCertificateService.Qualifications(new PersonStore(Db), p, new DateOnly(2026, 11, 23));

    [Theory]
    [InlineData(31, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var p = Adult("nl", code == 31 ? 21 : 22);
        await client.RegisterAsync(p, code, start, end);
        Assert.Equal("MSG00012", Code(await Consult(p.Ssin)));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = Enumerable.Range(25, 20).Select(n => Adult("nl", n)).First(x => QualificationsOf(x).Count > 0);
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IQualificationCertificateService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, QualificationNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultQualificationsRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "qualifications");
    }
}
