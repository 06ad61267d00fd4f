using System.ServiceModel;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Services.TestConnection;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>Through the WCF client (System.ServiceModel.Http) over a real Kestrel port, as vendors' .NET products call us.</summary>
public class WcfClientTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    private T Channel<T>(string path)
    {
        var channelFactory = new ChannelFactory<T>(new BasicHttpBinding(), new EndpointAddress(new Uri(factory.BaseAddress, path)));
        return channelFactory.CreateChannel();
    }

    [Fact]
    public async Task SendTestMessage_Echoes()
    {
        var response = await Channel<ITestConnectionService>(SoapClient.TestPath).SendTestMessageAsync(
            new SendTestMessageRequestMessage { Body = new SendTestMessageRequest { Echo = "ping from WCF" } });
        Assert.Equal("ping from WCF", response.Body!.Echo);
        Assert.True(Guid.TryParse(response.Body.InformationCbss!.TicketCbss, out _));
    }

    [Fact]
    public async Task SendXml_IdentifyPerson_ReturnsTheSsdnReply()
    {
        var reply = await Channel<ISsdnConnector>(SoapClient.SsdnPath).SendXmlAsync(new SendXmlMessage
        {
            XmlString = Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan)),
        });
        var parsed = new SsdnReply(reply.XmlString!);
        Assert.Equal("YES", parsed.ServiceOk);
        Assert.Contains(People.Stefaan, parsed.Body!.Value);
    }

    [Fact]
    public async Task RetrieveTI_ReturnsTypedStatus_AndGroups()
    {
        var p = People.Adult(60);
        await factory.Soap().RegisterAsync(p, 1, "2026-11-01");
        var response = await Channel<IRetrieveTIGroupsService>(RetrieveTIGroupsNamespaces.Path).RetrieveTIAsync(Request(p.Ssin));
        Assert.Equal("DATA_FOUND", response.Body!.Status!.Value);
        Assert.Equal("ticket-wcf", response.Body.InformationCustomer!.Ticket);
        Assert.Contains(response.Body.RrnItImplicit!.Groups!, g => g.LocalName == "LegalMainAddresses");
    }

    [Fact]
    public async Task RetrieveTI_NotIntegrated_IsATypedNoResult()
    {
        var response = await Channel<IRetrieveTIGroupsService>(RetrieveTIGroupsNamespaces.Path).RetrieveTIAsync(Request(People.Adult(61).Ssin));
        Assert.Equal(("NO_RESULT", "MSG00012"), (response.Body!.Status!.Value, response.Body.Status.Code));
        Assert.Contains(response.Body.Status.Information, i => i.FieldName == "cbeNumber" && i.FieldValue == Envelopes.Cbe);
    }

    [Fact]
    public async Task RetrieveTI_PatternInvalidSsin_IsATypedFault_WithItsDetail()
    {
        var fault = await Assert.ThrowsAsync<FaultException<CbssFault>>(() =>
            Channel<IRetrieveTIGroupsService>(RetrieveTIGroupsNamespaces.Path).RetrieveTIAsync(Request("85133003328")));
        Assert.Equal("MSG00008", fault.Detail.Detail.Single().ReasonCode);
        Assert.Equal("FATAL", fault.Detail.Detail.Single().Severity);
        Assert.False(string.IsNullOrEmpty(fault.Detail.InformationCbss?.TicketCbss));
    }

    private static RetrieveTIGroupsRequestMessage Request(string ssin) => new()
    {
        Body = new RetrieveTIGroupsRequest
        {
            InformationCustomer = new InformationCustomer
            {
                Ticket = "ticket-wcf",
                TimestampSent = "2026-11-23T10:00:00Z",
                CustomerIdentification = new CustomerIdentification { CbeNumber = Envelopes.Cbe },
            },
            LegalContext = "PCSA:SOCIAL_INQUIRY",
            SearchInformation = new SearchInformation { Ssin = ssin, Language = "fr", History = "false" },
        },
    };
}
