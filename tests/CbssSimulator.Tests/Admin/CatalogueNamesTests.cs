using System.Net;
using System.Net.Http.Json;
using CbssSimulator.Catalogue;
using CbssSimulator.Scenarios;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>Misspelled service, operation and code names are errors with "did you mean" (docs/decisions.md, "Names are checked").</summary>
public class CatalogueNamesTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static IReadOnlyList<ScenarioError> Errors(string yaml) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "names.yaml")).Errors;

    [Fact]
    public void AFaultRuleOnAMisspelledService_IsAnError_WithTheLineAndTheClosestName()
    {
        var errors = Errors("name: names\nfaults:\n  rules:\n    - service: RetrieveTIGroup\n      kind: technical\n");
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("did you mean 'RetrieveTIGroups'", error.ToString());
        Assert.Contains("Allowed: *, ", error.ToString());
    }

    [Fact]
    public void AnExpectationWithAMisspelledServiceOperationOrCode_IsAnError()
    {
        var errors = Errors("""
            name: names
            expectations:
              - service: ManageAccess
                operation: REGISTER
                never: true
              - service: OCMWCPASManageAccess
                operation: REGISTR
                never: true
              - service: RetrieveTIGroups
                code: MSG0012
            """);
        Assert.Equal(3, errors.Count);
        Assert.Contains("did you mean 'OCMWCPASManageAccess'", errors[0].Reason);
        Assert.Equal(3, errors[0].Line);
        Assert.Contains("did you mean 'REGISTER'", errors[1].Reason);
        Assert.Contains("Allowed: REGISTER, UNREGISTER, LIST", errors[1].Reason);
        Assert.Equal(7, errors[1].Line);
        Assert.Contains("did you mean 'MSG00012'", errors[2].Reason);
        Assert.Equal(10, errors[2].Line);
    }

    [Theory]
    [InlineData("*", null)]
    [InlineData("SSDN", "sendXML")]
    [InlineData("OCMWCPASHeatingAllocation", "ConsultAllocation")] // journaled under its SSDN ServiceId
    [InlineData("retrievetigroups", "RETRIEVETI")]
    public void CatalogueNames_AreAccepted(string service, string? operation) =>
        Assert.Null(CatalogueNames.Problem(service, operation, wildcard: true));

    [Fact]
    public void AnAlias_NamesTheServiceToWrite() =>
        Assert.Contains("write that", CatalogueNames.Problem("SelfEmployedV1", null, wildcard: false));

    [Theory]
    [InlineData("ok")]
    [InlineData("DATA_FOUND")]
    [InlineData("MSG00012")]
    [InlineData("32007004")]
    [InlineData("HTA006")]
    public void KnownCodesAndOutcomeWords_Pass(string code) => Assert.Null(CatalogueNames.CodeProblem(code));

    [Fact]
    public async Task PutFaults_WithAMisspelledService_Answers400_WithTheClosestName()
    {
        using var http = factory.CreateClient();
        using var put = await http.PutAsJsonAsync("/admin/sandboxes/default/faults", new { rules = new[] { new { service = "RetreiveTIGroups", kind = "technical" } } });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("did you mean 'RetrieveTIGroups'", await put.Content.ReadAsStringAsync());
        using var operation = await http.PutAsJsonAsync("/admin/sandboxes/default/faults", new { rules = new[] { new { service = "RetrieveTIGroups", operation = "retreiveTI", kind = "technical" } } });
        Assert.Equal(HttpStatusCode.BadRequest, operation.StatusCode);
        Assert.Contains("did you mean 'retrieveTI'", await operation.Content.ReadAsStringAsync());
    }
}

/// <summary>Schema errors say what to write instead (docs/decisions.md, "Scenario schema messages say what to write").</summary>
public class ScenarioSchemaHintTests
{
    [Fact]
    public void AMisspelledProperty_GetsTheCloseName_AndABadValue_TheAllowedOnes()
    {
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(
            "name: typo\npersons:\n  - id: a\n    ssin: \"86051512406\"\n    lastName: Lambert\n    firstName: Julie\n    birthDate: 1986-05-15\n    sex: 2\n    role: boss\n",
            "typo.yaml")).Errors;
        Assert.Contains(errors, e => e.Line == 6 && e.Reason.Contains("did you mean 'firstNames'") && e.Reason.Contains("allowed here:"));
        Assert.Contains(errors, e => e.Line == 9 && e.Reason.Contains("allowed: head, partner, child, other"));
    }

    [Fact]
    public void SchemaAndDomainErrors_AreReportedTogether()
    {
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(
            "name: both\nunknown: 1\npersons:\n  - id: a\n    ssin: \"86051512407\"\n    lastName: Lambert\n    firstNames: Julie\n    birthDate: 1986-05-15\n    sex: 2\n",
            "both.yaml")).Errors;
        Assert.Contains(errors, e => e.Line == 2 && e.Reason.Contains("not part of a scenario"));
        Assert.Contains(errors, e => e.Line == 5 && e.Reason.Contains("check number"));
    }
}
