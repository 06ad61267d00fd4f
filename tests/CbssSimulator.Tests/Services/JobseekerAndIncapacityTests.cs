using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.ConsultAttest;
using CbssSimulator.Services.Dolsis;
using CbssSimulator.Services.Jobseeker;
using CbssSimulator.Services.Unemployment;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Unemployment;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Jobseeker and ConsultAttest (modelled): registrations follow the unemployment rights, incapacity the employments.</summary>
public class JobseekerAndIncapacityTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();
    private static readonly RegistryDatabase Db = new(TestRegistry.TemplatePath);

    private async Task<XElement> Call(string intf, string path, string action, string element, string ssin)
    {
        var answer = await client.PostAsync(path, action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:{element} xmlns:m="{intf}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:{element}></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private Task<XElement> Jobseeker(string ssin) => Call(JobseekerNamespaces.Interface, JobseekerNamespaces.Path, JobseekerNamespaces.Action, "consultJobseekerRequest", ssin);

    private Task<XElement> Incapacity(string ssin) => Call(ConsultAttestNamespaces.Interface, ConsultAttestNamespaces.Path, ConsultAttestNamespaces.Action, "consultIncapacityRequest", ssin);

    private static string Code(XElement r) => r.Element("status")!.Element("code")!.Value;

    [Fact]
    public async Task AnUnemployedPerson_IsRegisteredFromTheStartOfTheRight_AtTheRegionsAgency()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1965' AND Ssin IN (SELECT Ssin FROM Unemployment WHERE Nature = 'FULL_UNEMPLOYMENT' AND EndDate IS NULL)", 0);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var answer = await Jobseeker(p.Ssin);
        Assert.Equal(new UnemploymentStore(Db).Rights(p.Ssin).Single().StartDate, answer.Descendants("registrationDate").Single().Value);
        Assert.Equal("UNEMPLOYED_WITH_BENEFITS", answer.Descendants("category").Single().Value);
        var region = CbssSimulator.Registry.Geography.Municipalities.First(m => m.NisCode == new PersonStore(Db).CurrentAddress(p.Ssin)!.NisCode).Region;
        Assert.Equal(region switch { "Flanders" => "VDAB", "Wallonia" => "FOREM", "German-speaking" => "ADG", _ => "ACTIRIS" }, answer.Descendants("agency").Single().Value);
    }

    [Fact]
    public async Task AWorker_IsNoJobseeker_ButMayHaveIncapacityInsideHisEmployment()
    {
        var worker = Enumerable.Range(0, 400).Select(n => People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1965' AND Ssin IN (SELECT Ssin FROM Employment WHERE WorkerType = 'OTH' AND EndDate IS NULL AND StartDate < '2022-01-01') AND Ssin NOT IN (SELECT Ssin FROM Unemployment)", n))
            .First(p => HasIncapacity(p));
        await client.RegisterAsync(worker, 2, "2026-11-01");
        Assert.Equal("MSG00100", Code(await Jobseeker(worker.Ssin)));
        var answer = await Incapacity(worker.Ssin);
        var first = answer.Descendants("period").First();
        var begin = IsoDate.Parse(first.Element("beginDate")!.Value);
        Assert.Contains(new CareerStore(Db).Employments(worker.Ssin), j => IsoDate.Parse(j.StartDate) <= begin && (j.EndDate is null || IsoDate.Parse(j.EndDate) >= begin));
        Assert.Matches("^[0-9]{3}$", first.Element("insurerCode")!.Value);
    }

    private static bool HasIncapacity(PersonRow p)
    {
        foreach (var job in new CareerStore(Db).Employments(p.Ssin).Where(j => j.WorkerType == "OTH" && j.EndDate is null)) // the open job: within the last three years
        {
            if (StableHash.Of(p.Ssin + job.StartDate) % 100 < 8)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData(30, "2026-11-01", null)]
    [InlineData(1, "2026-01-01", "2026-11-22")]
    public async Task BothAreRefusedOutside001To009AtD(int code, string start, string? end)
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Unemployment WHERE Nature = 'FULL_UNEMPLOYMENT' AND EndDate IS NULL)", code == 30 ? 1 : 2);
        await client.RegisterAsync(p, code, start, end);
        Assert.Equal("MSG00012", Code(await Jobseeker(p.Ssin)));
        Assert.Equal("MSG00012", Code(await Incapacity(p.Ssin)));
    }

    [Fact]
    public async Task ThroughTheWcfClient()
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1965' AND Ssin IN (SELECT Ssin FROM Unemployment WHERE Nature = 'FULL_UNEMPLOYMENT' AND EndDate IS NULL)", 3);
        using var kestrel = new KestrelSimulatorFactory();
        await kestrel.Soap().RegisterAsync(p, 1, "2026-11-01");
        var channel = new ChannelFactory<IJobseekerService>(new BasicHttpBinding(), new EndpointAddress(new Uri(kestrel.BaseAddress, JobseekerNamespaces.Path))).CreateChannel();
        var response = await channel.ConsultAsync(new ConsultJobseekerRequest
        {
            Body = AnyBody.From(XElement.Parse($"<r><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer><legalContext>x</legalContext><ssin>{p.Ssin}</ssin></r>")),
        });
        Assert.Contains(response.Body!.Elements!, e => e.LocalName == "registration");
    }
}
