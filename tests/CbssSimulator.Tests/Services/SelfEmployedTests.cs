using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.SelfEmployed;
using CbssSimulator.Services.TaxAssessment;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>SelfEmployedV2 (modelled): generated self-employed careers, 001–009/031 at D, contributions per quarter, tax coherence.</summary>
public class SelfEmployedTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static PersonRow SelfEmployed(int n, string extra = "") => People.Where(
        $"Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM SelfEmployment WHERE StartDate < '2024-01-01' AND EndDate IS NULL {extra})", n);

    private async Task<XElement> Consult(string ssin, string extra = "")
    {
        var answer = await client.PostAsync(SelfEmployedNamespaces.Path, SelfEmployedNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultSelfEmployedCareerRequest xmlns:m="{SelfEmployedNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin>{extra}</m:consultSelfEmployedCareerRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public void Generator_SelfEmployedCareersFollowTheRegistry()
    {
        using var c = Db.Open();
        var people = c.Query<PersonRow>("SELECT * FROM Person").ToDictionary(p => p.Ssin);
        var employed = c.Query<string>("SELECT Ssin FROM Employment WHERE WorkerType = 'OTH'").ToHashSet();
        var rows = c.Query<SelfEmploymentRow>("SELECT * FROM SelfEmployment").ToList();
        Assert.Contains(rows, r => r.Category == "PRINCIPAL");
        Assert.Contains(rows, r => r.Category == "COMPLEMENTARY");
        Assert.Contains(rows, r => r.Irregular);
        foreach (var r in rows)
        {
            var p = people[r.Ssin];
            Assert.Equal(Registers.Rn, p.Register);
            Assert.Equal(employed.Contains(r.Ssin) ? "COMPLEMENTARY" : "PRINCIPAL", r.Category);
            Assert.True(SelfEmployedCareers.Funds.ContainsKey(r.FundCode));
            var born = IncompleteDate.Parse(p.BirthDate).Earliest;
            Assert.True(IsoDate.Parse(r.StartDate) >= born.AddYears(21), $"{r.Ssin} self-employed before 21");
            var stop = r.EndDate is null ? D : IsoDate.Parse(r.EndDate);
            Assert.True(stop < born.AddYears(65) || (r.EndDate is null && born.AddYears(65) > D), $"{r.Ssin} self-employed past 65");
            Assert.True(p.DeathDate is null || (r.EndDate is not null && string.CompareOrdinal(r.EndDate, p.DeathDate) <= 0), $"{r.Ssin} self-employed after death");
        }
    }

    [Fact]
    public async Task ADebtFile031_GetsActivitiesAndContributionsPerQuarter()
    {
        var p = SelfEmployed(0, "AND Category = 'COMPLEMENTARY' AND Irregular = 0");
        Assert.Equal("MSG00012", Code(await Consult(p.Ssin)));
        await client.RegisterAsync(p, 31, "2026-11-01");
        var answer = await Consult(p.Ssin);
        Assert.Equal(("DATA_FOUND", "MSG00000"), (answer.Element("status")!.Element("value")!.Value, Code(answer)));
        var activity = new SelfEmployedStore(Db).Activities(p.Ssin)[0];
        var shown = answer.Descendants("activity").First();
        Assert.Equal((activity.StartDate, activity.Category, SelfEmployedCareers.Funds[activity.FundCode]),
            (shown.Element("startDate")!.Value, shown.Element("category")!.Value, shown.Element("socialInsuranceFund")!.Element("name")!.Value));
        var quarters = answer.Element("career")!.Elements("quarter").Select(q => q.Element("quarter")!.Value).ToList();
        Assert.Equal(["2025Q4", "2026Q1", "2026Q2", "2026Q3"], quarters.Distinct());
        foreach (var q in answer.Element("career")!.Elements("quarter"))
        {
            double due = double.Parse(q.Element("contributionDue")!.Value, CultureInfo.InvariantCulture);
            Assert.True(due >= SelfEmployedCareers.MinimumQuarterly[q.Element("category")!.Value]);
        }
    }

    [Fact]
    public async Task AnIrregularPayer_HasUnpaidQuarters()
    {
        var p = SelfEmployed(0, "AND Category = 'COMPLEMENTARY' AND Irregular = 1");
        await client.RegisterAsync(p, 3, "2026-01-01");
        var answer = await Consult(p.Ssin, "<beginQuarter>2024Q1</beginQuarter><endQuarter>2026Q3</endQuarter>");
        var unpaid = answer.Descendants("quarter").Where(q => q.HasElements && q.Element("regular")!.Value == "false").ToList();
        Assert.NotEmpty(unpaid);
        Assert.All(unpaid, q => Assert.Equal("0.00", q.Element("contributionPaid")!.Value));
    }

    [Theory]
    [InlineData(30, "2026-01-01", null)] // 030 is not in the row
    [InlineData(31, "2026-01-01", "2026-11-22")] // ended the day before D
    [InlineData(2, "2026-11-24", null)] // starts the day after D
    public async Task Refused_IsMsg00012(int code, string start, string? end)
    {
        var p = SelfEmployed(code == 30 ? 0 : code == 31 ? 1 : 2, "AND Category = 'PRINCIPAL' AND Irregular = 1"); // one person per case
        await client.RegisterAsync(p, code, start, end);
        var answer = await Consult(p.Ssin);
        Assert.Equal(("NO_RESULT", "MSG00012"), (answer.Element("status")!.Element("value")!.Value, Code(answer)));
        Assert.Null(answer.Element("career"));
    }

    [Fact]
    public async Task NoActivity_IsNoData_AndABadQuarterRangeIsMsg00008()
    {
        var employee = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990' AND Ssin NOT IN (SELECT Ssin FROM SelfEmployment)", 3);
        await client.RegisterAsync(employee, 1, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Consult(employee.Ssin)));
        Assert.Equal("MSG00008", Code(await Consult(employee.Ssin, "<beginQuarter>2026Q3</beginQuarter><endQuarter>2026Q1</endQuarter>")));
        Assert.Equal("MSG00011", Code(await Consult("85073003327")));
    }

    [Fact]
    public async Task TheIncomeAsSelfEmployed_IsInTheTaxAssessment()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin NOT IN (SELECT Ssin FROM Employment) AND Ssin IN (SELECT Ssin FROM SelfEmployment WHERE StartDate < '2024-01-01' AND EndDate IS NULL AND Irregular = 0)");
        await client.RegisterAsync(p, 31, "2026-11-01");
        var tax = await client.PostAsync(TaxAssessmentNamespaces.Path, TaxAssessmentNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultTaxAssessmentRequest xmlns:m="{TaxAssessmentNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{p.Ssin}</ssin><incomeYear>2025</incomeYear></m:consultTaxAssessmentRequest></soapenv:Body></soapenv:Envelope>
            """);
        var income = new SelfEmployedStore(Db).Income(p.Ssin, 2025, D);
        Assert.True(income > 0);
        Assert.Equal(Taxation.Taxable(0, income), double.Parse(tax.Body.Descendants("taxableIncomeGlobally").Single().Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = SelfEmployed(3, "AND Irregular = 0"); // a server of its own
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 31, "2026-11-01");
        var channel = new ChannelFactory<ISelfEmployedService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, SelfEmployedNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultSelfEmployedCareerRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "career");
    }
}
