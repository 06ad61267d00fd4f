using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Services.PcsaAlerts;
using CbssSimulator.Services.SocialReport;
using CbssSimulator.Services.Sppis;
using CbssSimulator.Tests.Services.Sppis;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The shipped SPP IS scenarios (issue 6): unmet before the vendor's calls, met after them.</summary>
public class SppisScenarioTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Liege = "0299900145";
    private readonly SoapClient root = factory.Soap();

    private Task<SoapClient> Load(string name) => root.LoadScenarioAsync(name);

    private Task<bool> Passed(string sandbox) => root.ExpectationsMetAsync(sandbox);

    private async Task<string> Ssin(string sandbox, string name) =>
        (await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q={name}")).Single().GetProperty("ssin").GetString()!;

    private static Task<XElement> Soa(SoapClient s, string path, string action, string element, string intf, string inner, string cbe = Cbe) =>
        s.SoaAsync(path, action, intf, element, inner, cbe);

    private static Task<SsdnReply> Form(SoapClient s, string service, string body, string version = "20260101") => s.SsdnAsync(Ssdn(service, body, version: version));

    [Fact]
    public async Task RisGrantAttestation_TheWholeLoop()
    {
        var s = await Load("ris-grant-attestation");
        string ssin = await Ssin("ris-grant-attestation", "Lambert");
        await Form(s, "OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(ssin, "2026-11-01"));
        await Form(s, "OCMWCPASListOfAttestations", IntegrationIncomeFormsTests.List(ssin, "RIS"), "20080317");
        await Form(s, "OCMWCPASA036", MultifunctionalAttestationTests.A036(ssin, "CREATE"));
        Assert.False(await Passed("ris-grant-attestation"));
        var periods = await Soa(s, LivingWagesNamespaces.Path, LivingWagesNamespaces.Action, "consultLivingWagesPeriodsRequest", LivingWagesNamespaces.Interface, $"<ssin>{ssin}</ssin>");
        Assert.Equal("2026-11-01", periods.Descendants("beginDate").First().Value);
        await Form(s, "OCMWCPASStopAttest", IntegrationIncomeFormsTests.Stop(ssin, "2027-02-01"));
        Assert.True(await Passed("ris-grant-attestation"));
        var state = await root.GetJsonAsync<JsonElement>($"/admin/sandboxes/ris-grant-attestation/sppis/{ssin}");
        Assert.Equal(["RIS_B", "RIS_C"], state.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Law1965Refunds_AB_D1_RefusedD1_C_Code9()
    {
        var s = await Load("law1965-refunds");
        string ssin = await Ssin("law1965-refunds", "Haddad"), other = await Ssin("law1965-refunds", "Mensah");
        await Form(s, "OCMWCPASWet65Loi65AB", Law1965Forms.FormA(Cbe, ssin, "2026-11-01", registrations: Law1965Forms.Integration(3, "2026-11-01", "2027-10-31")));
        await Form(s, "OCMWCPASWet65Loi65AB", Law1965Forms.FormB1(Cbe, ssin, "2026-11-01"));
        await Form(s, "OCMWCPASWet65Loi65DF", Law1965Forms.FormD1(Cbe, ssin, "2026-11"));
        await Form(s, "OCMWCPASWet65Loi65DF", Law1965Forms.FormD1(Cbe, other, "2026-11"));
        await Form(s, "OCMWCPASWet65Loi65C", Law1965Forms.FormC(Cbe, ssin, "2027-01-01"));
        Assert.False(await Passed("law1965-refunds"));
        await Form(s, "OCMWCPASWet65Loi65C", Law1965Forms.FormC(Cbe, ssin, "2027-01-01", cancel: true));
        Assert.True(await Passed("law1965-refunds"));
    }

    [Fact]
    public async Task SocialReportTwoCpas_AskListSendReceive()
    {
        var s = await Load("social-report-two-cpas");
        string ssin = await Ssin("social-report-two-cpas", "Schmitz");
        Task<XElement> Ask() => Soa(s, SocialReportNamespaces.Path, SocialReportNamespaces.Ask, "askSocialAssistanceDataRequest", SocialReportNamespaces.Interface, $"<ssin>{ssin}</ssin>");
        string id = (await Ask()).Element("request")!.Element("requestId")!.Value;
        var pending = await Soa(s, SocialReportNamespaces.Path, SocialReportNamespaces.List, "listSocialAssistanceRequestsRequest", SocialReportNamespaces.Interface, "", Liege);
        Assert.Equal(id, pending.Element("request")!.Element("requestId")!.Value);
        await Soa(s, SocialReportNamespaces.Path, SocialReportNamespaces.Send, "sendSocialAssistanceDataRequest", SocialReportNamespaces.Interface,
            $"<ssin>{ssin}</ssin><requestId>{id}</requestId><socialReport><summary>Dossier RIS clôturé en juin.</summary></socialReport>", Liege);
        Assert.False(await Passed("social-report-two-cpas"));
        Assert.Equal("Dossier RIS clôturé en juin.", (await Ask()).Descendants("summary").Single().Value);
        Assert.True(await Passed("social-report-two-cpas"));
    }

    [Fact]
    public async Task GrantAlertWages_TheAlertIsRaisedAndAnswered()
    {
        var s = await Load("grant-alert-wages");
        string ssin = await Ssin("grant-alert-wages", "Claes");
        await Form(s, "OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(ssin, "2026-10-01"));
        var alerts = await Soa(s, PcsaAlertNamespaces.Path, PcsaAlertNamespaces.List, "listPendingAlertsRequest", PcsaAlertNamespaces.Interface, "");
        var alert = alerts.Elements("alert").Single(a => a.Element("ssin")!.Value == ssin);
        Assert.Equal("WAGES_DURING_GRANT", alert.Element("kind")!.Value);
        Assert.Contains("from 2025-03-01", alert.Element("detail")!.Value);
        Assert.False(await Passed("grant-alert-wages"));
        await Soa(s, PcsaAlertNamespaces.Path, PcsaAlertNamespaces.React, "reactRequest", PcsaAlertNamespaces.Interface,
            $"<alertId>{alert.Element("alertId")!.Value}</alertId><reaction>CORRECTED</reaction><motivation>Revenus du travail à mi-temps déduits.</motivation>");
        Assert.True(await Passed("grant-alert-wages"));
    }
}
