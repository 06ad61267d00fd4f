using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CbssSimulator.Scenarios;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The shipped scenarios replay the source documents' cases: load, act as the client, verify.</summary>
public class ScenarioTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    public static string Folder => Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, "scenarios");

    public static TheoryData<string> Shipped() => new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName)!);

    private async Task<SoapClient> Load(string file)
    {
        using var response = await root.Http.PutAsJsonAsync($"/admin/sandboxes/{Path.GetFileNameWithoutExtension(file)}",
            new { scenarioText = await File.ReadAllTextAsync(Path.Combine(Folder, file)) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return root.ForSandbox(Path.GetFileNameWithoutExtension(file));
    }

    private async Task<JsonElement> Verify(string sandbox)
    {
        using var response = await root.Http.PostAsync($"/admin/sandboxes/{sandbox}/verify", null);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void ShippedScenario_IsValid(string file) => ScenarioLoader.Load(Path.Combine(Folder, file));

    [Fact]
    public async Task RisCouple_IdentifyIntegrateConsultRegister002_Passes()
    {
        var s = await Load("ris-couple.yaml");
        const string liege = "0299900145";
        var applicant = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/ris-couple/persons?q=Lambert")).Single();
        var partner = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/ris-couple/persons?q=Renard")).Single();
        Assert.Equal(applicant.GetProperty("householdId").GetInt64(), partner.GetProperty("householdId").GetInt64());

        Assert.False(await Passed("ris-couple"));
        foreach (var person in new[] { applicant, partner })
        {
            var ssin = person.GetProperty("ssin").GetString()!;
            var found = await s.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin(ssin), liege));
            Assert.Equal("YES", found.ServiceOk);
            await s.RegisterAsync(People(person), 1, "2026-11-23", cbe: liege);
            var tx25 = await s.Tx25Async(ssin, liege);
            Assert.Equal("DATA_FOUND", tx25.Element("status")!.Element("value")!.Value);
        }

        await s.RegisterAsync(People(applicant), 2, "2026-12-01", cbe: liege);
        var verdict = await Verify("ris-couple");
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task PhoneticSearch_WithUnknownDayAndMonthsTolerance_FindsOnlyTheWantedPerson()
    {
        var s = await Load("phonetic-search.yaml");
        var reply = await s.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("VANDENBERGE", "1980-09-00", "MARIE HELENE", tolerance: 1))));
        var found = reply.Body!.Descendants().Where(e => e.Name.LocalName == "LastName").Select(e => e.Value).ToList();
        Assert.Equal(["VAN DEN BERGHE"], found);
        Assert.True((await Verify("phonetic-search")).GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task ExpiringIntegration_IsRefusedOnceTheClockMoves()
    {
        var s = await Load("expiring-integration.yaml");
        var client = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/expiring-integration/persons?q=Peeters")).Single(p => p.GetProperty("firstNames").GetString() == "An");
        var ssin = client.GetProperty("ssin").GetString()!;
        Assert.Equal("MSG00000", (await s.Tx25Async(ssin, Cbe)).Element("status")!.Element("code")!.Value);
        (await root.Http.PostAsJsonAsync("/admin/sandboxes/expiring-integration/clock/advance", new { days = 60 })).EnsureSuccessStatusCode();
        Assert.Equal("MSG00012", (await s.Tx25Async(ssin, Cbe)).Element("status")!.Element("code")!.Value);
        Assert.True((await Verify("expiring-integration")).GetProperty("passed").GetBoolean());
        Assert.Equal("2026-11-23", (await root.GetJsonAsync<JsonElement>("/admin/clock")).GetProperty("today").GetString());
    }

    [Fact]
    public async Task DebtFile031_IsRefusedByTx25_AndVerificationExplainsAFailure()
    {
        var s = await Load("debt-file.yaml");
        var verdictBefore = await Verify("debt-file");
        Assert.False(verdictBefore.GetProperty("passed").GetBoolean());
        Assert.Contains("expected at least 1 time(s), but it was made 0 time(s)", verdictBefore.GetProperty("results")[0].GetProperty("message").GetString());

        var debtor = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/debt-file/persons?q=Maes")).Single(p => p.GetProperty("firstNames").GetString() == "Koen");
        Assert.Equal("MSG00012", (await s.Tx25Async(debtor.GetProperty("ssin").GetString()!, Cbe)).Element("status")!.Element("code")!.Value);
        Assert.True((await Verify("debt-file")).GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task DebtFileInvestigation_031OpensPerformInvestigation_UntilTheMonthLeavesTheWindow()
    {
        var s = await Load("debt-file-investigation.yaml");
        var debtor = (await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/debt-file-investigation/persons?q=Wouters")).Single();
        string body = $"<pi:PerformInvestigationRequest xmlns:pi=\"http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation\"><pi:SocialSecurityUser>{debtor.GetProperty("ssin").GetString()}</pi:SocialSecurityUser></pi:PerformInvestigationRequest>";
        var during = await s.SsdnAsync(Ssdn("OCMWCPASPerformInvestigation", body, version: "20080604"));
        Assert.Equal(2, during.Body!.Descendants().Count(e => e.Name.LocalName == "FamilyMember"));
        var history = await s.PostAsync(CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Path, CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:getHistoryRequest xmlns:m="{CbssSimulator.Services.PersonHistory.PersonHistoryNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{debtor.GetProperty("ssin").GetString()}</ssin></m:getHistoryRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal("MSG00000", history.Body.Element("status")!.Element("code")!.Value);
        (await root.Http.PutAsJsonAsync("/admin/sandboxes/debt-file-investigation/clock", new { today = "2027-02-23" })).EnsureSuccessStatusCode();
        Assert.Equal(["32000012"], (await s.SsdnAsync(Ssdn("OCMWCPASPerformInvestigation", body, version: "20080604"))).ServiceCodes);
        var verdict = await Verify("debt-file-investigation");
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task BisCreation_AfterAFailedPhoneticSearch_Passes()
    {
        var s = await Load("bis-creation.yaml");
        var search = await s.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", IdentifyPhonetic(Phonetic("OKONKWO", "1993-04-00", "CHIDI", tolerance: 1))));
        Assert.Equal(["32007004"], search.ServiceCodes);
        var created = await s.PostAsync(CbssSimulator.Services.BisPerson.BisPersonNamespaces.Path, CbssSimulator.Services.BisPerson.BisPersonNamespaces.RegisterAction, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <b:registerPersonRequest xmlns:b="{CbssSimulator.Services.BisPerson.BisPersonNamespaces.Interface}">
              <informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
              <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
              <person><lastName>Okonkwo</lastName><firstName>Chidi</firstName><birthDate>1993-04-00</birthDate><gender>1</gender></person>
            </b:registerPersonRequest></soapenv:Body></soapenv:Envelope>
            """);
        var bis = created.Body.Element("ssin")!.Value;
        var integrated = await s.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(bis, "REGISTER", 1, "2026-11-23", proof: ProofByPersonData("Okonkwo", "1993-04-00"))));
        Assert.Equal("YES", integrated.ServiceOk);
        var verdict = await Verify("bis-creation");
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task ABrokenScenario_IsRefusedWithFileLineAndReason()
    {
        const string text = """
            name: broken
            today: "2026-11-23"
            persons:
              - lastName: Dupont
                birthDate: "1970-02-10"
                ssin: "70021012330"
              - lastName: Martin
                birthdate: "1980-01-01"
            """;
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "broken.yaml"));
        Assert.Contains(error.Errors, e => e.Line == 8 && e.Reason.Contains("not part of a scenario"));
        Assert.Contains(error.Errors, e => e.Line == 7 && e.Reason.Contains("required property is missing"));
        using var response = await root.Http.PutAsJsonAsync("/admin/sandboxes/broken", new { scenarioText = text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fixedSchema = text.Replace("birthdate", "birthDate");
        var domain = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(fixedSchema, "broken.yaml"));
        Assert.Equal("broken.yaml:6: 70021012330 has a wrong check number (mod 97).", domain.Errors.Single().ToString());
    }

    [Fact]
    public async Task PostedExpectations_CanBeVerifiedOnAnySandbox()
    {
        await root.Tx25Async(CbssSimulator.Tests.Support.People.Stefaan, Cbe);
        using var response = await root.Http.PostAsJsonAsync("/admin/sandboxes/default/verify",
            new { expectations = new[] { new { service = "RetrieveTIGroups", person = CbssSimulator.Tests.Support.People.Stefaan, min = 1 } } });
        var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    private async Task<bool> Passed(string sandbox) => (await Verify(sandbox)).GetProperty("passed").GetBoolean();

    private static CbssSimulator.Registry.PersonRow People(JsonElement p) => new()
    {
        Ssin = p.GetProperty("ssin").GetString()!,
        LastName = p.GetProperty("lastName").GetString()!,
        BirthDate = p.GetProperty("birthDate").GetString()!,
    };
}

/// <summary>serve --scenario: the root paths serve the scenario, and its expectations verify on the default sandbox.</summary>
[Collection(ConsoleCollection.Name)]
public class ServeScenarioTests(ServeScenarioTests.DebtFileFactory factory) : IClassFixture<ServeScenarioTests.DebtFileFactory>
{
    public sealed class DebtFileFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["scenario"] = Path.Combine(ScenarioTests.Folder, "debt-file.yaml"),
        };
    }

    [Fact]
    public async Task RootPaths_ServeTheScenario_AndVerify()
    {
        var client = factory.Soap();
        var debtor = (await client.GetJsonAsync<JsonElement[]>("/admin/persons?q=Maes")).Single();
        Assert.Single(await client.GetJsonAsync<JsonElement[]>("/admin/persons?take=100")); // no background population
        Assert.Equal("MSG00012", (await client.Tx25Async(debtor.GetProperty("ssin").GetString()!, Cbe)).Element("status")!.Element("code")!.Value);
        using var response = await client.Http.PostAsync("/admin/sandboxes/default/verify", null);
        var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task ScenarioRun_PrintsTheVerification_AndFailsWhenNothingWasCalled()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await CbssSimulator.Cli.Verbs.RunAsync(["scenario", "run", Path.Combine(ScenarioTests.Folder, "debt-file.yaml"), "--for", "1",
                "--urls", "http://127.0.0.1:0", "--db", Path.Combine(TestTemp.Folder("scenario-run"), "r.db"),
                "--Log:MinimumLevel=Warning"]);
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal(1, exit);
        Assert.Contains("NOT MET RetrieveTIGroups/retrieveTI", output.ToString());
        Assert.Contains("FAILED", output.ToString());
    }
}
