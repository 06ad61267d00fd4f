using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.PcsaAlerts;
using CbssSimulator.Services.SocialReport;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>ElectronicSocialReport between two CPAS and PCSAAlertReaction on a grant (both modelled), over HTTP and the WCF client.</summary>
public class SocialReportAndAlertTests(KestrelSimulatorFactory kestrel) : IClassFixture<KestrelSimulatorFactory>
{
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = kestrel.Soap();

    private Task<XElement> Call(string path, string action, string element, string intf, string inner, string cbe = Cbe) =>
        client.SoaAsync(path, action, intf, element, inner, cbe);

    private Task<XElement> Ask(string ssin, string cbe = Cbe) => Call(SocialReportNamespaces.Path, SocialReportNamespaces.Ask, "askSocialAssistanceDataRequest",
        SocialReportNamespaces.Interface, $"<ssin>{ssin}</ssin>", cbe);

    private Task<XElement> Send(string ssin, string requestId, string cbe = Liege) => Call(SocialReportNamespaces.Path, SocialReportNamespaces.Send,
        "sendSocialAssistanceDataRequest", SocialReportNamespaces.Interface, $"""
        <ssin>{ssin}</ssin><requestId>{requestId}</requestId>
        <socialReport><summary>Revenu d'intégration depuis janvier, médiation de dettes en cours.</summary>
          <aid><kind>INTEGRATION_INCOME</kind><period><beginDate>2026-01-01</beginDate><endDate>2026-06-30</endDate></period><monthlyAmount>1340.48</monthlyAmount></aid>
          <aid><kind>DEBT_MEDIATION</kind><period><beginDate>2026-03-01</beginDate></period></aid></socialReport>
        """, cbe);

    private Task<XElement> Pending(string cbe) => Call(SocialReportNamespaces.Path, SocialReportNamespaces.List, "listSocialAssistanceRequestsRequest",
        SocialReportNamespaces.Interface, "", cbe);

    private Task<XElement> Alerts(string cbe = Cbe) => Call(PcsaAlertNamespaces.Path, PcsaAlertNamespaces.List, "listPendingAlertsRequest", PcsaAlertNamespaces.Interface, "", cbe);

    private Task<XElement> React(string alertId, string cbe = Cbe) => Call(PcsaAlertNamespaces.Path, PcsaAlertNamespaces.React, "reactRequest", PcsaAlertNamespaces.Interface,
        $"<alertId>{alertId}</alertId><reaction>JUSTIFIED</reaction><motivation>Contrat de 3 jours, revenus déduits.</motivation>", cbe);

    private static string Code(XElement body) => body.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task TheNewCpasAsks_ThePreviousOneSeesTheRequestAndAnswers_TheAskerReceivesTheReport()
    {
        var p = People.Where(Adults, 60);
        await client.RegisterAsync(p, 2, "2026-01-01", "2026-06-30", cbe: Liege);
        await client.RegisterAsync(p, 1, "2026-11-15");
        var asked = (await Ask(p.Ssin)).Element("request")!;
        Assert.Equal((Liege, "PENDING"), (asked.Element("previousCpas")!.Value, asked.Element("state")!.Value));
        string id = asked.Element("requestId")!.Value;
        Assert.Equal(id, (await Ask(p.Ssin)).Element("request")!.Element("requestId")!.Value);

        Assert.Contains((await Pending(Liege)).Elements("request"), r => r.Element("requestId")!.Value == id && r.Element("askingCpas")!.Value == Cbe);
        Assert.Equal("MSG00012", Code(await Send(p.Ssin, id)));
        await client.RegisterAsync(p, 1, "2026-11-20", cbe: Liege);
        Assert.Equal("ANSWERED", (await Send(p.Ssin, id)).Element("request")!.Element("state")!.Value);
        Assert.Equal("MSG00008", Code(await Send(p.Ssin, id)));
        Assert.DoesNotContain((await Pending(Liege)).Elements("request"), r => r.Element("requestId")!.Value == id);

        var report = (await Ask(p.Ssin)).Element("request")!;
        Assert.Equal("ANSWERED", report.Element("state")!.Value);
        Assert.Equal(["INTEGRATION_INCOME", "DEBT_MEDIATION"], report.Element("socialReport")!.Elements("aid").Select(a => a.Element("kind")!.Value));
    }

    [Fact]
    public async Task Asking_WithoutAPreviousCpas_NoData_WithoutIntegration_Refused_AWrongRequestId_Invalid()
    {
        var p = People.Where(Adults, 61);
        Assert.Equal("MSG00012", Code(await Ask(p.Ssin)));
        await client.RegisterAsync(p, 1, "2026-11-15");
        Assert.Equal("MSG00100", Code(await Ask(p.Ssin)));
        await client.RegisterAsync(p, 1, "2026-11-15", cbe: Liege);
        Assert.Equal("MSG00008", Code(await Send(p.Ssin, "ESR0000099999")));
    }

    [Fact]
    public async Task AGrantToSomeoneWhoWorks_RaisesAWageAlert_AnsweredOnce()
    {
        var p = People.Where(Adults + " AND Ssin IN (SELECT Ssin FROM Employment WHERE EndDate IS NULL AND StartDate < '2025-01-01')", 3);
        await client.RegisterAsync(p, 2, "2026-10-01");
        var grant = await client.SsdnAsync(Ssdn("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2026-10-01"), version: "20260101"));
        Assert.Equal("ACCEPTED", IntegrationIncomeFormsTests.Verdict(grant).Evaluation);

