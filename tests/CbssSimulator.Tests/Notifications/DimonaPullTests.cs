using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Notifications;

/// <summary>scenarios/dimona-ris.yaml replayed: a Dimona IN for a RIS beneficiary reaches the integrating CPAS, which pulls it over SOAP.</summary>
public class DimonaPullTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Liege = "0299900145", Namur = "0299900244";
    private const string PullPath = "/SOA4520/NotificationService/v1", PullAction = "http://kszbcss.fgov.be/NotificationService/pullNotifications";
    private const string Intf = "http://kszbcss.fgov.be/intf/Notifications/v1";
    private readonly SoapClient root = factory.Soap();

    [Fact]
    public async Task DimonaStarted_ForARisBeneficiary_IsPulledByTheIntegratingCpasOnly()
    {
        using (var put = await root.Http.PutAsJsonAsync("/admin/sandboxes/dimona-ris",
            new { scenarioText = await File.ReadAllTextAsync(Path.Combine(ScenarioTests.Folder, "dimona-ris.yaml")) }))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        var s = root.ForSandbox("dimona-ris");
        var nothingYet = await s.SoaAsync(PullPath, PullAction, Intf, "pullNotificationsRequest", "", Liege);
        Assert.Equal("MSG00100", nothingYet.Element("status")!.Element("code")!.Value);

        using (var clock = await root.Http.PutAsJsonAsync("/admin/sandboxes/dimona-ris/clock", new { today = "2026-12-07" }))
        {
            Assert.Equal(HttpStatusCode.OK, clock.StatusCode);
        }

        // The pull itself is a call of the sandbox: the event is due, applied, then pulled.
        var pulled = await s.SoaAsync(PullPath, PullAction, Intf, "pullNotificationsRequest", "<maximum>10</maximum>", Liege);
        Assert.Equal("MSG00000", pulled.Element("status")!.Element("code")!.Value);
        var n = Assert.Single(pulled.Elements("notification"));
        Assert.Equal("PersonnelFile", n.Element("service")!.Value);
        var message = n.Elements().Last();
        Assert.Equal(XName.Get("personnelFileNotification", Intf), message.Name);
        Assert.Equal(Liege, message.Element("cbeNumber")!.Value);
        Assert.Equal("002", message.Element("qualityCode")!.Value);
        Assert.Equal("2026-12-07", message.Element("eventDate")!.Value);
        string Detail(string name) => message.Elements("detail").Single(d => d.Attribute("name")!.Value == name).Value;
        Assert.Equal("0400000086", Detail("employer"));
        Assert.Equal("IN", Detail("direction"));

        // Pulled once: the next pull has nothing; Namur, which integrates nobody here, never had anything.
        Assert.Equal("MSG00100", (await s.SoaAsync(PullPath, PullAction, Intf, "pullNotificationsRequest", "", Liege)).Element("status")!.Element("code")!.Value);
        Assert.Equal("MSG00100", (await s.SoaAsync(PullPath, PullAction, Intf, "pullNotificationsRequest", "", Namur)).Element("status")!.Element("code")!.Value);

        // The employment is in the registry: Dolsis shows it to Liège.
        var ssin = n.Elements().Last().Element("ssin")!.Value;
        var state = await root.GetJsonAsync<JsonElement[]>($"/admin/sandboxes/dimona-ris/notifications?ssin={ssin}");
        Assert.Equal(Liege, Assert.Single(state).GetProperty("cbeNumber").GetString());
        Assert.NotNull(Assert.Single(state).GetProperty("pulledOn").GetString());
        var held = await root.GetJsonAsync<JsonElement>($"/admin/sandboxes/dimona-ris/sppis/{ssin}");
        Assert.Equal("PersonnelFile", Assert.Single(held.GetProperty("notifications").EnumerateArray()).GetProperty("service").GetString());
    }
}
