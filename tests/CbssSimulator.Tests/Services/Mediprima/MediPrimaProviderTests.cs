using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Mediprima.ManageCarmedTests;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Mediprima;

/// <summary>What a CPAS opens, a care provider sees (MediPrima consult v2, public eHealth schema); ManageCarmed through the WCF client.</summary>
public class MediPrimaProviderTests(KestrelSimulatorFactory kestrel) : IClassFixture<KestrelSimulatorFactory>
{
    private static readonly XNamespace P = MediPrimaConsultNamespaces.Protocol, Core = MediPrimaConsultNamespaces.Core;
    private readonly SoapClient client = kestrel.Soap();

    private static string Request(string ssin, string criteria) => $"""
        <p:ConsultCarmedInterventionRequest xmlns:p="{P}" Id="_r1" IssueInstant="2026-11-23T10:00:00Z">
          <SelectionCriteria><BySsin><Ssin>{ssin}</Ssin>{criteria}</BySsin></SelectionCriteria>
        </p:ConsultCarmedInterventionRequest>
        """;

    private async Task<XElement> Provider(string ssin, string criteria)
    {
        var answer = await client.PostAsync(MediPrimaConsultNamespaces.Path, MediPrimaConsultNamespaces.Action,
            $"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>{Request(ssin, criteria)}</soapenv:Body></soapenv:Envelope>");
        Assert.False(answer.IsFault, answer.Text);
        if (OfficialSchemas.SharedFolder is not null)
        {
            var errors = OfficialSchemas.ValidateEHealth(answer.Body);
            Assert.True(errors.Count == 0, string.Join("; ", errors) + "\n" + answer.Body);
        }

        return answer.Body;
    }

    private static string Status(XElement r) => r.Element(Core + "Status")!.Element(Core + "StatusCode")!.Attribute("Value")!.Value;

    private Task<XElement> Cpas(string op, string payload) => client.SoaAsync(ManageCarmedNamespaces.Path, ManageCarmedNamespaces.Action(op),
        ManageCarmedNamespaces.Interface, op + "Request", payload, legalContext: ManageCarmedService.LegalContext);

    [Fact]
    public async Task TheProviderSeesTheOpenedCard_ItsModification_AndNoLongerAfterTheStop()
    {
        var p = People.Where(Bis, 10);
        Assert.Equal(MediPrimaConsultNamespaces.DataNotFound, Status(await Provider(p.Ssin, $"<ReferenceDate>{Day(0)}</ReferenceDate>")));
        await client.RegisterAsync(p, 4, Day(-20), Day(300));
        string number = (await Cpas("openCarmed", Decision(p.Ssin, -20, 60, Covers(-20, 60, "doctor", "hospitalisation", "ambulatoryHospitalisation"))))
            .Element("carmed")!.Element("eCarmedNumber")!.Value;

        var seen = await Provider(p.Ssin, $"<ReferenceDate>{Day(0)}</ReferenceDate>");
        Assert.Equal(MediPrimaConsultNamespaces.Success, Status(seen));
        var carmed = seen.Element("Result")!.Element("Carmed")!;
        Assert.Equal((number, "1"), (carmed.Element("CarmedIdentifier")!.Element("CarmedNumber")!.Value, carmed.Element("CarmedIdentifier")!.Element("VersionNumber")!.Value));
        Assert.Equal(["Doctor", "Hospitalization", "AmbulatoryHospitalization"], carmed.Element("CarmedContent")!.Element("MedicalCover")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("31", carmed.Descendants("RefundCode").Single().Value);

        await Cpas("modifyCarmed", Decision(p.Ssin, -20, 90, number: number));
        var modified = (await Provider(p.Ssin, $"<Period><StartDate>{Day(0)}</StartDate><EndDate>{Day(90)}</EndDate></Period>")).Element("Result")!.Element("Carmed")!;
        Assert.Equal(("2", Day(90)), (modified.Descendants("VersionNumber").Single().Value, modified.Element("CarmedIdentifier")!.Element("ValidityPeriod")!.Element("EndDate")!.Value));

        await Cpas("stopCarmed", $"<ssin>{p.Ssin}</ssin><eCarmedNumber>{number}</eCarmedNumber><endDate>{Day(-1)}</endDate>");
        Assert.Equal(MediPrimaConsultNamespaces.DataNotFound, Status(await Provider(p.Ssin, $"<ReferenceDate>{Day(0)}</ReferenceDate>")));
        Assert.Equal(MediPrimaConsultNamespaces.Success, Status(await Provider(p.Ssin, $"<ReferenceDate>{Day(-5)}</ReferenceDate>")));
    }

    [Fact]
    public async Task AnInvalidSsin_IsARequesterStatus()
    {
        Assert.Equal(MediPrimaConsultNamespaces.Requester, Status(await Provider("85073003329", $"<ReferenceDate>{Day(0)}</ReferenceDate>")));
    }

    [SkippableFact]
    public void TheRequestWeSend_ValidatesAgainstThePublicSchema()
    {
        Skip.If(OfficialSchemas.SharedFolder is null, OfficialSchemas.MissingMessage);
        Assert.Empty(OfficialSchemas.ValidateEHealth(XElement.Parse(Request("85073003328", "<Period><StartDate>2026-11-01</StartDate><EndDate>2026-11-30</EndDate></Period>"))));
    }

    [Fact]
    public async Task ManageCarmed_ThroughTheWcfClient()
    {
        var p = People.Where(Bis, 11);
        await client.RegisterAsync(p, 1, Day(0));
        var channel = new ChannelFactory<IManageCarmedService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, ManageCarmedNamespaces.Path))).CreateChannel();
        var response = await channel.EvaluateAsync(new CarmedMessages.EvaluateRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>"
                + $"<legalContext>manage eCarmed</legalContext>{Decision(p.Ssin, 0, 30)}</r>")),
        });
        var carmed = XElement.Parse(response.Body!.Elements!.Single(e => e.LocalName == "carmed").OuterXml);
        Assert.Equal("31", carmed.Element("refund")!.Element("refundCode")!.Value);
    }
}