        var alert = Assert.Single((await Alerts()).Elements("alert"), a => a.Element("ssin")!.Value == p.Ssin);
        Assert.Equal("WAGES_DURING_GRANT", alert.Element("kind")!.Value);
        Assert.Equal(grant.Body!.Element(IntegrationIncomeFormsTests.Ma + "ReferenceSPP_POD")!.Value, alert.Element("grantReference")!.Value);
        string id = alert.Element("alertId")!.Value;

        Assert.Equal("MSG00008", Code(await React(id, Liege)));
        Assert.Equal("JUSTIFIED", (await React(id)).Element("alert")!.Element("reaction")!.Element("code")!.Value);
        Assert.Equal("MSG00008", Code(await React(id)));
        Assert.DoesNotContain((await Alerts()).Elements("alert"), a => a.Element("ssin")!.Value == p.Ssin);
    }

    [Fact]
    public async Task AnA036OfAnotherCpas_RaisesAnAlertOnTheGrant_ThroughTheWcfClient()
    {
        var p = People.Where(Adults + " AND Ssin NOT IN (SELECT Ssin FROM Employment)", 4);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await client.SsdnAsync(Ssdn("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2026-11-01"), version: "20260101"));
        await client.RegisterAsync(p, 2, "2026-11-01", cbe: Liege);
        await client.SsdnAsync(Ssdn("OCMWCPASA036", MultifunctionalAttestationTests.A036(p.Ssin, "CREATE"), Liege, version: "20260101"));

        var channel = new ChannelFactory<IPcsaAlertReactionService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, PcsaAlertNamespaces.Path))).CreateChannel();
        var response = await channel.ListAsync(new ListPendingAlertsRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext></r>")),
        });
        var alerts = response.Body!.Elements!.Where(e => e.LocalName == "alert").Select(e => XElement.Parse(e.OuterXml)).ToList();
        Assert.Contains(alerts, a => a.Element("ssin")!.Value == p.Ssin && a.Element("kind")!.Value == "AID_AT_OTHER_CPAS" && a.Element("detail")!.Value.Contains(Liege));
    }

    [Fact]
    public async Task AGrantRunningPastTheDeath_RaisesADeathAlert()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NOT NULL AND Ssin NOT IN (SELECT Ssin FROM Employment)");
        await client.RegisterAsync(p, 2, "2026-11-01");
        var grant = await client.SsdnAsync(Ssdn("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2023-01-01"), version: "20260101"));
        Assert.Equal("ACCEPTED", IntegrationIncomeFormsTests.Verdict(grant).Evaluation);
        var alert = Assert.Single((await Alerts()).Elements("alert"), a => a.Element("ssin")!.Value == p.Ssin);
        Assert.Equal(("BENEFICIARY_DECEASED", $"died on {p.DeathDate}"), (alert.Element("kind")!.Value, alert.Element("detail")!.Value));
    }

    [Theory]
    [InlineData("<reaction>JUSTIFIED</reaction>", "<reaction>IGNORED</reaction>", "reaction")]
    [InlineData("<motivation>Contrat de 3 jours, revenus déduits.</motivation>", "<motivation></motivation>", "motivation")]
    public async Task React_WithAnInvalidField_Msg00008NamingIt(string from, string to, string field)
    {
        var answer = await client.PostAsync(PcsaAlertNamespaces.Path, PcsaAlertNamespaces.React, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:reactRequest xmlns:m="{PcsaAlertNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><alertId>ALR0000000001</alertId><reaction>JUSTIFIED</reaction><motivation>Contrat de 3 jours, revenus déduits.</motivation></m:reactRequest></soapenv:Body></soapenv:Envelope>
            """.Replace(from, to));
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("MSG00008", Code(answer.Body));
        Assert.Contains(field, answer.Body.Element("status")!.Element("information")!.Element("fieldName")!.Value);
    }

    [Fact]
    public async Task Send_WithoutASummary_Msg00008_AndAskThroughTheWcfClient()
    {
        var p = People.Where(Adults, 62);
        await client.RegisterAsync(p, 1, "2026-11-15", cbe: Liege);
        var invalid = await Call(SocialReportNamespaces.Path, SocialReportNamespaces.Send, "sendSocialAssistanceDataRequest", SocialReportNamespaces.Interface,
            $"<ssin>{p.Ssin}</ssin><requestId>ESR0000000001</requestId><socialReport><remarks>?</remarks></socialReport>", Liege);
        Assert.Equal("MSG00008", Code(invalid));

        await client.RegisterAsync(p, 2, "2026-11-20");
        var channel = new ChannelFactory<IElectronicSocialReportService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, SocialReportNamespaces.Path))).CreateChannel();
        var response = await channel.AskAsync(new AskSocialAssistanceDataRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        var request = XElement.Parse(response.Body!.Elements!.Single(e => e.LocalName == "request").OuterXml);
        Assert.Equal((Liege, "PENDING"), (request.Element("previousCpas")!.Value, request.Element("state")!.Value));
    }
}
