using System.Xml.Linq;
using CbssSimulator.Soap;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// Our contracts against the public BCSS artifacts: the real replies and requests must be accepted by the contracts we
/// serve (so vendors' generated clients agree with us), and what we send must validate against the official schemas
/// (checked on every reply the other tests produce; here explicitly). Skipped with a message when ../shared is absent.
/// </summary>
public class ConformanceTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly ContractSchemas Ours = new(Path.Combine(AppContext.BaseDirectory, "contracts"));

    [SkippableTheory]
    [InlineData("demo_ipr_1.xml")]
    [InlineData("demo_ipr_2.xml")]
    [InlineData("demo_ipr_3.xml")]
    [InlineData("demo_ipr_4.xml")]
    [InlineData("demo_ipr_5.xml")]
    public void RealSsdnReplies_AreAcceptedByOurContracts(string file)
    {
        Skip.If(!OfficialSchemas.Available, OfficialSchemas.MissingMessage);
        var reply = XElement.Load(Path.Combine(OfficialSchemas.CbssFolder!, "fixtures", file));
        Assert.Empty(ContractSchemas.Validate(Ours.Load(CbssSimulator.Wire.Ssdn.SsdnConnector.SchemaFiles), reply));
    }

    [SkippableFact]
    public async Task Tx25Replies_ValidateAgainstTheOfficialV2AndXm25Schemas()
    {
        Skip.If(!OfficialSchemas.Available, OfficialSchemas.MissingMessage);
        var client = factory.Soap();
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND FamilyRole = '01' AND CivilState = 20");
        await client.RegisterAsync(p, 1, "2026-11-01");
        var answer = await client.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25(p.Ssin, Envelopes.Cbe, history: true));
        Assert.Equal("DATA_FOUND", answer.Body.Element("status")!.Element("value")!.Value);
        Assert.Empty(OfficialSchemas.ValidateTx25(answer.Body));
    }

    [SkippableFact]
    public async Task SsdnReplies_ValidateAgainstTheOfficialSchemas()
    {
        Skip.If(!OfficialSchemas.Available, OfficialSchemas.MissingMessage);
        var answer = await factory.Soap().PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction,
            Envelopes.SendXml(Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan, Envelopes.PersonData("De Wachter", "1985-07-30")))));
        Assert.Empty(OfficialSchemas.ValidateSsdnReply(XDocument.Parse(answer.Body.Value)));
    }

    [SkippableFact]
    public void RealTx25Request_ShapesFromLino_AreAcceptedByOurContract()
    {
        Skip.If(OfficialSchemas.SharedFolder is null, OfficialSchemas.MissingMessage);
        var envelope = XDocument.Load(Path.Combine(OfficialSchemas.SharedFolder!, "reference/client-requests/soa-retrievetigroups-v2.xml"));
        var body = envelope.Root!.Element(SoapAnswer.Soap + "Body")!.Elements().Single();
        Assert.Empty(ContractSchemas.Validate(Ours.Load("soa/RetrieveTIGroups/RetrieveTIGroupsServiceV2.xsd"), body));
    }
}
