using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Services.Unemployment;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Unemployment;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>UnemploymentDataService V3 (modelled): rights that follow the careers, monthly benefits, sanctions, 001–009 at D.</summary>
public class UnemploymentTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static PersonRow Unemployed(int n, string extra = "") => People.Where(
        $"Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Unemployment WHERE StartDate < '2025-06-01' AND EndDate IS NULL {extra})", n);

    private async Task<XElement> Consult(string ssin, string extra = "")
    {
        var answer = await client.PostAsync(UnemploymentNamespaces.Path, UnemploymentNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultUnemploymentDataRequest xmlns:m="{UnemploymentNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin>{extra}</m:consultUnemploymentDataRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public void Generator_RightsFollowTheCareers()
    {
        using var c = Db.Open();
        var people = c.Query<PersonRow>("SELECT * FROM Person").ToDictionary(p => p.Ssin);
        var rights = c.Query<UnemploymentRow>("SELECT * FROM Unemployment").ToList();
        var careers = new CareerStore(Db);
        Assert.Equal(["FULL_UNEMPLOYMENT", "INSERTION_ALLOWANCE", "TIME_CREDIT"], rights.Select(r => r.Nature).Distinct().Order());
        Assert.Contains(rights, r => r.SanctionStart is not null);
        foreach (var r in rights)
        {
            var p = people[r.Ssin];
            var jobs = careers.Employments(r.Ssin).Where(j => j.WorkerType == "OTH").ToList();
            var born = IncompleteDate.Parse(p.BirthDate).Earliest;
            Assert.True(string.CompareOrdinal(r.EndDate ?? "9999", born.AddYears(65).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) < 0 || r.EndDate is null && born.AddYears(65) > new DateOnly(2026, 11, 23), $"{r.Ssin} benefits past 65");
            Assert.True(p.DeathDate is null || (r.EndDate is not null && string.CompareOrdinal(r.EndDate, p.DeathDate) <= 0), $"{r.Ssin} benefits after death");
            switch (r.Nature)
            {
                case "FULL_UNEMPLOYMENT":
                    Assert.Equal(IsoDate.Parse(jobs[^1].EndDate!).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.StartDate);
                    break;
                case "INSERTION_ALLOWANCE":
                    Assert.Empty(jobs);
                    break;
                default:
                    Assert.Contains(jobs, j => j.EndDate is null && j.WorkingTime < 100);
                    break;
            }

            Assert.True(r.SanctionStart is null || (string.CompareOrdinal(r.SanctionStart, r.StartDate) > 0 && string.CompareOrdinal(r.SanctionEnd, r.EndDate ?? "9999") <= 0));
        }
    }

    [Fact]
    public async Task Rights_AndMonthlyBenefits_For001To009()
    {
        var p = Unemployed(0, "AND Nature = 'FULL_UNEMPLOYMENT' AND SanctionStart IS NULL");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var answer = await Consult(p.Ssin);
        Assert.Equal(("DATA_FOUND", "MSG00000"), (answer.Element("status")!.Element("value")!.Value, Code(answer)));
        var right = new UnemploymentStore(Db).Rights(p.Ssin).Single();
        Assert.Equal(right.StartDate, answer.Descendants("right").Single().Element("startDate")!.Value);
        var payments = answer.Descendants("payment").ToList();
        Assert.Equal(13, payments.Count); // 2025-11 … 2026-11 (up to D)
        var october = payments.Single(m => m.Element("month")!.Value == "2026-10");
        Assert.Equal("27", october.Element("days")!.Value); // Monday to Saturday in October 2026
        Assert.Equal(Math.Round(27 * right.DailyAmount, 2), double.Parse(october.Element("amount")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ASanction_LeavesItsDaysUnpaid()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Unemployment WHERE SanctionStart > '2021-01-31' AND SanctionEnd < '2026-10-01')");
        await client.RegisterAsync(p, 3, "2026-11-01");
        var right = new UnemploymentStore(Db).Rights(p.Ssin).Single(r => r.SanctionStart is not null);
        var answer = await Consult(p.Ssin, $"<period><beginDate>{right.SanctionStart![..8]}01</beginDate><endDate>{right.SanctionEnd}</endDate></period>");
        Assert.Equal(right.SanctionStart, answer.Descendants("sanction").Single().Element("startDate")!.Value);
        var paid = answer.Descendants("payment").Sum(m => int.Parse(m.Element("days")!.Value, CultureInfo.InvariantCulture));
        var first = IsoDate.Parse(right.SanctionStart[..8] + "01");
        var last = IsoDate.Parse(right.SanctionEnd![..8] + "01").AddMonths(1).AddDays(-1); // payments are whole months
        int outside = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)
            .Count(d => d.DayOfWeek != DayOfWeek.Sunday && d >= IsoDate.Parse(right.StartDate) && (right.EndDate is null || d <= IsoDate.Parse(right.EndDate))
                && (string.CompareOrdinal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), right.SanctionStart) < 0 || string.CompareOrdinal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), right.SanctionEnd) > 0));
        Assert.Equal(outside, paid); // the days of the exclusion are not paid
    }

    [Fact]
    public async Task TheBenefits_AreInTheTaxAssessmentOfTheYear()
    {
        var p = Unemployed(6, "AND Nature = 'FULL_UNEMPLOYMENT' AND StartDate < '2025-01-01'");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var tax = await client.PostAsync(CbssSimulator.Services.TaxAssessment.TaxAssessmentNamespaces.Path, CbssSimulator.Services.TaxAssessment.TaxAssessmentNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultTaxAssessmentRequest xmlns:m="{CbssSimulator.Services.TaxAssessment.TaxAssessmentNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{p.Ssin}</ssin><incomeYear>2025</incomeYear></m:consultTaxAssessmentRequest></soapenv:Body></soapenv:Envelope>
            """);
        var benefits = new UnemploymentStore(Db).Benefits(p.Ssin, 2025, new DateOnly(2026, 11, 23));
        Assert.True(benefits > 10_000, $"a full year of benefits, not {benefits}");
        Assert.Equal(Taxation.Taxable(0, 0, benefits),
            double.Parse(tax.Body.Descendants("taxableIncomeGlobally").Single().Value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(30, "2026-01-01", null)]
    [InlineData(31, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var p = Unemployed(code == 30 ? 1 : code == 31 ? 2 : 3, "AND Nature = 'FULL_UNEMPLOYMENT'");
        await client.RegisterAsync(p, code, start, end);
        var answer = await Consult(p.Ssin);
        Assert.Equal("MSG00012", Code(answer));
        Assert.Null(answer.Element("unemployment"));
    }

    [Fact]
    public async Task NoRight_IsNoData_AndAPeriodEndingBeforeItStartsIsMsg00008()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990' AND Ssin NOT IN (SELECT Ssin FROM Unemployment)", 5);
        await client.RegisterAsync(p, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Consult(p.Ssin)));
        Assert.Equal("MSG00008", Code(await Consult(p.Ssin, "<period><beginDate>2026-05-01</beginDate><endDate>2026-04-30</endDate></period>")));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = Unemployed(4);
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IUnemploymentService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, UnemploymentNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultUnemploymentDataRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "unemployment");
    }
}
