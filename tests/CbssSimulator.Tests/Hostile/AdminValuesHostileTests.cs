using System.Net;
using System.Net.Http.Json;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Hostile;

/// <summary>The admin API's bodies with out-of-range values: each a 400 problem+json naming the field, and the host serves on.</summary>
public class AdminValuesHostileTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    public static TheoryData<string, string, string, string[]> Bodies() => new()
    {
        { "PUT", "/admin/clock", """{"today":"10000-01-01"}""", ["'today'"] },
        { "PUT", "/admin/clock", """{"today":"9999-12-31"}""", ["'today'", "9999-12-30"] },
        { "PUT", "/admin/clock", """{"today":"1899-12-31"}""", ["'today'", "1900-01-01"] },
        { "PUT", "/admin/clock", """{"today":"0001-01-01"}""", ["'today'"] },
        { "PUT", "/admin/clock", """{"today":"2026-02-30"}""", ["'today'", "YYYY-MM-DD"] },
        { "POST", "/admin/clock/advance", """{"days":36501}""", ["'days'", "36,500"] },
        { "POST", "/admin/clock/advance", """{"days":2147483647}""", ["'days'"] },
        { "POST", "/admin/clock/advance", """{"days":-2147483648}""", ["'days'"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"delay","delayMs":0,"delayMaxMs":2147483647}]}""", ["'delayMaxMs'", "300000"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"delay","delayMs":2147483647}]}""", ["'delayMs'", "300000"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"delay","delayMs":-1}]}""", ["'delayMs'"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"delay","delayMs":10,"delayMaxMs":5}]}""", ["'delayMaxMs'"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"http500","probability":1.5}]}""", ["'probability'"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"*","kind":"http500","count":0}]}""", ["'count'"] },
        { "PUT", "/admin/sandboxes/default/faults", """{"rules":[{"service":"","kind":"http500"}]}""", ["'service'"] },
        { "PUT", "/admin/sandboxes/hostile-values", """{"persons":-1}""", ["'persons'"] },
        { "PUT", "/admin/sandboxes/hostile-values", """{"persons":2147483647}""", ["'persons'"] },
        { "PUT", "/admin/sandboxes/bad..name", """{"persons":1}""", ["sandbox name"] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task OutOfRangeValues_Are400_NamingTheField(string method, string path, string body, string[] words)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        using var response = await client.Http.SendAsync(request);
        await HostileAssert.Problem400(response, words);
        await HostileAssert.StillServes(client.Http);
        var tx25 = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(People.Stefaan, Cbe));
        Assert.False(tx25.IsFault, tx25.Text);
    }

    [Fact]
    public async Task TheClock_AtItsBounds_StillServes()
    {
        using (var created = await client.Http.PutAsJsonAsync("/admin/sandboxes/clock-bounds", new { seed = 42, persons = 20 }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        foreach (var today in new[] { "9999-12-30", "1900-01-01" })
        {
            using var set = await client.Http.PutAsJsonAsync("/admin/sandboxes/clock-bounds/clock", new { today });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            var sandbox = client.ForSandbox("clock-bounds");
            var tx25 = await sandbox.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Tx25(People.Stefaan, Cbe));
            Assert.False(tx25.IsFault, tx25.Text);
            await HostileAssert.StillServes(sandbox.Http);
        }

        using var advance = await client.Http.PostAsJsonAsync("/admin/sandboxes/clock-bounds/clock/advance", new { days = -1 });
        await HostileAssert.Problem400(advance, "'days'", "1899-12-31");
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("11")]
    [InlineData("-1")]
    public async Task PhoneticTolerance_OutOfRange_IsTheFieldsErrorCode(string tolerance)
    {
        var body = IdentifyPhonetic($"<ip:PhoneticCriteria><ip:LastName>DEWACHTER</ip:LastName><ip:BirthDate>1975-00-00</ip:BirthDate><ip:Tolerance>{tolerance}</ip:Tolerance></ip:PhoneticCriteria>");
        var reply = await client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", body));
        Assert.Equal(["31009002"], reply.ServiceCodes);
        Assert.Contains(("Phonetic Criteria: Birth Date Tolerance", (string?)tolerance), reply.Information("31009002"));
        await HostileAssert.StillServes(client.Http);
    }
}
