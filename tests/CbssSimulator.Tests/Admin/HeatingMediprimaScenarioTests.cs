using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Tests.Services.Heating;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Mediprima.ManageCarmedTests;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Admin;

/// <summary>The shipped scenarios of issue 7 (heating fund, Mediprima): unmet before the vendor's calls, met after them.</summary>
public class HeatingMediprimaScenarioTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient root = factory.Soap();

    private Task<SoapClient> Load(string name) => root.LoadScenarioAsync(name);

    private Task<bool> Passed(string sandbox) => root.ExpectationsMetAsync(sandbox);

    private Task<string> Ssin(string sandbox, string q) => root.FirstSsinAsync(sandbox, q);

    [Fact]
    public async Task HeatingAllowance_ComputeSaveConsultDuplicateCancel()
    {
        var s = await Load("heating-allowance");
        var persons = await root.GetJsonAsync<JsonElement[]>("/admin/sandboxes/heating-allowance/persons?q=Lemaire");
        string head = persons.Single(p => p.GetProperty("firstNames").GetString() == "Paul").GetProperty("ssin").GetString()!;
        string partner = persons.Single(p => p.GetProperty("firstNames").GetString() == "Nadia").GetProperty("ssin").GetString()!;
        Task<SsdnReply> Heat(string body) => s.SsdnAsync(Ssdn("OCMWCPASHeatingAllocation", body, version: "20090409"));

        await Heat(HeatingAllocationTests.Allocation("ComputeAllocation", head, 3, "2026-10-15", 1000, 1.10m));
        var saved = await Heat(HeatingAllocationTests.Allocation("SaveAllocation", head, 3, "2026-10-15", 1000, 1.10m));
        string reference = saved.Body!.Element(HeatingAllocationTests.Rep + "Allocation")!.Element(HeatingAllocationTests.Rep + "AllocationReference")!.Value;
        await Heat(HeatingAllocationTests.Other("ConsultAllocation", head, "<ns1:ReferenceYear>2026</ns1:ReferenceYear>"));
        await Heat(HeatingAllocationTests.Allocation("SaveAllocation", partner, 3, "2026-11-05", 800, 1.12m));
        Assert.False(await Passed("heating-allowance"));
        await Heat(HeatingAllocationTests.Other("CancelAllocation", head, $"<ns1:AllocationReference>{reference}</ns1:AllocationReference>"));
        Assert.True(await Passed("heating-allowance"));
    }

    [Fact]
    public async Task MediprimaCard_OpenSeenModifiedStoppedNoLongerSeen()
    {
        var s = await Load("mediprima-card");
        string ssin = await Ssin("mediprima-card", "Okafor");
        Task<XElement> Cpas(string op, string payload) => s.SoaAsync(ManageCarmedNamespaces.Path, ManageCarmedNamespaces.Action(op),
            ManageCarmedNamespaces.Interface, op + "Request", payload, legalContext: ManageCarmedService.LegalContext);

        async Task<string> Hospital()
        {
            var answer = await s.PostAsync(MediPrimaConsultNamespaces.Path, MediPrimaConsultNamespaces.Action, $"""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
                <p:ConsultCarmedInterventionRequest xmlns:p="{MediPrimaConsultNamespaces.Protocol}" IssueInstant="2026-11-23T10:00:00Z">
                <SelectionCriteria><BySsin><Ssin>{ssin}</Ssin><ReferenceDate>{Day(0)}</ReferenceDate></BySsin></SelectionCriteria></p:ConsultCarmedInterventionRequest>
                </soapenv:Body></soapenv:Envelope>
                """);
            return answer.Body.Descendants().First(e => e.Name.LocalName == "StatusCode").Attribute("Value")!.Value;
        }

        Assert.Equal("31", (await Cpas("evaluateCarmed", Decision(ssin, -10, 60))).Descendants("refundCode").Single().Value);
        string number = (await Cpas("openCarmed", Decision(ssin, -10, 60))).Descendants("eCarmedNumber").Single().Value;
        Assert.Equal(MediPrimaConsultNamespaces.Success, await Hospital());
        await Cpas("modifyCarmed", Decision(ssin, -10, 120, number: number));
        Assert.Equal(2, (await Cpas("consultCarmedHistory", $"<selectionCriteria><eCarmedNumber>{number}</eCarmedNumber></selectionCriteria>")).Elements("carmed").Count());
        await Cpas("stopCarmed", $"<ssin>{ssin}</ssin><eCarmedNumber>{number}</eCarmedNumber><endDate>{Day(-1)}</endDate>");
        Assert.False(await Passed("mediprima-card"));
        Assert.Equal(MediPrimaConsultNamespaces.DataNotFound, await Hospital());
        Assert.True(await Passed("mediprima-card"));
    }
}
