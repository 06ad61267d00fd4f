using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Hostile;

/// <summary>Valid dates in every xs:date form and at the calendar's edges: answered by the rules, never a Server fault.</summary>
public class DatesHostileTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Core = MediPrimaConsultNamespaces.Core;
    private static readonly XNamespace Ma = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess";
    private readonly SoapClient client = factory.Soap();

    private static string Proof(CbssSimulator.Registry.PersonRow p) => ProofByPersonData(p.LastName, p.BirthDate);

    private async Task<SoapAnswer> MediPrima(string ssin, string referenceDate) =>
        await client.PostAsync(MediPrimaConsultNamespaces.Path, MediPrimaConsultNamespaces.Action,
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            + $"<p:ConsultCarmedInterventionRequest xmlns:p=\"{MediPrimaConsultNamespaces.Protocol}\" Id=\"_r1\" IssueInstant=\"2026-11-23T10:00:00Z\">"
            + $"<SelectionCriteria><BySsin><Ssin>{ssin}</Ssin><ReferenceDate>{referenceDate}</ReferenceDate></BySsin></SelectionCriteria>"
            + "</p:ConsultCarmedInterventionRequest></soapenv:Body></soapenv:Envelope>");

    [Theory]
    [InlineData("2026-12-03")]
    [InlineData("2026-12-03+01:00")]
    [InlineData("2026-12-03Z")]
    [InlineData("2026-12-03-05:00")]
    [InlineData("2026-12-03+14:00")]
    public async Task MediPrimaConsult_TakesEveryXsDateForm(string referenceDate)
    {
        var answer = await MediPrima(People.Stefaan, referenceDate);
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(MediPrimaConsultNamespaces.DataNotFound, answer.Body.Element(Core + "Status")!.Element(Core + "StatusCode")!.Attribute("Value")!.Value);
        await HostileAssert.StillServes(client.Http);
    }

    [Fact]
    public async Task Unregister_UntilTheCalendarsLastDay_IsAnsweredByTheRules()
    {
        var p = People.Adult(41);
        await client.RegisterAsync(p, 11, "2026-11-01");
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "UNREGISTER", 11, "2026-11-01", "9999-12-31")));
        Assert.Equal("YES", reply.ServiceOk);
        var list = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "LIST", null, "2026-01-01", queryRegister: "SECONDARY")));
        Assert.Empty(list.Body!.Elements(Ma + "Registrations"));
        await HostileAssert.StillServes(client.Http);
    }

    [Fact]
    public async Task ManageAccess_TakesZonedDates()
    {
        var p = People.Adult(42);
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "REGISTER", 2, "2026-11-01+01:00", "2026-12-31Z", Proof(p))));
        Assert.Equal("YES", reply.ServiceOk);
    }

    [Theory]
    [InlineData(1, null, "YES")]
    [InlineData(11, null, "YES")]
    [InlineData(21, null, "YES")]
    [InlineData(7, "9999-12-31", "YES")]
    [InlineData(2, "9999-12-31", "YES")]
    public async Task Register_InASandboxAtTheCalendarsEnd_IsAnsweredByTheRules(int code, string? end, string ok)
    {
        string name = $"edge-{code}-{(end is null ? "open" : "end")}";
        using (var created = await client.Http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { seed = 42, persons = 50 }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var set = await client.Http.PutAsJsonAsync($"/admin/sandboxes/{name}/clock", new { today = "9999-12-01" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var sandbox = client.ForSandbox(name);
        var p = People.Find(People.Stefaan);
        // Not checked against the official schemas: their t_DateTimeUTC pattern admits no year 9999 in TimeReceive.
        var answer = await sandbox.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction,
            SendXml(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "REGISTER", code, "9999-12-01", end, Proof(p))), true));
        Assert.False(answer.IsFault, answer.Text);
        var reply = new SsdnReply(answer.Body.Value);
        Assert.Equal(ok, reply.ServiceOk);
        Assert.Contains("<TimeReceive>99991201T", reply.Text);
        var tx25 = await sandbox.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(People.Stefaan, Cbe));
        Assert.False(tx25.IsFault, tx25.Text);
        await HostileAssert.StillServes(sandbox.Http);
    }

    [Fact]
    public async Task Register_StartingMoreThan100YearsFromTheExecutionDate_IsRefused_NotAnOverflow()
    {
        var p = People.Adult(43);
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASManageAccess", ManageAccess(p.Ssin, "REGISTER", 2, "2026-11-01", "9999-12-31", Proof(p))));
        Assert.Equal("NO", reply.ServiceOk);
        await HostileAssert.StillServes(client.Http);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Dates_ReadAndWritten_TheSameUnderAnyCulture(string name)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(new DateOnly(2026, 11, 23), IsoDate.Parse("2026-11-23"));
            Assert.Equal(2026, IsoDate.Parse("2026-11-23").Year);
            Assert.Equal("2026-11-23", IsoDate.Text(new DateOnly(2026, 11, 23)));
            Assert.Equal("2026-11-23", new DateOnly(2026, 11, 23).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("2026-12-03", true)]
    [InlineData("2026-12-03Z", true)]
    [InlineData("2026-12-03+01:00", true)]
    [InlineData("2026-12-03T10:00:00", true)]
    [InlineData("2026-12-03T10:00:00.125+01:00", true)]
    [InlineData("2026-12-03T24:00:00", true)]
    [InlineData(" 2026-12-03 ", true)]
    [InlineData("2026-12-3", false)]
    [InlineData("2026-13-03", false)]
    [InlineData("2026-12-03+15:00", false)]
    [InlineData("2026-12-03 junk", false)]
    [InlineData("03/12/2026", false)]
    public void IsoDate_TakesTheXsDateForms_Only(string text, bool valid) =>
        Assert.Equal(valid, IsoDate.TryParse(text, out _));

    [Fact]
    public void CalendarEdges_StopAtTheEnds()
    {
        Assert.Equal(DateOnly.MaxValue, new DateOnly(9999, 12, 1).AddDaysOrEdge(45));
        Assert.Equal(DateOnly.MaxValue, new DateOnly(9999, 12, 1).AddYearsOrEdge(100));
        Assert.Equal(DateOnly.MaxValue, new DateOnly(9999, 12, 1).AddMonthsOrEdge(2));
        Assert.Equal(DateOnly.MinValue, new DateOnly(50, 1, 1).AddYearsOrEdge(-100));
        Assert.Null(DateOnly.MaxValue.DayAfter());
        Assert.Equal(new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 31).DayAfter());
    }

    [Fact]
    public void TheCultureAskedByCi_IsTheTestsCulture()
    {
        if (Support.TestCulture.Asked is { } name)
        {
            Assert.Equal(name, CultureInfo.CurrentCulture.Name);
        }
    }
}
