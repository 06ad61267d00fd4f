using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Services.TaxAssessment;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Unemployment;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Dolsis and TaxAssessmentData (modelled): careers coherent with the registry, controls, no-data answers.</summary>
public class SourcesTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private static PersonRow Worker(int n) => People.Where(
        "Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Employment WHERE WorkerType = 'OTH' AND StartDate < '2024-01-01' AND (EndDate IS NULL OR EndDate > '2025-12-31'))", n);

    private async Task<XElement> Call(string intf, string path, string action, string element, string payload)
    {
        var answer = await client.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>{payload}</m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private Task<XElement> Employers(string ssin) => Call(DolsisNamespaces.Interface, DolsisNamespaces.Path, DolsisNamespaces.FindEmployers, "findEmployersByWorkerRequest", $"<ssin>{ssin}</ssin>");

    private Task<XElement> Detail(string ssin, string employer, string from, string to) => Call(DolsisNamespaces.Interface, DolsisNamespaces.Path, DolsisNamespaces.EmploymentDetail,
        "getEmploymentDetailRequest", $"<ssin>{ssin}</ssin><employer>{employer}</employer><beginQuarter>{from}</beginQuarter><endQuarter>{to}</endQuarter>");

    private Task<XElement> Tax(string ssin, string? year = null) => Call(TaxAssessmentNamespaces.Interface, TaxAssessmentNamespaces.Path, TaxAssessmentNamespaces.Action,
        "consultTaxAssessmentRequest", $"<ssin>{ssin}</ssin>{(year is null ? "" : $"<incomeYear>{year}</incomeYear>")}");

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public void Generator_CareersAreCoherent()
    {
        using var c = Db.Open();
        var people = c.Query<PersonRow>("SELECT * FROM Person").ToDictionary(p => p.Ssin);
        var jobs = c.Query<EmploymentRow>("SELECT * FROM Employment").ToList();
        Assert.NotEmpty(jobs);
        foreach (var j in jobs)
        {
            var p = people[j.Ssin];
            var pension = IncompleteDate.Parse(p.BirthDate).Earliest.AddYears(65);
            Assert.True(j.EndDate is null ? pension > new DateOnly(2026, 1, 1) : IsoDate.Parse(j.EndDate) < pension, $"{j.Ssin} works past 65");
            if (p.DeathDate is { } death)
            {
                Assert.True(j.EndDate is not null && string.CompareOrdinal(j.EndDate, death) <= 0, $"{j.Ssin} works after death");
            }

            Assert.True(Kbo.IsValid(j.EmployerCbe));
        }

        Assert.Contains(jobs, j => j.WorkerType == "STU");
        Assert.True(people.Values.Count(p => !jobs.Any(j => j.Ssin == p.Ssin)) > people.Count / 5); // a share has no data
    }

    [Fact]
    public async Task FindEmployersByWorker_ListsTheDimonaPeriods_AndAccepts030()
    {
        var p = Worker(0);
        Assert.Equal("MSG00012", Code(await Employers(p.Ssin)));
        await client.RegisterAsync(p, 30, "2026-11-01");
        var answer = await Employers(p.Ssin);
        Assert.Equal("MSG00000", Code(answer));
        Assert.NotEmpty(answer.Descendants("employment"));
    }

    [Fact]
    public async Task EmploymentDetail_Is001To009Only_AndItsWagesMakeTheTaxAssessment()
    {
        var p = Worker(1);
        await client.RegisterAsync(p, 30, "2026-11-01");
        var employer = new CareerStore(Db).Employments(p.Ssin).First(j => j.WorkerType == "OTH" && string.CompareOrdinal(j.StartDate, "2024-01-01") < 0 && (j.EndDate is null || string.CompareOrdinal(j.EndDate, "2025-12-31") > 0)).EmployerCbe;
        Assert.Equal("MSG00012", Code(await Detail(p.Ssin, employer, "2025Q1", "2025Q4"))); // 030 is not in the DmfA row
        await client.RegisterAsync(p, 2, "2026-11-01");
        var detail = await Detail(p.Ssin, employer, "2025Q1", "2025Q4");
        Assert.Equal(4, detail.Descendants("quarter").Count(q => q.HasElements));
        Assert.Equal("MSG00008", Code(await Detail(p.Ssin, employer, "2024Q1", "2025Q4")));

        var tax = await Tax(p.Ssin, "2025");
        var gross = new CareerStore(Db).GrossWages(p.Ssin, 2025, new DateOnly(2026, 11, 23));
        var own = new SelfEmployedStore(Db).Income(p.Ssin, 2025, new DateOnly(2026, 11, 23));
        var benefits = new UnemploymentStore(Db).Benefits(p.Ssin, 2025, new DateOnly(2026, 11, 23));
        Assert.Equal(Taxation.Taxable(gross, own, benefits), double.Parse(tax.Descendants("taxableIncomeGlobally").Single().Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task NoDataAtTheSource_IsMsg00100()
    {
        var idle = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1990' AND Ssin NOT IN (SELECT Ssin FROM Employment) AND Ssin NOT IN (SELECT Ssin FROM SelfEmployment) AND Ssin NOT IN (SELECT Ssin FROM Unemployment)");
        await client.RegisterAsync(idle, 4, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Employers(idle.Ssin)));
        Assert.Equal("MSG00100", Code(await Tax(idle.Ssin)));
    }

    [Fact]
    public async Task TaxAssessment_AcceptsADebtFile031_AndEmployerDetailNeedsNoIntegration()
    {
        var p = Worker(2);
        await client.RegisterAsync(p, 31, "2026-11-23");
        Assert.Equal("MSG00000", Code(await Tax(p.Ssin)));
        var employer = new CareerStore(Db).Employments(p.Ssin)[0].EmployerCbe;
        var detail = await Call(DolsisNamespaces.Interface, DolsisNamespaces.Path, DolsisNamespaces.EmployerDetail, "getEmployerDetailRequest", $"<employer>{employer}</employer>");
        Assert.Equal(employer, detail.Element("employer")!.Element("cbeNumber")!.Value);
        Assert.Equal("MSG00008", Code(await Call(DolsisNamespaces.Interface, DolsisNamespaces.Path, DolsisNamespaces.EmployerDetail, "getEmployerDetailRequest", "<employer>0123456789</employer>")));
    }

    [Fact]
    public async Task Dolsis_ThroughTheWcfClient()
    {
        using var kestrel = new KestrelSimulatorFactory();
        var channel = new ChannelFactory<IDolsisService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, DolsisNamespaces.Path))).CreateChannel();
        var response = await channel.GetEmployerDetailAsync(new GetEmployerDetailRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><employer>0400000086</employer></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "employer");
    }
}
