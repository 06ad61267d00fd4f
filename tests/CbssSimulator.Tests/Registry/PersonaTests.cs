using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Registry.Personas;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Registry;

/// <summary>The persona catalogue (docs/decisions.md, "Personas"): in every registry, documented, served, and pinned by a golden file.</summary>
public class PersonaTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static string Repo => Path.GetDirectoryName(RepoFiles.Solution)!;

    private static string GoldenPath => Path.Combine(Repo, "tests", "CbssSimulator.Tests", "Registry", "personas.golden.txt");

    [Fact]
    public void Catalogue_HasThirtyPersonas_WithValidReservedNumbers_ThatFitTheirBirthDate()
    {
        Assert.True(PersonaCatalogue.All.Count >= 30, $"{PersonaCatalogue.All.Count} personas");
        Assert.Equal(PersonaCatalogue.All.Count, PersonaCatalogue.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal(PersonaCatalogue.All.Count, PersonaCatalogue.All.Select(p => p.Ssin).Distinct().Count());
        foreach (var p in PersonaCatalogue.All)
        {
            Assert.True(Ssin.IsValid(p.Ssin), p.Name);
            Assert.Equal(p.BirthDate, Ssin.BirthDate(p.Ssin).ToString());
            Assert.False(string.IsNullOrWhiteSpace(p.Purpose));
        }

        Assert.True(Ssin.IsValid(PersonaCatalogue.Find("replaced-ssin")!.OldSsin));
    }

    [Fact]
    public void TheAllocator_NeverGivesAPersonasNumber()
    {
        var persona = PersonaCatalogue.Find("ris-couple")!; // 84041290146: sequence 901
        var next = SsinAllocator.Next(IncompleteDate.Parse(persona.BirthDate), 1, SsinKind.Rn, s => string.CompareOrdinal(s[6..9], "901") < 0);
        Assert.NotEqual(persona.Ssin, next);
        Assert.Equal("903", next[6..9]);
    }

    [Fact]
    public void DocsPersonasMd_IsGeneratedFromTheCatalogue() =>
        Assert.Equal(PersonaDocs.Markdown(), File.ReadAllText(Path.Combine(Repo, "docs", "personas.md")).ReplaceLineEndings("\n"));

    [Fact]
    public void Personas_AreTheSame_WhateverTheSeed()
    {
        var dir = TestTemp.Folder("personas");
        var a = Facts(RegistryGenerator.Generate(new GenerationOptions(1, 300), Path.Combine(dir, "a.db")));
        var b = Facts(RegistryGenerator.Generate(new GenerationOptions(99, 300), Path.Combine(dir, "b.db")));
        Assert.Equal(a, b);
        Assert.Equal(PersonaCatalogue.All.Count, a.Count);
    }

    /// <summary>
    /// The golden test: each persona's SSIN, facts in the registry and a digest of what IdentifyPerson by SSIN, Tx25 (for
    /// the CPAS that integrates it) and one source service (HealthCareInsurance) answer.
    /// A change that alters a persona fails here; when the change is meant, say so in CHANGELOG.md and regenerate the
    /// file with CBSS_UPDATE_GOLDEN=1.
    /// </summary>
    [Fact]
    public async Task Golden_PersonasDoNotChange()
    {
        var lines = Facts(new RegistryDatabase(TestRegistry.TemplatePath)).ToList();
        var soap = factory.Soap();
        for (int i = 0; i < lines.Count; i++)
        {
            var persona = PersonaCatalogue.All[i];
            var reply = await soap.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(persona.Ssin)));
            lines[i] += " | identify " + Digest(reply.Service!);
            string cbe = FirstCpas(persona.Ssin) ?? Cbe; // the CPAS that integrates the persona, so Tx25 shows its data
            lines[i] += " | tx25 " + Digest(await soap.Tx25Async(persona.Ssin, cbe, history: true));
            lines[i] += " | healthcare " + Digest(await soap.SoaAsync(CbssSimulator.Services.HealthCare.HealthCareNamespaces.Path,
                CbssSimulator.Services.HealthCare.HealthCareNamespaces.Action, CbssSimulator.Services.HealthCare.HealthCareNamespaces.Interface,
                "consultHealthCareInsuranceRequest", $"<ssin>{persona.Ssin}</ssin>", cbe));
        }

        string actual = string.Join("\n", lines) + "\n";
        if (Environment.GetEnvironmentVariable("CBSS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual);
        }

        Assert.Equal(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public async Task AdminPersonas_ListsThemAll_AndPerSandboxWhetherItHoldsThem()
    {
        var soap = factory.Soap();
        var all = await soap.GetJsonAsync<JsonElement[]>("/admin/personas");
        Assert.Equal(PersonaCatalogue.All.Count + FailOnPurpose.All.Count, all.Length);
        Assert.All(all.Take(PersonaCatalogue.All.Count), p => Assert.True(p.GetProperty("present").GetBoolean()));
        Assert.Equal("TechnicalError", all.Single(p => p.GetProperty("name").GetString() == "fail-technical").GetProperty("failsWith").GetString());

        using var put = await soap.Http.PutAsJsonAsync("/admin/sandboxes/no-personas", new { scenarioText = "name: no-personas\npopulation: { seed: 1, persons: 0 }\n" });
        put.EnsureSuccessStatusCode();
        var empty = await soap.GetJsonAsync<JsonElement[]>("/admin/sandboxes/no-personas/personas");
        Assert.All(empty, p => Assert.False(p.GetProperty("present").GetBoolean()));
    }

    [Theory]
    [InlineData("replaced-ssin")]
    [InlineData("bis-incomplete-birth")]
    [InlineData("homonym-a")]
    public async Task IdentifyPerson_FindsThem(string name)
    {
        var persona = PersonaCatalogue.Find(name)!;
        var reply = await factory.Soap().SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(name == "replaced-ssin" ? persona.OldSsin! : persona.Ssin)));
        Assert.Contains(persona.Ssin, reply.Text);
    }

    [Fact]
    public async Task AScenario_NamesAPersona_ForItsIntegrations()
    {
        var soap = factory.Soap();
        const string scenario = """
            name: persona-integration
            population: { seed: 5, persons: 100 }
            integrations:
              - person: employee
                cpas: "0212344876"
                qualityCode: 2
                start: "2026-11-01"
            """;
        Assert.Empty(ScenarioChecksOf(scenario));
        using var put = await soap.Http.PutAsJsonAsync("/admin/sandboxes/persona-integration", new { scenarioText = scenario });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var tx25 = await soap.ForSandbox("persona-integration").Tx25Async(PersonaCatalogue.Find("employee")!.Ssin, "0212344876");
        Assert.Equal("DATA_FOUND", tx25.Element("status")!.Element("value")!.Value);
        Assert.NotEmpty(ScenarioChecksOf(scenario.Replace("person: employee", "person: no-such-persona")));
    }

    private static IReadOnlyList<CbssSimulator.Scenarios.ScenarioError> ScenarioChecksOf(string text)
    {
        try
        {
            CbssSimulator.Scenarios.ScenarioLoader.Parse(text, "test.yaml");
            return [];
        }
        catch (CbssSimulator.Scenarios.ScenarioException e)
        {
            return e.Errors;
        }
    }

    private static string Digest(XElement service)
    {
        var copy = new XElement(service);
        copy.Descendants().Where(e => e.Name.LocalName is "Ticket" or "TimeRequest" or "TimeReceive" or "TimeResponse" or "Timestamp"
            or "ticketCBSS" or "timestampReceive" or "timestampReply").Remove();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(copy.ToString(SaveOptions.DisableFormatting))))[..16];
    }

    private static string? FirstCpas(string ssin)
    {
        using var c = new RegistryDatabase(TestRegistry.TemplatePath).Open();
        return c.ExecuteScalar<string?>("SELECT Cbe FROM Integration WHERE Ssin = @ssin ORDER BY StartDate, Cbe LIMIT 1", new { ssin });
    }

    /// <summary>One line per persona: what the registry holds for it, in catalogue order.</summary>
    private static List<string> Facts(RegistryDatabase db)
    {
        using var c = db.Open();
        return PersonaCatalogue.All.Select(p =>
        {
            var row = c.QuerySingle<PersonRow>("SELECT * FROM Person WHERE Ssin = @Ssin", new { p.Ssin });
            var address = c.QuerySingle<AddressRow>("SELECT * FROM Address WHERE Ssin = @Ssin AND ToDate IS NULL", new { p.Ssin });
            long members = row.HouseholdId is { } h ? c.ExecuteScalar<long>("SELECT count(*) FROM Person WHERE HouseholdId = @h", new { h }) : 0;
            string jobs = string.Join(",", c.Query<string>("SELECT WorkerType || ' ' || StartDate || '..' || coalesce(EndDate, '') || ' ' || WorkingTime FROM Employment WHERE Ssin = @Ssin ORDER BY StartDate", new { p.Ssin }));
            string self = string.Join(",", c.Query<string>("SELECT Category || ' ' || StartDate FROM SelfEmployment WHERE Ssin = @Ssin", new { p.Ssin }));
            string unemployment = string.Join(",", c.Query<string>("SELECT Nature || ' ' || StartDate FROM Unemployment WHERE Ssin = @Ssin", new { p.Ssin }));
            string integrations = string.Join(",", c.Query<string>("SELECT printf('%03d', QualityCode) || ' ' || Cbe || ' ' || StartDate || '..' || coalesce(EndDate, '') FROM Integration WHERE Ssin = @Ssin", new { p.Ssin }));
            string names = string.Join(",", c.Query<string>("SELECT LastName || ' until ' || ToDate FROM NameHistory WHERE Ssin = @Ssin", new { p.Ssin }));
            string old = string.Join(",", c.Query<string>("SELECT OldSsin FROM Replacement WHERE NewSsin = @Ssin", new { p.Ssin }));
            return $"{p.Name} | {row.Ssin} | {row.LastName}, {row.FirstNames} | {row.BirthDate} sex {row.Sex} | {row.Register} nat {row.Nationality} | civil {row.CivilState} {row.CivilStateSince} partner {row.PartnerSsin}"
                + $" | household of {members} role {row.FamilyRole} | death {row.DeathDate} | {address.PostalCode} {address.Municipality}, {address.Street} {address.HouseNumber} {address.Box}"
                + $" | card {row.EidCard} {row.EidValidFrom} | jobs {jobs} | self {self} | unemployment {unemployment} | integrations {integrations} | names {names} | old {old}";
        }).ToList();
    }
}
