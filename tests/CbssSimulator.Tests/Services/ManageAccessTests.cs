using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

/// <summary>OCMWCPASManageAccess; the simulator date is 2026-11-23 (the fake clock).</summary>
public class ManageAccessTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly System.Xml.Linq.XNamespace Ma = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess";
    private static readonly System.Xml.Linq.XNamespace C = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";
    private readonly SoapClient client = factory.Soap();

    private Task<SsdnReply> Send(string body, string cbe = Cbe) => client.SsdnAsync(Ssdn("OCMWCPASManageAccess", body, cbe));

    private static string Proof(CbssSimulator.Registry.PersonRow p) => ProofByPersonData(p.LastName, p.BirthDate);

    private static List<(string Purpose, string Start, string? End, string OrgUnit, string Register)> Registrations(SsdnReply reply) =>
        reply.Body!.Elements(Ma + "Registrations").Select(r => (r.Element(Ma + "Purpose")!.Value,
            r.Element(Ma + "Period")!.Element(C + "StartDate")!.Value[..10], r.Element(Ma + "Period")!.Element(C + "EndDate")?.Value[..10],
            r.Element(Ma + "OrgUnit")!.Value, r.Element(Ma + "Register")!.Value)).ToList();

    [Fact]
    public async Task Register001_WithoutEnd_LastsTwoMonthsMinusOneDay_InBothRegisters()
    {
        var p = People.Adult(10);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 1, "2026-11-23", proof: Proof(p)));
        Assert.Equal("YES", reply.ServiceOk);
        Assert.Equal([("1", "2026-11-23", "2027-01-22", "63023", "SECONDARY"), ("1", "2026-11-23", "2027-01-22", "17", "PRIMARY")], Registrations(reply));
        Assert.Equal("REGISTER", reply.Body!.Element(Ma + "OriginalRequest")!.Element(Ma + "Action")!.Value);
        Assert.Matches(@"^2026-11-23[+-]\d\d:\d\d$", reply.Body.Element(Ma + "OriginalRequest")!.Element(Ma + "Period")!.Element(C + "StartDate")!.Value);
    }

    [Fact]
    public async Task Register_WithAWrongProof_IsRefused_AndNothingIsRegistered()
    {
        var p = People.Adult(11);
        var refused = await Send(ManageAccess(p.Ssin, "REGISTER", 2, "2026-11-01", proof: ProofByPersonData("Someone Else", p.BirthDate)));
        Assert.Equal(["31007010"], refused.ServiceCodes);
        var wrongCard = await Send(ManageAccess(p.Ssin, "REGISTER", 2, "2026-11-01", proof: "<ma:SISCardNumber>0000000000</ma:SISCardNumber>"));
        Assert.Equal(["31007010"], wrongCard.ServiceCodes);
        var list = await Send(ManageAccess(p.Ssin, "LIST", null, "2000-01-01"));
        Assert.Empty(Registrations(list));
    }

    [Fact]
    public async Task List_WithAProofThatDoesNotMatchThePerson_IsRefusedAsRegisterIs_UnregisterNeedsNone()
    {
        var p = People.Adult(14);
        Assert.Equal("YES", (await Send(ManageAccess(p.Ssin, "REGISTER", 2, "2026-11-01", proof: Proof(p)))).ServiceOk);

        var wrongName = await Send(ManageAccess(p.Ssin, "LIST", null, "2026-01-01", proof: ProofByPersonData("Someone Else", p.BirthDate)));
        Assert.Equal("NO", wrongName.ServiceOk);
        Assert.Equal(["31007010"], wrongName.ServiceCodes);
        Assert.Null(wrongName.Body);
        var wrongCard = await Send(ManageAccess(p.Ssin, "LIST", 2, "2026-01-01", proof: "<ma:SISCardNumber>0000000000</ma:SISCardNumber>"));
        Assert.Equal(["31007010"], wrongCard.ServiceCodes);
        Assert.Equal(["31000007"], (await Send(ManageAccess(p.Ssin, "LIST", null, "2026-01-01", proof: ""))).ServiceCodes);

        var listed = await Send(ManageAccess(p.Ssin, "LIST", null, "2026-01-01", proof: Proof(p)));
        Assert.Equal("YES", listed.ServiceOk);
        Assert.Contains(("2", "2026-11-01"), Registrations(listed).Select(r => (r.Purpose, r.Start)));
        Assert.Equal("YES", (await Send(ManageAccess(p.Ssin, "UNREGISTER", 2, "2026-11-01", proof: ""))).ServiceOk);
    }

    [Fact]
    public async Task Register_ByIdentityCard_IsAccepted()
    {
        var p = People.Adult(12);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 4, "2026-11-01", proof: $"<ma:IdentityCardNumber>{p.EidCard}</ma:IdentityCardNumber>"));
        Assert.Equal("YES", reply.ServiceOk);
    }

    [Fact]
    public async Task Register_EndBeyondTheMaximum_IsShortened_WithAWarning()
    {
        var p = People.Adult(13);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 31, "2026-11-23", "2027-06-30", Proof(p)));
        Assert.Equal("WARNING", reply.ServiceOk);
        Assert.Equal(["21007012"], reply.ServiceCodes);
        Assert.Equal("2026-12-22", Registrations(reply)[0].End);
    }

    [Theory]
    [InlineData("2027-11-24", null, "StartDate")]   // start > D + 1 year
    [InlineData("1926-11-22", "1926-12-01", "StartDate")]   // more than 100 years ago
    [InlineData("2026-11-23", "2026-11-01", "EndDate")]
    public async Task Register_BreakingASeed003Rule_IsRefused(string start, string? end, string field)
    {
        var p = People.Adult(14);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 2, start, end, Proof(p)));
        Assert.Equal(["31007011"], reply.ServiceCodes);
        Assert.Equal(field, reply.Information("31007011")[0].Name);
    }

    [Fact]
    public async Task Register_TouchingPeriods_Merge()
    {
        var p = People.Adult(15);
        await Send(ManageAccess(p.Ssin, "REGISTER", 2, "2026-01-01", "2026-03-31", Proof(p)));
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 2, "2026-04-01", "2026-06-30", Proof(p), queryRegister: "SECONDARY"));
        Assert.Equal([("2", "2026-01-01", "2026-06-30", "63023", "SECONDARY")], Registrations(reply));
    }

    [Fact]
    public async Task Unregister_NeedsNoProof_AndShortensThePeriod()
    {
        var p = People.Adult(16);
        await Send(ManageAccess(p.Ssin, "REGISTER", 7, "2026-01-01", "2026-12-31", Proof(p)));
        var reply = await Send(ManageAccess(p.Ssin, "UNREGISTER", 7, "2026-07-01", proof: ""));
        Assert.Equal("YES", reply.ServiceOk);
        var list = await Send(ManageAccess(p.Ssin, "LIST", null, "2026-01-01", queryRegister: "SECONDARY"));
        Assert.Equal([("7", "2026-01-01", "2026-06-30", "63023", "SECONDARY")], Registrations(list));
    }

    [Fact]
    public async Task List_ShowsEveryCpasRegistrations_WithTheirMunicipality()
    {
        var p = People.Adult(17);
        var other = CbssSimulator.Registry.RegistryGenerator.CpasList().First(c => c.NisCode == 21004);
        await Send(ManageAccess(p.Ssin, "REGISTER", 1, "2026-11-01", proof: Proof(p)));
        await Send(ManageAccess(p.Ssin, "REGISTER", 3, "2026-11-01", proof: Proof(p)), other.Cbe);
        var list = await Send(ManageAccess(p.Ssin, "LIST", null, "2026-11-23", queryRegister: "SECONDARY"));
        Assert.Equal(["21004", "63023"], Registrations(list).Select(r => r.OrgUnit).Order());
        var only3 = await Send(ManageAccess(p.Ssin, "LIST", 3, "2026-11-23", queryRegister: "SECONDARY"));
        Assert.Equal(["3"], Registrations(only3).Select(r => r.Purpose));
    }

    [Fact]
    public async Task Register_WithoutPurpose_IsAMissingArgument()
    {
        var p = People.Adult(18);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", null, "2026-11-23", proof: Proof(p)));
        Assert.Equal(["31000007"], reply.ServiceCodes);
        Assert.Equal("Purpose", reply.Information("31000007")[0].Name);
    }

    [Fact]
    public async Task Register_AnUnknownQualityCode_IsRefused()
    {
        var p = People.Adult(18);
        Assert.Equal(["31007011"], (await Send(ManageAccess(p.Ssin, "REGISTER", 902, "2026-11-23", proof: Proof(p)))).ServiceCodes);
    }

    [Fact]
    public async Task AnUnknownValidKbo_IsAddedAsACpas_AndItsOrgUnitIsItsNumber()
    {
        var p = People.Adult(19);
        var vendorKbo = CbssSimulator.Registry.Kbo.Create(19_999_001);
        var reply = await Send(ManageAccess(p.Ssin, "REGISTER", 1, "2026-11-23", proof: Proof(p), queryRegister: "SECONDARY"), vendorKbo);
        Assert.Equal(vendorKbo, Registrations(reply).Single().OrgUnit);
        var cpas = await client.GetJsonAsync<List<Dictionary<string, object?>>>("/admin/cpas");
        Assert.Contains(cpas, c => c["cbeNumber"]?.ToString() == vendorKbo && c["origin"]?.ToString() == "caller");
    }

    [Theory]
    [InlineData("0123456789", "17", "1")]   // Lino's demo number: bad checksum
    [InlineData("0212344876", "12", "3")]   // another sector
    [InlineData("", "17", "1")]
    public async Task Callers_OtherThanACpas_AreRefused(string orgUnit, string matrix, string sub)
    {
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(People.Stefaan, "LIST", null, "2026-11-23"), orgUnit, matrix, sub));
        Assert.Equal("NO", reply.ContextOk);
        Assert.Equal(["30000011"], reply.ContextCodes);
        Assert.Equal(["30000011"], reply.ServiceCodes);
    }
}

/// <summary>Strict callers (docs/decisions.md, "Who is calling"): a valid KBO that is not a CPAS of the registry is refused.</summary>
public class StrictCallerTests(StrictCallerTests.StrictFactory factory) : IClassFixture<StrictCallerTests.StrictFactory>
{
    public sealed class StrictFactory : SimulatorFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Soap:StrictCallers"] = "true" };
    }

    [Fact]
    public async Task UnknownKbo_IsRefused_InStrictMode()
    {
        var reply = await factory.Soap().SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(People.Stefaan, "LIST", null, "2026-11-23"), CbssSimulator.Registry.Kbo.Create(19_999_002)));
        Assert.Equal(["30000012"], reply.ContextCodes);
        var tx25 = await factory.Soap().Tx25Async(People.Stefaan, CbssSimulator.Registry.Kbo.Create(19_999_002));
        Assert.Equal("MSG00013", tx25.Element("status")!.Element("code")!.Value);
    }
}
