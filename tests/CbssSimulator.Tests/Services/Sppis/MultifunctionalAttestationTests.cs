using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>OCMWCPASA036 (modelled) and OCMWCPASL036 20060315: send, correct, delete and consult multifunctional attestations.</summary>
public class MultifunctionalAttestationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    public static readonly XNamespace L = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036";
    private static readonly XNamespace Ma = IntegrationIncomeFormsTests.Ma;
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = factory.Soap();

    public static string A036(string ssin, string action, string? id = null, string begin = "2026-11-01", string? end = "2027-04-30", string category = "2",
        string decision = "2026-11-20") => $"""
        <l:A036Request xmlns:l="{L}">
          <l:Action>{action}</l:Action>
          <l:INSS>{ssin}</l:INSS>
          {(id is null ? "" : $"<l:AttestationID>{id}</l:AttestationID>")}
          {(action == "DELETE" ? "" : $"""
            <l:DecisionDate>{decision}</l:DecisionDate>
            <l:ValidityPeriod><l:BeginDate>{begin}</l:BeginDate>{(end is null ? "" : $"<l:EndDate>{end}</l:EndDate>")}</l:ValidityPeriod>
            <l:CategoryCode>{category}</l:CategoryCode>
            """)}
        </l:A036Request>
        """;

    public static string L036(string ssin, string? next = null) => $"""
        <l:L036RequestReply xmlns:l="{L}" xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service">
          <l:L036 processType="L">{(next is null ? "" : $"<l:Request><l:NextAnswerReference>{next}</l:NextAnswerReference></l:Request>")}</l:L036>
          <l:UniqueReference>Test # 1</l:UniqueReference>
          <l:INSS>{ssin}</l:INSS>
          <l:Period><l:BeginDate>2026-01-01</l:BeginDate><l:EndDate>2027-12-31</l:EndDate></l:Period>
          <l:AuthorizedUser><UserID>00901234567</UserID><Email>info@cpas.example.be</Email><MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></l:AuthorizedUser>
        </l:L036RequestReply>
        """;

    private Task<SsdnReply> Send(string body, string cbe = Cbe) => client.SsdnAsync(Ssdn("OCMWCPASA036", body, cbe, version: "20260101"));

    private Task<SsdnReply> Consult(string ssin, string? next = null, string cbe = Cbe) => client.SsdnAsync(Ssdn("OCMWCPASL036", L036(ssin, next), cbe, version: "20060315"));

    private static string Evaluation(SsdnReply r) => r.Body!.Element(L + "Evaluation")!.Value;

    private static string Errors(SsdnReply r) => string.Join(",", r.Body!.Elements(L + "ErrorsOnForm").Select(e => e.Element(Ma + "Code")!.Value));

    private static string Id(SsdnReply r) => r.Body!.Element(L + "Attestation")!.Element(L + "AttestationIdentification")!.Element(L + "AttestationID")!.Value;

    private static IReadOnlyList<XElement> Answers(SsdnReply r) => r.Body!.Element(L + "L036")!.Element(L + "AnswerOK")!.Elements(L + "A036").ToList();

    private static string Status(XElement a036) => a036.Element(L + "Attestation")!.Element(L + "AttestationIdentification")!.Element(L + "AttestationStatus")!.Value;

    [Fact]
    public async Task RisGrant_ThenA036_ShowsInL036AtAnotherCpas_ModifiedThenDeleted()
    {
        var p = People.Where(Adults, 20);
        await client.RegisterAsync(p, 2, "2026-11-01");
        var grant = await client.SsdnAsync(Ssdn("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2026-11-01"), version: "20260101"));
        Assert.Equal("ACCEPTED", IntegrationIncomeFormsTests.Verdict(grant).Evaluation);

        var created = await Send(A036(p.Ssin, "CREATE"));
        Assert.Equal(("ACCEPTED", ""), (Evaluation(created), Errors(created)));
        string id = Id(created);

        await client.RegisterAsync(p, 1, "2026-11-20", cbe: Liege);
        var seen = Assert.Single(Answers(await Consult(p.Ssin, cbe: Liege)));
        Assert.Equal((Cbe, "true", "ACTIVE", id), (seen.Element(L + "OcmwCpas")!.Value, seen.Element(L + "RecentAnswer")!.Value, Status(seen),
            seen.Element(L + "Attestation")!.Element(L + "AttestationIdentification")!.Element(L + "AttestationID")!.Value));

        var modified = await Send(A036(p.Ssin, "MODIFY", id, end: "2027-10-31", category: "3"));
        Assert.Equal("ACCEPTED", Evaluation(modified));
        Assert.Equal(id, modified.Body!.Element(L + "Attestation")!.Element(L + "AttestationIdentification")!.Element(L + "UpdateAttestationID")!.Value);
        Assert.Equal([("MODIFIED", "false"), ("ACTIVE", "true")], Answers(await Consult(p.Ssin)).Select(a => (Status(a), a.Element(L + "RecentAnswer")!.Value)));

        Assert.Equal(("REFUSED", "A36003"), (Evaluation(await Send(A036(p.Ssin, "MODIFY", id))), Errors(await Send(A036(p.Ssin, "MODIFY", id)))));
        var deleted = await Send(A036(p.Ssin, "DELETE", Id(modified)));
        Assert.Equal("DELETED", deleted.Body!.Element(L + "Attestation")!.Element(L + "AttestationIdentification")!.Element(L + "AttestationStatus")!.Value);
        Assert.Equal(["MODIFIED", "DELETED"], Answers(await Consult(p.Ssin)).Select(Status));
    }

    [Fact]
    public async Task A036_WithoutAnOverlappingIntegration_IsRefusedByTheBcss_LateIsAcceptedWithANote()
    {
        var p = People.Where(Adults, 21);
        await client.RegisterAsync(p, 1, "2026-11-01", "2026-12-31");
        var outside = await Send(A036(p.Ssin, "CREATE", begin: "2027-02-01", end: "2027-03-31"));
        Assert.Equal("NO", outside.ServiceOk);
        Assert.Equal(["32000012"], outside.ServiceCodes); // the BCSS refuses it before the SPP IS
        Assert.Empty(Answers(await Consult(p.Ssin)));

        var late = await Send(A036(p.Ssin, "CREATE", decision: "2026-11-10"));
        Assert.Equal(("ACCEPTED", "A36001"), (Evaluation(late), Errors(late)));
        Assert.Single(Answers(await Consult(p.Ssin)));
    }

    [Fact]
    public async Task A036_OfAnotherCpasOrUnknown_IsRefused()
    {
        var p = People.Where(Adults, 22);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await client.RegisterAsync(p, 2, "2026-11-01", cbe: Liege);
        string id = Id(await Send(A036(p.Ssin, "CREATE"), Liege));
        Assert.Equal("A36002", Errors(await Send(A036(p.Ssin, "DELETE", id))));
        Assert.Equal("A36002", Errors(await Send(A036(p.Ssin, "MODIFY", "9999999999"))));
    }

    [Fact]
    public async Task L036_PagesByTen()
    {
        var p = People.Where(Adults, 23);
        await client.RegisterAsync(p, 2, "2026-11-01");
        for (int month = 1; month <= 12; month++)
        {
            Assert.Equal("ACCEPTED", Evaluation(await Send(A036(p.Ssin, "CREATE", begin: $"2026-{(month < 12 ? 11 : 12)}-{month:00}", end: null))));
        }

        var first = await Consult(p.Ssin);
        Assert.Equal(10, Answers(first).Count);
        string next = first.Body!.Element(L + "L036")!.Element(L + "AnswerOK")!.Element(L + "NextAnswerReference")!.Value;
        var second = await Consult(p.Ssin, next);
        Assert.Equal(2, Answers(second).Count);
        Assert.Null(second.Body!.Element(L + "L036")!.Element(L + "AnswerOK")!.Element(L + "NextAnswerReference"));
        Assert.Equal("Test # 1", second.Body.Element(L + "UniqueReference")!.Value);
        Assert.Equal(["31000001"], (await Consult(p.Ssin, "7")).ServiceCodes);
    }

    [Fact]
    public async Task L036_NeedsAnIntegrationAtD_AndTheRightCodes()
    {
        var p = People.Where(Adults, 24);
        Assert.Equal(["32000012"], (await Consult(p.Ssin)).ServiceCodes);
        await client.RegisterAsync(p, 31, "2026-11-01");
        Assert.Equal(["32000012"], (await Consult(p.Ssin)).ServiceCodes);
        await client.RegisterAsync(p, 40, "2026-11-01");
        Assert.Equal("YES", (await Consult(p.Ssin)).ServiceOk);
    }

    [Theory]
    [InlineData("CREATE", "A036Request/ValidityPeriod")]
    [InlineData("MODIFY", "A036Request/AttestationID")]
    [InlineData("DELETE", "A036Request/AttestationID")]
    public async Task A036_MissingWhatItsActionNeeds_GetsTheMandatoryError(string action, string field)
    {
        var p = People.Where(Adults, 25);
        string body = A036(p.Ssin, action);
        body = action == "CREATE" ? body.Replace("<l:ValidityPeriod><l:BeginDate>2026-11-01</l:BeginDate><l:EndDate>2027-04-30</l:EndDate></l:ValidityPeriod>", "") : body;
        var reply = await Send(body);
        Assert.Equal(["31000007"], reply.ServiceCodes);
        Assert.Equal(field, reply.Information("31000007")[0].Name);
    }

    [Theory]
    [InlineData("<l:CategoryCode>2</l:CategoryCode>", "<l:CategoryCode>9</l:CategoryCode>")]
    [InlineData("<l:Action>CREATE</l:Action>", "<l:Action>CANCEL</l:Action>")]
    [InlineData("<l:EndDate>2027-04-30</l:EndDate>", "<l:EndDate>2026-10-31</l:EndDate>")]
    public async Task A036_InvalidFields_GetTheSchemaError(string from, string to)
    {
        var p = People.Where(Adults, 26);
        await client.RegisterAsync(p, 2, "2026-11-01");
        var reply = await Send(A036(p.Ssin, "CREATE").Replace(from, to));
        Assert.Equal(["31000001"], reply.ServiceCodes);
        Assert.Empty(Answers(await Consult(p.Ssin)));
    }
}
