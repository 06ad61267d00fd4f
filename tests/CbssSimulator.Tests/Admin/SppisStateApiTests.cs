using System.Net;
using System.Text.Json;
using CbssSimulator.Tests.Services.Sppis;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>GET /admin/sppis/{ssin}: what the simulated SPP IS holds about a person, for a tester.</summary>
public class SppisStateApiTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    [Fact]
    public async Task ShowsTheFormsAndAttestationsAVendorSent_AndRefusesAnUnknownSsin()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'", 70);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await client.SsdnAsync(Ssdn("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2026-11-01"), version: "20260101"));
        await client.SsdnAsync(Ssdn("OCMWCPASStopAttest", IntegrationIncomeFormsTests.Stop(p.Ssin, "2026-12-01"), version: "20260101"));
        await client.SsdnAsync(Ssdn("OCMWCPASA036", MultifunctionalAttestationTests.A036(p.Ssin, "CREATE"), version: "20260101"));

        var state = await client.GetJsonAsync<JsonElement>($"/admin/sppis/{p.Ssin}");
        var forms = state.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(["RIS_B", "RIS_C"], forms.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(("ACCEPTED", "2026-11-30"), (forms[0].GetProperty("evaluation").GetString(), forms[0].GetProperty("endDate").GetString()));
        Assert.Equal(forms[0].GetProperty("reference").GetString(), forms[1].GetProperty("linkedReference").GetString());
        Assert.Equal("ACTIVE", state.GetProperty("attestations")[0].GetProperty("status").GetString());

        using var unknown = await client.Http.GetAsync("/admin/sppis/85073003329");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
