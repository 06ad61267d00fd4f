using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CbssSimulator.Catalogue;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>What a vendor generates a client from: every served WSDL, each schema it imports (followed to the end), compiled together.</summary>
public partial class ServedContractsTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    public static TheoryData<string> Wsdls() => new(ServiceCatalogue.Entries.Where(e => e.Served && e.Wsdl is not null).Select(e => e.Wsdl!).Distinct());

    [Theory]
    [MemberData(nameof(Wsdls))]
    public async Task EveryServedWsdl_AndItsSchemas_AreServed_AndCompile(string wsdl)
    {
        var fetched = new Dictionary<string, string>();
        var pending = new Queue<string>([wsdl]);
        while (pending.Count > 0)
        {
            string url = pending.Dequeue();
            if (fetched.ContainsKey(url))
            {
                continue;
            }

            using var response = await client.Http.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            string text = await response.Content.ReadAsStringAsync();
            XDocument.Parse(text);
            fetched[url] = text;
            foreach (Match m in Location().Matches(text))
            {
                pending.Enqueue(new Uri(m.Groups[1].Value).PathAndQuery);
            }
        }

        var set = new XmlSchemaSet { XmlResolver = new Served(fetched) };
        foreach (var (url, text) in fetched.Where(f => f.Key != wsdl))
        {
            set.Add(null, XmlReader.Create(new StringReader(text), new XmlReaderSettings { XmlResolver = new Served(fetched) }, "http://localhost" + url));
        }

        set.Compile();
        Assert.True(set.Count > 0 || fetched.Count == 1);
    }

    [GeneratedRegex("schemaLocation=\"([^\"]+)\"")]
    private static partial Regex Location();

    /// <summary>Resolves the simulator's own URLs from what was fetched (the test server is not on the network).</summary>
    private sealed class Served(IReadOnlyDictionary<string, string> fetched) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            fetched.TryGetValue(absoluteUri.PathAndQuery, out var text) ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) : null;
    }
}
