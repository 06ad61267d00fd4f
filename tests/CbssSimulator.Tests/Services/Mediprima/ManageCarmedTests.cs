using System.Xml.Linq;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Mediprima;

/// <summary>ManageCarmed (modelled): evaluate, open, modify, history and version, stop, consult; each refusal and validation error.</summary>
public class ManageCarmedTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    public const string Bis = "Register = 'BIS'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = factory.Soap();
    private static readonly DateOnly D = new(2026, 11, 23);

    public static string Day(int offset) => D.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Covers(int from, int to, params string[] types) =>
        "<medicalCover>" + string.Concat((types.Length == 0 ? ["doctor", "pharmaceuticalDrug"] : types).Select(t =>
            $"<{t}><validityPeriod><startDate>{Day(from)}</startDate><endDate>{Day(to)}</endDate></validityPeriod>"
            + "<pswcSupport><zivAmiPart>true</zivAmiPart><patientPart>true</patientPart><supplement>NOTHING</supplement></pswcSupport></" + t + ">")) + "</medicalCover>";

    public static string Decision(string ssin, int from, int to, string? covers = null, string? number = null) =>
        $"<ssin>{ssin}</ssin>{(number is null ? "" : $"<eCarmedNumber>{number}</eCarmedNumber>")}"
        + $"<validityPeriod><startDate>{Day(from)}</startDate><endDate>{Day(to)}</endDate></validityPeriod>{covers ?? Covers(from, to)}";

    public async Task<XElement> Call(string op, string payload, string cbe = Cbe, bool fault = false)
    {
        var answer = await client.PostAsync(ManageCarmedNamespaces.Path, ManageCarmedNamespaces.Action(op), $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{op}Request xmlns:m="{ManageCarmedNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>manage eCarmed</legalContext>{payload}</m:{op}Request></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal(fault, answer.IsFault);
        return fault ? XElement.Parse(answer.Text) : answer.Body;
    }

    public static string Code(XElement body) => body.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task Evaluate_Open_Modify_HistoryAndVersion_Stop_Consult()
    {
        var p = People.Where(Bis, 0);
        await client.RegisterAsync(p, 1, Day(-10));
        var evaluated = await Call("evaluateCarmed", Decision(p.Ssin, -30, 60));
        var card = evaluated.Element("carmed")!;
        Assert.Null(card.Element("eCarmedNumber"));
        var refund = card.Element("refund")!;
        Assert.Equal(("31", "I", "false", "100.0"), (refund.Element("refundCode")!.Value, refund.Element("beneficiaryStatus")!.Value,
            refund.Element("affiliedMutualityInd")!.Value, refund.Element("hospitalizationPart")!.Element("zivAmiPart")!.Value));
        Assert.Equal("Reg BIS - illégal - Revenus < RIS - non assuré", refund.Elements("justification").First().Value);

        var opened = (await Call("openCarmed", Decision(p.Ssin, -30, 60))).Element("carmed")!;
        string number = opened.Element("eCarmedNumber")!.Value;
        Assert.Matches("^[0-9]{12}$", number);
        Assert.Equal(("1", "CURRENT"), (opened.Element("versionNbr")!.Value, opened.Element("status")!.Value));

        Assert.Equal("MSG00012", Code(await Call("modifyCarmed", Decision(p.Ssin, -30, 120, number: number))));
        await client.RegisterAsync(p, 4, Day(-30), Day(200));
        var modified = (await Call("modifyCarmed", Decision(p.Ssin, -30, 120, Covers(-30, 120, "doctor", "hospitalisation", "ambulatoryHospitalisation"), number))).Element("carmed")!;
        Assert.Equal(("2", Day(120)), (modified.Element("versionNbr")!.Value, modified.Element("validityPeriod")!.Element("endDate")!.Value));
        var evaluatedModified = await Call("evaluateModifiedCarmed", Decision(p.Ssin, -30, 150, number: number));
        Assert.Null(evaluatedModified.Element("carmed")!.Element("eCarmedNumber"));

        var history = await Call("consultCarmedHistory", $"<selectionCriteria><eCarmedNumber>{number}</eCarmedNumber></selectionCriteria>");
        Assert.Equal(["SUPERSEDED", "CURRENT"], history.Elements("carmed").Select(c => c.Element("status")!.Value));
        var first = (await Call("consultCarmedByVersion", $"<eCarmedNumber>{number}</eCarmedNumber><versionNbr>1</versionNbr>")).Element("carmed")!;
        Assert.Equal((Day(60), 2), (first.Element("validityPeriod")!.Element("endDate")!.Value, first.Element("medicalCover")!.Elements().Count()));

        var stopped = (await Call("stopCarmed", $"<ssin>{p.Ssin}</ssin><eCarmedNumber>{number}</eCarmedNumber><endDate>{Day(-5)}</endDate>")).Element("carmed")!;
        Assert.Equal(("3", "STOPPED", Day(-5)), (stopped.Element("versionNbr")!.Value, stopped.Element("status")!.Value, stopped.Element("validityPeriod")!.Element("endDate")!.Value));
        Assert.All(stopped.Element("medicalCover")!.Elements(), c => Assert.Equal(Day(-5), c.Element("validityPeriod")!.Element("endDate")!.Value));

        Assert.Equal("MSG00100", Code(await Call("consultCarmed", $"<ssin>{p.Ssin}</ssin><referenceDate>{Day(0)}</referenceDate>")));
        var before = await Call("consultCarmed", $"<ssin>{p.Ssin}</ssin><referenceDate>{Day(-10)}</referenceDate>");
        Assert.Equal("STOPPED", Assert.Single(before.Elements("carmed")).Element("status")!.Value);
        Assert.Equal(3, (await Call("queryCarmedManager", $"<ssin>{p.Ssin}</ssin><period><startDate>{Day(-60)}</startDate><endDate>{Day(0)}</endDate></period>")).Elements("carmed").Count());
    }

    [Theory]
    [InlineData(-61, 30, null, "ECM001")]
    [InlineData(0, 365, null, "ECM002")]
    [InlineData(0, 30, "hospital", "ECM003")]
    [InlineData(0, 30, "outside", "ECM006")]
    public async Task Open_BreakingARule_IsRefused(int from, int to, string? covers, string code)
    {
        var p = People.Where(Bis, 1);
        await client.RegisterAsync(p, 4, Day(-90), Day(270));
        string medical = covers switch { "hospital" => Covers(from, to, "hospitalisation"), "outside" => Covers(from, to + 5), _ => Covers(from, to) };
        var reply = await Call("openCarmed", Decision(p.Ssin, from, to, medical));
        Assert.Equal(("NO_RESULT", code), (reply.Element("status")!.Element("value")!.Value, Code(reply)));
        Assert.Equal("MSG00100", Code(await Call("consultCarmed", $"<ssin>{p.Ssin}</ssin><referenceDate>{Day(from + 1)}</referenceDate>")));
    }

    [Fact]
    public async Task Open_OverlappingACard_ModifyingAnotherCpassCard_StoppingOutside_AreRefused()
    {
        var p = People.Where(Bis, 2);
        await client.RegisterAsync(p, 4, Day(-10), Day(300));
        await client.RegisterAsync(p, 4, Day(-10), Day(300), cbe: Liege);
        string number = (await Call("openCarmed", Decision(p.Ssin, 0, 90))).Element("carmed")!.Element("eCarmedNumber")!.Value;
        Assert.Equal("ECM004", Code(await Call("openCarmed", Decision(p.Ssin, 60, 120), Liege)));
        Assert.Equal("ECM005", Code(await Call("modifyCarmed", Decision(p.Ssin, 0, 120, number: number), Liege)));
        Assert.Equal("ECM007", Code(await Call("stopCarmed", $"<ssin>{p.Ssin}</ssin><eCarmedNumber>{number}</eCarmedNumber><endDate>{Day(100)}</endDate>")));
    }

    [Fact]
    public async Task Controls_EvaluateAcceptsA001AtD_OpenNeedsOverlap_ConsultWithout_Refused()
    {
        var p = People.Where(Bis, 3);
        Assert.Equal("MSG00012", Code(await Call("evaluateCarmed", Decision(p.Ssin, 0, 30))));
        await client.RegisterAsync(p, 1, Day(0));
        Assert.Equal("MSG00000", Code(await Call("evaluateCarmed", Decision(p.Ssin, 0, 30))));
        string number = (await Call("openCarmed", Decision(p.Ssin, 0, 30))).Element("carmed")!.Element("eCarmedNumber")!.Value;
        Assert.Equal("MSG00012", Code(await Call("consultCarmedHistory", $"<selectionCriteria><eCarmedNumber>{number}</eCarmedNumber></selectionCriteria>", Liege)));
        Assert.Equal("MSG00100", Code(await Call("consultCarmedHistory", "<selectionCriteria><eCarmedNumber>999999999999</eCarmedNumber></selectionCriteria>")));
    }

    [Fact]
    public async Task ALegalInsuredPerson_GetsTheInsuredRefund()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1990' AND BirthDate < '2000' AND Ssin NOT IN (SELECT Ssin FROM Employment)", 4);
        await client.RegisterAsync(p, 1, Day(0));
        var refund = (await Call("evaluateCarmed", Decision(p.Ssin, 0, 30))).Element("carmed")!.Element("refund")!;
        Assert.Equal("L", refund.Element("beneficiaryStatus")!.Value);
        bool insured = refund.Element("affiliedMutualityInd")!.Value == "true";
        Assert.Contains(refund.Element("refundCode")!.Value, insured ? ["11", "12"] : new[] { "21", "22" });
    }

    [Fact]
    public async Task RemoveCarmed_AnswersThatTheOperationWasWithdrawn_AndAMissingCoverIsAValidationError()
    {
        var fault = await Call("removeCarmed", "<eCarmedNumber>500000000001</eCarmedNumber>", fault: true);
        Assert.Contains("withdrawn", fault.ToString());
        var p = People.Where(Bis, 5);
        await client.RegisterAsync(p, 1, Day(0));
        var invalid = await Call("openCarmed", $"<ssin>{p.Ssin}</ssin><validityPeriod><startDate>{Day(0)}</startDate><endDate>{Day(30)}</endDate></validityPeriod>");
        Assert.Equal("MSG00008", Code(invalid));
    }

    [Fact]
    public async Task StopAndModify_Need004_AnUnknownVersionIsNoData_AReversedPeriodIsInvalid()
    {
        var p = People.Where(Bis, 6);
        await client.RegisterAsync(p, 1, Day(0));
        string number = (await Call("openCarmed", Decision(p.Ssin, 0, 30))).Element("carmed")!.Element("eCarmedNumber")!.Value;
        Assert.Equal("MSG00012", Code(await Call("stopCarmed", $"<ssin>{p.Ssin}</ssin><eCarmedNumber>{number}</eCarmedNumber><endDate>{Day(10)}</endDate>")));
        Assert.Equal("MSG00012", Code(await Call("evaluateModifiedCarmed", Decision(p.Ssin, 0, 40, number: number))));
        await client.RegisterAsync(p, 4, Day(0), Day(90));
        Assert.Equal("MSG00100", Code(await Call("consultCarmedByVersion", $"<eCarmedNumber>{number}</eCarmedNumber><versionNbr>7</versionNbr>")));
        Assert.Equal("MSG00008", Code(await Call("evaluateCarmed", Decision(p.Ssin, 30, 0, Covers(0, 30)))));
        Assert.Equal("MSG00008", Code(await Call("consultCarmedHistory", "<selectionCriteria><eCarmedNumber>12345</eCarmedNumber></selectionCriteria>")));
    }

    [Fact]
    public async Task AnotherLegalContext_IsRefusedFirst_Msg00013()
    {
        var p = People.Where(Bis, 7);
        await client.RegisterAsync(p, 1, Day(0));
        var answer = await client.PostAsync(ManageCarmedNamespaces.Path, ManageCarmedNamespaces.Action("evaluateCarmed"), $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:evaluateCarmedRequest xmlns:m="{ManageCarmedNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{Decision(p.Ssin, 0, 30)}</m:evaluateCarmedRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.Equal("MSG00013", Code(answer.Body));
        Assert.Null(answer.Body.Element("carmed"));
    }
}
