using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Services.SelfEmployed;
using CbssSimulator.Services.TaxAssessment;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The shipped scenarios of the social-security sources: careers given in the file, consulted under 030 and 031.</summary>
public class SourceScenarioTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private async Task<SoapClient> Load(string file)
    {
        using var response = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{Path.GetFileNameWithoutExtension(file)}",
            new { scenarioText = await File.ReadAllTextAsync(Path.Combine(ScenarioTests.Folder, file)) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return root.ForSandbox(Path.GetFileNameWithoutExtension(file));
    }

    private async Task<JsonElement> Verify(string sandbox)
    {
        using var response = await root.Http.PostAsync($"/admin/sandboxes/{sandbox}/verify", null);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> Ssin(string sandbox, string name) =>
        (await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/{sandbox}/persons?q={name}")).Single().GetProperty("ssin").GetString()!;

    private static async Task<XElement> Soa(SoapClient s, string intf, string path, string action, string element, string payload)
    {
        var answer = await s.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{payload}</m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static Task<XElement> Tax(SoapClient s, string ssin, string year) => Soa(s, TaxAssessmentNamespaces.Interface, TaxAssessmentNamespaces.Path,
        TaxAssessmentNamespaces.Action, "consultTaxAssessmentRequest", $"<ssin>{ssin}</ssin><incomeYear>{year}</incomeYear>");

    private static Task<XElement> Employers(SoapClient s, string ssin) => Soa(s, DolsisNamespaces.Interface, DolsisNamespaces.Path,
        DolsisNamespaces.FindEmployers, "findEmployersByWorkerRequest", $"<ssin>{ssin}</ssin>");

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task AlimonyDebtor_Tx25LeavesOutTheApplicantOnlyTis_AndHisEmploymentAndIncomeAreOpen()
    {
        var s = await Load("alimony-debtor.yaml");
        var tx25 = await s.Tx25Async("70021012391", Cbe);
        var groups = tx25.Element("rrn_it_implicit")!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Contains("LegalMainAddresses", groups);
        Assert.DoesNotContain("IdentityCards", groups);
        Assert.False((await Verify("alimony-debtor")).GetProperty("passed").GetBoolean());

        var employers = await Employers(s, "70021012391");
        Assert.Equal("2019-03-01", employers.Descendants("employment").Single().Element("startDate")!.Value);
        var tax = await Tax(s, "70021012391", "2025");
        Assert.Equal(Taxation.Taxable(3400 * 12), double.Parse(tax.Descendants("taxableIncomeGlobally").Single().Value, System.Globalization.CultureInfo.InvariantCulture), 1);
        var verdict = await Verify("alimony-debtor");
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task AnUnemploymentSource_IsWhatTheServicesAnswer()
    {
        const string text = """
            name: unemployed-inline
            today: "2026-11-23"
            persons:
              - id: p
                lastName: Lemaire
                birthDate: "1985-03-14"
                sex: 1
                address: { postalCode: "7000", street: "Grand-Place", houseNumber: "1" }
                sources:
                  unemployment:
                    - { start: "2025-02-01", dailyAmount: 61.5, sanctionStart: "2026-03-02", sanctionEnd: "2026-03-29" }
            integrations:
              - { person: p, cpas: "0212344876", qualityCode: 001, start: "2026-11-01" }
            """;
        using var response = await root.Http.PutAsJsonAsync("/admin/sandboxes/unemployed-inline", new { scenarioText = text });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var s = root.ForSandbox("unemployed-inline");
        string ssin = await Ssin("unemployed-inline", "Lemaire");
        var rights = await Soa(s, CbssSimulator.Services.Unemployment.UnemploymentNamespaces.Interface, CbssSimulator.Services.Unemployment.UnemploymentNamespaces.Path,
            CbssSimulator.Services.Unemployment.UnemploymentNamespaces.Action, "consultUnemploymentDataRequest",
            $"<ssin>{ssin}</ssin><period><beginDate>2026-03-01</beginDate><endDate>2026-03-31</endDate></period>");
        Assert.Equal(("2025-02-01", "61.50", "2026-03-02"), (rights.Descendants("startDate").First().Value, rights.Descendants("dailyAmount").Single().Value,
            rights.Descendants("sanction").Single().Element("startDate")!.Value));
        Assert.Equal("2", rights.Descendants("payment").Single().Element("days")!.Value); // 30 and 31 March 2026: the 1st is a Sunday, 2–29 excluded
        var jobseeker = await Soa(s, CbssSimulator.Services.Jobseeker.JobseekerNamespaces.Interface, CbssSimulator.Services.Jobseeker.JobseekerNamespaces.Path,
            CbssSimulator.Services.Jobseeker.JobseekerNamespaces.Action, "consultJobseekerRequest", $"<ssin>{ssin}</ssin>");
        Assert.Equal(("FOREM", "2025-02-01"), (jobseeker.Descendants("agency").Single().Value, jobseeker.Descendants("registrationDate").Single().Value));
    }

    [Fact]
    public async Task DebtFileSources_031OpensSelfEmployedTaxAndPension_NotDimona()
    {
        var s = await Load("debt-file-sources.yaml");
        string debtor = await Ssin("debt-file-sources", "Peeters"), partner = await Ssin("debt-file-sources", "Janssens");

        var career = await Soa(s, SelfEmployedNamespaces.Interface, SelfEmployedNamespaces.Path, SelfEmployedNamespaces.Action,
            "consultSelfEmployedCareerRequest", $"<ssin>{debtor}</ssin><beginQuarter>2025Q4</beginQuarter><endQuarter>2026Q3</endQuarter>");
        Assert.Equal("Xerius", career.Descendants("socialInsuranceFund").Single().Element("name")!.Value);
        Assert.Contains(career.Descendants("regular"), r => r.Value == "false");
        var tax = await Tax(s, debtor, "2025");
        Assert.Equal(Taxation.Taxable(0, 38000), double.Parse(tax.Descendants("taxableIncomeGlobally").Single().Value, System.Globalization.CultureInfo.InvariantCulture), 1);

        var pension = await s.SsdnAsync(Ssdn("OCMWCPASPensionRegisterConsult", $"""
            <pr:Penskad_OpenPK_ConsultRequest xmlns:pr="http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
              <pr:TargetSSIN>{partner}</pr:TargetSSIN>
              <pr:Period><common:StartDate>2026-01-01</common:StartDate><common:EndDate>2026-10-31</common:EndDate></pr:Period>
            </pr:Penskad_OpenPK_ConsultRequest>
            """, version: "20090706"));
        Assert.Equal("YES", pension.ServiceOk);
        Assert.Equal("RETRAITE", pension.Body!.Descendants().Single(e => e.Name.LocalName == "Nature").Value);

        Assert.Equal("MSG00012", Code(await Employers(s, debtor)));
        Assert.False((await Verify("debt-file-sources")).GetProperty("passed").GetBoolean()); // disability not consulted yet
        Assert.Equal("MSG00012", Code(await Soa(s, CbssSimulator.Services.Handi.HandiNamespaces.Interface, CbssSimulator.Services.Handi.HandiNamespaces.Path,
            CbssSimulator.Services.Handi.HandiNamespaces.Action, "consultHandiRequest", $"<ssin>{debtor}</ssin>")));
        var verdict = await Verify("debt-file-sources");
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }
}

public class SourceScenarioCheckTests
{
    [Fact]
    public void BadSources_AreRefusedWithTheirLine()
    {
        const string text = """
            name: broken-sources
            persons:
              - lastName: Peeters
                birthDate: "1968-04-17"
                sources:
                  employments:
                    - { employer: "0400000087", start: "2020-01-01" }
                  selfEmployment:
                    - { start: "2020-01-01", end: "2019-12-31" }
                  unemployment:
                    - { start: "2021-01-01", sanctionStart: "2021-02-01" }
            """;
        var error = Assert.Throws<CbssSimulator.Scenarios.ScenarioException>(() => CbssSimulator.Scenarios.ScenarioLoader.Parse(text, "broken.yaml"));
        Assert.Contains(error.Errors, e => e.Line == 7 && e.Reason.Contains("not a valid KBO"));
        Assert.Contains(error.Errors, e => e.Line == 9 && e.Reason.Contains("ends (2019-12-31) before it starts"));
        Assert.Contains(error.Errors, e => e.Line == 11 && e.Reason.Contains("needs both sanctionStart and sanctionEnd"));
    }
}
