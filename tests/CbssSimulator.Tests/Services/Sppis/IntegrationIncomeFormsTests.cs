using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>OCMWCPASRegisterAttest / OCMWCPASStopAttest (modelled) and OCMWCPASListOfAttestations: the RIS loop with the simulated SPP IS.</summary>
public class IntegrationIncomeFormsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    public static readonly XNamespace Ma = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests";
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = factory.Soap();

    public static string Grant(string ssin, string entry, string? end = null, int category = 2, string? amount = null, bool correction = false, bool piis = false,
        string decision = "GRANT") => $"""
        <ma:RegisterAttestRequest xmlns:ma="{Ma}">
          <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser>
          <ma:FileID>D2026-00017</ma:FileID>
          <ma:Decision>{decision}</ma:Decision>
          {(correction ? "<ma:NoticeStatus>1</ma:NoticeStatus>" : "")}
          <ma:EntryDate>{entry}</ma:EntryDate>
          {(end is null ? "" : $"<ma:EndDate>{end}</ma:EndDate>")}
          <ma:DecisionDate>2026-11-20</ma:DecisionDate>
          <ma:Category>{category}</ma:Category>
          {(amount is null ? "" : $"<ma:MonthlyAmount>{amount}</ma:MonthlyAmount>")}
          {(piis ? "<ma:PIIS>true</ma:PIIS>" : "")}
        </ma:RegisterAttestRequest>
        """;

    public static string Stop(string ssin, string entry, bool cancel = false) => $"""
        <ma:StopAttestRequest xmlns:ma="{Ma}">
          <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser>
          <ma:EntryDate>{entry}</ma:EntryDate>
          <ma:DecisionDate>2026-11-20</ma:DecisionDate>
          <ma:DecisionNature>2</ma:DecisionNature>
          {(cancel ? "<ma:Regularisation>9</ma:Regularisation>" : "")}
        </ma:StopAttestRequest>
        """;

    public static string List(string? ssin, string type) => $"""
        <ma:ListOfAttestationsRequest xmlns:ma="{Ma}">
          {(ssin is null ? "" : $"<ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser>")}
          <ma:RequestType>{type}</ma:RequestType>
        </ma:ListOfAttestationsRequest>
        """;

    private Task<SsdnReply> Send(string service, string body, string cbe = Cbe) =>
        client.SsdnAsync(Ssdn(service, body, cbe, version: service == "OCMWCPASListOfAttestations" ? "20080317" : "20260101"));

    /// <summary>The evaluation and its ErrorsOnForm codes, comma-separated.</summary>
    public static (string Evaluation, string Errors) Verdict(SsdnReply reply) =>
        (reply.Body!.Element(Ma + "Evaluation")!.Value, string.Join(",", reply.Body.Elements(Ma + "ErrorsOnForm").Select(e => e.Element(Ma + "Code")!.Value)));

    private async Task<IReadOnlyList<XElement>> Listed(string ssin, string cbe = Cbe)
    {
        var reply = await Send("OCMWCPASListOfAttestations", List(ssin, "RIS"), cbe);
        Assert.Equal("YES", reply.ServiceOk);
        return reply.Body!.Elements(Ma + "Attestation").ToList();
    }

    [Fact]
    public async Task Grant_IsAccepted_Listed_Stopped_AndTheStopCancelledByCode9()
    {
        var p = People.Where(Adults, 0);
        await client.RegisterAsync(p, 2, "2026-11-01");
        var granted = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", piis: true));
        Assert.Equal(("ACCEPTED", ""), Verdict(granted));
        Assert.Equal("6500", granted.Body!.Element(Ma + "Percentage")!.Value);
        Assert.Equal("1340.48", granted.Body.Element(Ma + "MonthlyAmount")!.Value);
        string reference = granted.Body.Element(Ma + "ReferenceSPP_POD")!.Value;

        var listed = Assert.Single(await Listed(p.Ssin));
        Assert.Equal([reference, "1", "B"], [listed.Element(Ma + "Reference")!.Value, listed.Element(Ma + "Status")!.Value, listed.Element(Ma + "FormType")!.Element(Ma + "Code")!.Value]);
        var piis = await Send("OCMWCPASListOfAttestations", List(p.Ssin, "GPMI_PIIS"));
        Assert.Equal("true", piis.Body!.Element(Ma + "GpmiPiis")!.Attribute("hasAttestation")!.Value);

        var stopped = await Send("OCMWCPASStopAttest", Stop(p.Ssin, "2027-02-01"));
        Assert.Equal("ACCEPTED", Verdict(stopped).Evaluation);
        Assert.Equal(reference, stopped.Body!.Element(Ma + "EndedReference")!.Value);
        var afterStop = await Listed(p.Ssin);
        Assert.Equal(["B", "C"], afterStop.Select(a => a.Element(Ma + "FormType")!.Element(Ma + "Code")!.Value));
        Assert.Equal("3", afterStop[0].Element(Ma + "Duration")!.Element(Ma + "Months")!.Value);
        var piisPeriod = (await Send("OCMWCPASListOfAttestations", List(p.Ssin, "GPMI_PIIS"))).Body!.Element(Ma + "GpmiPiis")!.Element(Ma + "period")!;
        Assert.Equal("2027-01-31", piisPeriod.Element(Ma + "EndDate")!.Value);

        var cancelled = await Send("OCMWCPASStopAttest", Stop(p.Ssin, "2027-02-01", cancel: true));
        Assert.Equal("ACCEPTED", Verdict(cancelled).Evaluation);
        var revived = (await Send("OCMWCPASListOfAttestations", List(p.Ssin, "GPMI_PIIS"))).Body!.Element(Ma + "GpmiPiis")!.Element(Ma + "period")!;
        Assert.Null(revived.Element(Ma + "EndDate"));
        Assert.Equal(["1", "9", "9"], (await Listed(p.Ssin)).Select(a => a.Element(Ma + "Status")!.Value));
    }

    [Fact]
    public async Task Grant_WithoutIntegration002_IsRefusedByTheBcssAndNotListed_ARefusalNeedsNone()
    {
        var p = People.Where(Adults, 1);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var reply = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"));
        Assert.Equal("NO", reply.ServiceOk);
        Assert.Equal(["32000012"], reply.ServiceCodes);
        Assert.Null(reply.Body);

        var refusal = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", decision: "REFUSAL"));
        Assert.Equal("ACCEPTED", Verdict(refusal).Evaluation);
        Assert.Equal([("BR", "1")], (await Listed(p.Ssin)).Select(a => (a.Element(Ma + "FormType")!.Element(Ma + "Code")!.Value, a.Element(Ma + "Status")!.Value)));

        await client.RegisterAsync(p, 2, "2026-11-01", cbe: Liege);
        Assert.Equal(("ACCEPTED", ""), Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"), Liege)));
        var again = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"), Liege);
        Assert.Equal(("REFUSED", "RIS004"), Verdict(again)); // the SPP IS's own reasons, in four languages
        Assert.Equal(4, again.Body!.Element(Ma + "ErrorsOnForm")!.Elements(Ma + "Description").Count());
        Assert.Null(again.Body.Element(Ma + "Percentage"));
    }

    [Fact]
    public async Task Grant_OverlappingAnotherCpasGrant_IsRefused()
    {
        var p = People.Where(Adults, 2);
        await client.RegisterAsync(p, 2, "2026-10-01", cbe: Liege);
        Assert.Equal("ACCEPTED", Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-10-01", "2026-12-31"), Liege)).Evaluation);
        await client.RegisterAsync(p, 2, "2026-11-15");
        Assert.Equal(("REFUSED", "RIS001"), Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-12-01"))));
        Assert.Equal("ACCEPTED", Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2027-01-01"))).Evaluation);
        Assert.Single(await Listed(p.Ssin, Liege));
    }

    [Fact]
    public async Task Correction_ReplacesTheSameDate_ADuplicateOrAnOrphanCorrectionIsRefused()
    {
        var p = People.Where(Adults, 3);
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Equal(("REFUSED", "RIS002"), Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", correction: true))));
        var first = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", category: 1));
        Assert.Equal(("REFUSED", "RIS004"), Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"))));
        var corrected = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", category: 3, correction: true));
        Assert.Equal("ACCEPTED", Verdict(corrected).Evaluation);
        Assert.Equal(first.Body!.Element(Ma + "ReferenceSPP_POD")!.Value, corrected.Body!.Element(Ma + "ReplacedReference")!.Value);
        Assert.Equal("1811.59", corrected.Body.Element(Ma + "MonthlyAmount")!.Value);
        Assert.Equal(["3", "4", "3", "1"], (await Listed(p.Ssin)).Select(a => a.Element(Ma + "Status")!.Value));
    }

    [Fact]
    public async Task AmountAboveTheScale_IsPartiallyAccepted_RefundedUpToTheScale()
    {
        var p = People.Where(Adults, 4);
        await client.RegisterAsync(p, 2, "2026-11-01");
        var reply = await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01", category: 1, amount: "1000.00"));
        Assert.Equal(("PARTIALLYACCEPTED", "RIS005"), Verdict(reply));
        Assert.Equal("893.65", reply.Body!.Element(Ma + "MonthlyAmount")!.Value);
        Assert.Equal("5500", reply.Body.Element(Ma + "Percentage")!.Value);
    }

    [Fact]
    public async Task NewGrantOfTheSameCpas_EndsTheEarlierOneTheDayBefore()
    {
        var p = People.Where(Adults, 5);
        await client.RegisterAsync(p, 2, "2026-10-01");
        await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-10-01", category: 1));
        await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-12-01", category: 2));
        var listed = await Listed(p.Ssin);
        Assert.Equal("2", listed[0].Element(Ma + "Duration")!.Element(Ma + "Months")!.Value);
        Assert.Equal(["1", "1"], listed.Select(a => a.Element(Ma + "Status")!.Value));
    }

    [Fact]
    public async Task Stop_WithoutAGrant_OrCode9WithoutAStop_IsRefused_WithoutIntegrationTheBcssRefuses()
    {
        var p = People.Where(Adults, 6);
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Equal(("REFUSED", "STP001"), Verdict(await Send("OCMWCPASStopAttest", Stop(p.Ssin, "2026-12-01"))));
        Assert.Equal(("REFUSED", "STP002"), Verdict(await Send("OCMWCPASStopAttest", Stop(p.Ssin, "2026-12-01", cancel: true))));
        var other = People.Where(Adults, 7);
        Assert.Equal(["32000012"], (await Send("OCMWCPASStopAttest", Stop(other.Ssin, "2026-12-01"))).ServiceCodes);
    }

    [Fact]
    public async Task StopOnTheGrantsStart_WithdrawsItWhole()
    {
        var p = People.Where(Adults, 8);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"));
        await Send("OCMWCPASStopAttest", Stop(p.Ssin, "2026-11-01"));
        var listed = await Listed(p.Ssin);
        Assert.Equal(("5", "0"), (listed[0].Element(Ma + "Status")!.Value, listed[0].Element(Ma + "Duration")!.Element(Ma + "Months")!.Value));
        var piis = await Send("OCMWCPASListOfAttestations", List(p.Ssin, "GPMI_PIIS"));
        Assert.Equal("false", piis.Body!.Element(Ma + "GpmiPiis")!.Attribute("hasAttestation")!.Value);
    }

    [Fact]
    public async Task WorkStartedDuringAGrant_OpensTheArt35Exemption()
    {
        var p = People.Where(Adults + " AND Ssin IN (SELECT Ssin FROM Employment WHERE StartDate > '2025-06-01' AND StartDate < '2025-12-01')");
        string start = new CareerStore(new RegistryDatabase(TestRegistry.TemplatePath)).Employments(p.Ssin)
            .Select(e => e.StartDate).Where(d => string.CompareOrdinal(d, "2025-06-01") > 0 && string.CompareOrdinal(d, "2025-12-01") < 0).Min()!;
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Equal("ACCEPTED", Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2025-06-01"))).Evaluation);
        var reply = await Send("OCMWCPASListOfAttestations", List(p.Ssin, "EXONERATIONSART35"));
        var exoneration = reply.Body!.Element(Ma + "ExonerationArt35")!;
        Assert.Equal("true", exoneration.Attribute("hasExoneration")!.Value);
        Assert.Equal(start, exoneration.Element(Ma + "FirstExonerationDate")!.Value);
        Assert.Equal(new DateOnly(2026, 11, 23).DayNumber - IsoDate.Parse(start).DayNumber + 1, int.Parse(exoneration.Element(Ma + "PaymentExoneratedDays")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ListOnTheCpas_NeedsNoIntegration_ListOnASsinDoes()
    {
        var p = People.Where(Adults, 9);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"));
        var all = await Send("OCMWCPASListOfAttestations", List(null, "RIS"));
        Assert.Contains(all.Body!.Elements(Ma + "Attestation"), a => a.Element(Ma + "SocialSecurityUser")!.Value == p.Ssin);
        var stranger = People.Where(Adults, 10);
        var refused = await Send("OCMWCPASListOfAttestations", List(stranger.Ssin, "RIS"));
        Assert.Equal(["32000012"], refused.ServiceCodes);
        var none = await Send("OCMWCPASListOfAttestations", List(p.Ssin, "RIS"), Liege);
        Assert.Equal(["32000012"], none.ServiceCodes);
    }

    [Theory]
    [InlineData("<ma:SocialSecurityUser>85073003329</ma:SocialSecurityUser>", "31000011")]
    [InlineData("<ma:EntryDate>2026-11-01</ma:EntryDate>", "31000007")]
    [InlineData("<ma:EndDate>2026-12-31</ma:EndDate>", "31000001")]
    [InlineData("<ma:Category>2</ma:Category>", "31000001")]
    public async Task InvalidForm_GetsTheServiceErrorAndStoresNothing(string replace, string code)
    {
        var p = People.Where(Adults, 11);
        string body = Grant(p.Ssin, "2026-11-01", end: "2026-12-31", category: 2);
        body = replace.Split('>')[0] switch
        {
            "<ma:SocialSecurityUser" => body.Replace($"<ma:SocialSecurityUser>{p.Ssin}</ma:SocialSecurityUser>", replace),
            "<ma:EntryDate" => body.Replace(replace, ""),
            "<ma:EndDate" => body.Replace(replace, "<ma:EndDate>2026-10-31</ma:EndDate>"),
            _ => body.Replace(replace, "<ma:Category>7</ma:Category>"),
        };
        var reply = await Send("OCMWCPASRegisterAttest", body);
        Assert.Equal("NO", reply.ServiceOk);
        Assert.Equal(code, reply.ServiceCodes[0]);
        await client.RegisterAsync(p, 2, "2026-11-01");
        Assert.Empty(await Listed(p.Ssin));
    }

    [Fact]
    public async Task Grant_StartingAfterTheDeath_IsRefused()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NOT NULL");
        await client.RegisterAsync(p, 2, "2026-10-01");
        Assert.Equal(("REFUSED", "RIS003"), Verdict(await Send("OCMWCPASRegisterAttest", Grant(p.Ssin, "2026-11-01"))));
    }

    [Theory]
    [InlineData("OCMWCPASStopAttest", "<ma:DecisionNature>2</ma:DecisionNature>", "<ma:DecisionNature>3</ma:DecisionNature>", "31000001")]
    [InlineData("OCMWCPASStopAttest", "<ma:DecisionDate>2026-11-20</ma:DecisionDate>", "", "31000007")]
    [InlineData("OCMWCPASListOfAttestations", "<ma:RequestType>RIS</ma:RequestType>", "<ma:RequestType>ALL</ma:RequestType>", "31000001")]
    [InlineData("OCMWCPASListOfAttestations", "<ma:RequestType>RIS</ma:RequestType>", "", "31000007")]
    public async Task StopAndList_ValidationErrors(string service, string from, string to, string code)
    {
        var p = People.Where(Adults, 12);
        await client.RegisterAsync(p, 2, "2026-11-01");
        string body = service == "OCMWCPASStopAttest" ? Stop(p.Ssin, "2026-12-01") : List(p.Ssin, "RIS");
        var reply = await Send(service, body.Replace(from, to));
        Assert.Equal("NO", reply.ServiceOk);
        Assert.Equal(code, reply.ServiceCodes[0]);
    }
}
