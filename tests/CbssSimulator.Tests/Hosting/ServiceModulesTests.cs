using System.Xml.Linq;
using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;
using CbssSimulator.Integrations;
using CbssSimulator.Soap;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Hosting;

/// <summary>The module list is the one place a service is declared: what is derived from it stays consistent.</summary>
public class ServiceModulesTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly ContractSchemas Ours = new(Path.Combine(AppContext.BaseDirectory, "contracts"));

    [Fact]
    public void EveryServedOperation_BelongsToExactlyOneModule_AndToAControlRow()
    {
        var declared = ServiceModules.All.SelectMany(m => m.Operations.Select(o => (Module: m.GetType().Name, o.Service, o.Operation))).ToList();
        var twice = declared.GroupBy(d => (d.Service, d.Operation)).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Module))}");
        Assert.Empty(twice);
        var rows = ControlTable.Rows.Select(r => (r.Service, r.Operation)).ToHashSet();
        Assert.DoesNotContain(declared, d => !rows.Contains((d.Service, d.Operation)));
        var served = ServiceCatalogue.Entries.Where(e => e.Served).Select(e => (e.Service, e.Operation)).ToList();
        Assert.Equal(declared.Select(d => (d.Service, d.Operation)).Order(), served.Order());
    }

    [Fact]
    public void EverySsdnServiceIdAndVersion_IsAnsweredByOneRow()
    {
        var pairs = ServiceModules.SsdnServices.SelectMany(r => r.AcceptedIds.Select(id => (id, r.Version))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(ServiceModules.SsdnServices, r => Assert.True(typeof(CbssSimulator.Wire.Ssdn.ISsdnService).IsAssignableFrom(r.Handler), r.Handler.Name));
    }

    [Fact]
    public void EverySoapPath_IsServedOnce()
    {
        var paths = ServiceModules.SoapEndpoints.Select(e => e.Path.ToLowerInvariant()).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    /// <summary>The gate finds an endpoint by the path its row declares before building it: the two must agree.</summary>
    [Fact]
    public void EverySoapRowsPath_IsItsEndpointsPath()
    {
        foreach (var row in ServiceModules.SoapEndpoints)
        {
            Assert.Equal(row.Path, row.Endpoint(Ours).Path);
        }
    }

    /// <summary>Each module's example body validates against the schemas its request is checked with (the gate's, or SSDN's).</summary>
    [Fact]
    public async Task EveryModulesExample_ValidatesAgainstItsSchemas()
    {
        var client = factory.Soap();
        var endpoints = ServiceModules.All.SelectMany(m => m.SoapEndpoints).ToDictionary(e => e.Path, e => e.Endpoint(Ours).Schemas);
        foreach (var op in ServiceModules.Operations.Values)
        {
            var example = await client.GetJsonAsync<ExampleRequest>($"/admin/services/{op.Service}/{op.Operation}/example");
            var body = XDocument.Parse(example.Envelope).Root!.Element(SoapAnswer.Soap + "Body")!.Elements().Single();
            var (schemas, checkedElement) = op.Transport.Style == CbssSimulator.Catalogue.TransportStyle.Ssdn
                ? (Ours.Load(CbssSimulator.Wire.Ssdn.SsdnConnector.SchemaFiles), XElement.Parse(body.Value))
                : (endpoints[op.Transport.Path], body);
            var issues = ContractSchemas.Validate(schemas, checkedElement);
            Assert.True(issues.Count == 0, $"{op.Service}/{op.Operation}: {string.Join("; ", issues.Select(i => i.Message))}");
        }
    }
}
