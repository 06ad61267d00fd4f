using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Sppis.Law1965Forms;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>
/// Every SPP IS form sent by a CPAS without the integration its row requires is refused by the BCSS, as every SSDN
/// consultation is (ServiceReply ok="NO", the reason code PerformInvestigation gives), and nothing reaches the SPP IS:
/// nothing stored, nothing listed. Once integrated, the same form gets the SPP IS's evaluation.
/// </summary>
public class BcssRefusalTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private static readonly XNamespace Pi = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation";
    private static readonly string[] Names = ["RegisterAttest", "StopAttest", "OrganicLaw", "A036", "Loi65A", "Loi65B1", "Loi65B2", "Loi65C", "Loi65D1", "Loi65D2"];
    private readonly SoapClient client = factory.Soap();

    public static TheoryData<string> Forms => [.. Names];

    /// <summary>The form's ServiceId, its body, and the quality code that integrates the person for it.</summary>
    private static (string Service, string Body, int Code) Form(string form, string ssin) => form switch
    {
        "RegisterAttest" => ("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(ssin, "2026-11-01"), 2),
        "StopAttest" => ("OCMWCPASStopAttest", IntegrationIncomeFormsTests.Stop(ssin, "2026-11-15"), 2),
        "OrganicLaw" => ("OCMWCPASOrganicLaw", $"""
            <ma:OrganicLawRequest xmlns:ma="{IntegrationIncomeFormsTests.Ma}">
              <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:DecisionDate>2026-11-20</ma:DecisionDate><ma:HousingDate>2026-11-15</ma:HousingDate>
            </ma:OrganicLawRequest>
            """, 2),
        "A036" => ("OCMWCPASA036", MultifunctionalAttestationTests.A036(ssin, "CREATE"), 2),
        "Loi65A" => ("OCMWCPASWet65Loi65AB", FormA(Cbe, ssin, "2026-11-01"), 3),
        "Loi65B1" => ("OCMWCPASWet65Loi65AB", FormB1(Cbe, ssin, "2026-11-01"), 3),
        "Loi65B2" => ("OCMWCPASWet65Loi65AB", FormB2(Cbe, ssin, 1, "2026-11-01"), 3),
        "Loi65C" => ("OCMWCPASWet65Loi65C", FormC(Cbe, ssin, "2026-11-15"), 3),
        "Loi65D1" => ("OCMWCPASWet65Loi65DF", FormD1(Cbe, ssin, "2026-11"), 3),
        "Loi65D2" => ("OCMWCPASWet65Loi65DF", FormD2(Cbe, ssin, 1, "2026-11-15"), 3),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    private Task<SsdnReply> Send(string service, string body) => client.SsdnAsync(Ssdn(service, body, Cbe, version: "20260101"));

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task WithoutTheIntegrationItsRowRequires_TheBcssRefuses_NothingReachesTheSppis_IntegratedItIsEvaluated(string form)
    {
        var p = People.Where(Adults, 300 + Array.IndexOf(Names, form));
        await client.RegisterAsync(p, Form(form, p.Ssin).Code, "2026-11-01", cbe: Liege); // another CPAS's integration does not count
        var investigation = await client.SsdnAsync(Ssdn("OCMWCPASPerformInvestigation",
            $"<pi:PerformInvestigationRequest xmlns:pi=\"{Pi}\"><pi:SocialSecurityUser>{p.Ssin}</pi:SocialSecurityUser></pi:PerformInvestigationRequest>", version: "20080604"));
        var (service, body, code) = Form(form, p.Ssin);

        var refused = await Send(service, body);
        Assert.Equal("NO", refused.ServiceOk);
        Assert.Equal(["32000012"], refused.ServiceCodes);
        Assert.Equal(investigation.ServiceCodes, refused.ServiceCodes);
        Assert.Null(refused.Body);
        Assert.Contains(("SSIN", p.Ssin), refused.Information("32000012"));
        Assert.Contains(("OrgUnit", Cbe), refused.Information("32000012"));

        var state = await client.GetJsonAsync<JsonElement>($"/admin/sppis/{p.Ssin}");
        Assert.Empty(state.GetProperty("forms").EnumerateArray());
        Assert.Empty(state.GetProperty("attestations").EnumerateArray());
        foreach (var type in new[] { "RIS", "STATUT65", "PRIME_INSTALLATION" })
        {
            var listed = await client.SsdnAsync(Ssdn("OCMWCPASListOfAttestations", IntegrationIncomeFormsTests.List(null, type), Cbe, version: "20080317"));
            Assert.True(listed.ServiceOk == "YES", listed.Text);
            Assert.DoesNotContain(p.Ssin, listed.Body!.ToString(), StringComparison.Ordinal);
        }

        await client.RegisterAsync(p, code, "2026-11-01");
        var evaluated = await Send(service, body);
        Assert.True(evaluated.ServiceOk == "YES", evaluated.Text);
        Assert.Contains(evaluated.Body!.Descendants(), e => e.Name.LocalName == "Evaluation" && e.Value is "ACCEPTED" or "REFUSED" or "PARTIALLYACCEPTED");
        Assert.DoesNotContain("CBS001", evaluated.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageWithOneFormRefused_IsRefusedWhole_NoFormOfItIsStored()
    {
        var p = People.Where(Adults, 320);
        var child = People.Where(Adults, 321);
        await client.RegisterAsync(p, 3, "2026-11-01");
        string body = FormA(Cbe, p.Ssin, "2026-11-01").Replace("</l:IdentificationA>", "</l:IdentificationA>" + """
            <l:IndividualDecisionsB2>
              <l:EntryDate>2026-11-01</l:EntryDate><l:UniqueAttestID>B20000000000001</l:UniqueAttestID><l:SSIN>CHILD</l:SSIN><l:Suffix>1</l:Suffix>
              <l:DecisionB2><c65:DecisionDate>2026-11-01</c65:DecisionDate><c65:Duration><c65:Months>3</c65:Months></c65:Duration><c65:HospitalizationCosts>true</c65:HospitalizationCosts></l:DecisionB2>
            </l:IndividualDecisionsB2>
            """.Replace("CHILD", child.Ssin, StringComparison.Ordinal), StringComparison.Ordinal);

        var refused = await Send("OCMWCPASWet65Loi65AB", body);
        Assert.Equal(["32000012"], refused.ServiceCodes);
        Assert.Contains(("SSIN", child.Ssin), refused.Information("32000012"));
        Assert.Empty((await client.GetJsonAsync<JsonElement>($"/admin/sppis/{p.Ssin}")).GetProperty("forms").EnumerateArray());
    }
}
