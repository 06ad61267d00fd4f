using System.Text.RegularExpressions;
using CbssSimulator.Catalogue;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>Every served SOA operation on an SSIN refuses a wrong check number and a refused caller the same way.</summary>
public class SourcesValidationTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    public static TheoryData<string, string> SsinOperations()
    {
        var data = new TheoryData<string, string>();
        // consultCarmedHistory and consultCarmedByVersion name a card, not an SSIN (docs/decisions.md, "ManageCarmed: stop, history, removed"): ManageCarmedTests covers them.
        foreach (var e in ServiceCatalogue.Entries.Where(e => e.Served && e.Style == TransportStyle.Soa && e.Control.Codes.Any()
                     && e.Operation is not ("consultCarmedHistory" or "consultCarmedByVersion")))
        {
            data.Add(e.Service, e.Operation);
        }

        return data;
    }

    private async Task<ExampleRequest> Example(string service, string operation) =>
        await client.GetJsonAsync<ExampleRequest>($"/admin/services/{service}/{operation}/example?ssin={People.Adult(71).Ssin}");

    [Theory]
    [MemberData(nameof(SsinOperations))]
    public async Task AWrongCheckNumber_IsMsg00011(string service, string operation)
    {
        var example = await Example(service, operation);
        var envelope = Regex.Replace(example.Envelope, "<(ssin|oldSsin)>[0-9]{11}</", "<$1>85073003327</");
        Assert.NotEqual(example.Envelope, envelope);
        var answer = await client.PostAsync(example.Path, example.SoapAction, envelope);
        Assert.False(answer.IsFault, answer.Text);
        Assert.Equal("MSG00011", answer.Body.Element("status")!.Element("code")!.Value);
    }

    [Theory]
    [MemberData(nameof(SsinOperations))]
    public async Task AnUnknownCaller_IsRefused_WithoutData(string service, string operation)
    {
        var example = await Example(service, operation);
        var envelope = example.Envelope.Replace($"<cbeNumber>{Envelopes.Cbe}</cbeNumber>", "<cbeNumber>0400000086</cbeNumber>");
        Assert.NotEqual(example.Envelope, envelope);
        var answer = await client.PostAsync(example.Path, example.SoapAction, envelope);
        Assert.False(answer.IsFault, answer.Text);
        Assert.NotEqual("MSG00000", answer.Body.Element("status")!.Element("code")!.Value);
    }
}
