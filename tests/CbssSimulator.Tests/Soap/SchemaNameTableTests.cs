using System.Xml.Linq;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// A compiled contract set is shared by every request: validating a request must not write into it. Before, each
/// namespace prefix and URI a client declared was added to the set's name table, from concurrent requests at once, and
/// kept for the life of the process (hostile input: a body declaring thousands of prefixes, sent again and again).
/// </summary>
public sealed class SchemaNameTableTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cbss-schemas-").FullName;

    public SchemaNameTableTests() => File.WriteAllText(Path.Combine(root, "t.xsd"), """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
          <xs:element name="doc">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="count" type="xs:int"/>
                <xs:element name="note" type="xs:string" nillable="true"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Doc(int i, string count = "1", string note = "<t:note>n</t:note>") =>
        $"<t:doc xmlns:t='urn:t' xmlns:p{i}='urn:client:{i}' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><t:count>{count}</t:count>{note}</t:doc>";

    [Fact]
    public void Validating_DoesNotKeepTheClientsPrefixesOrNamespaces()
    {
        var set = new ContractSchemas(root).Load("t.xsd");

        for (int i = 0; i < 200; i++)
        {
            Assert.Empty(ContractSchemas.Validate(set, XElement.Parse(Doc(i))));
        }

        Assert.Null(set.NameTable.Get("p7"));
        Assert.Null(set.NameTable.Get("urn:client:7"));
        Assert.NotNull(set.NameTable.Get("urn:t")); // the contract's own names are there, atomized once
    }

    [Fact]
    public void AfterFreezing_TheValidatorStillChecksValuesAndXsiNil()
    {
        var set = new ContractSchemas(root).Load("t.xsd");

        Assert.Empty(ContractSchemas.Validate(set, XElement.Parse(Doc(1, note: "<t:note xsi:nil='true'/>"))));
        var wrongValue = Assert.Single(ContractSchemas.Validate(set, XElement.Parse(Doc(2, count: "many"))));
        Assert.Equal(("count", "many"), (wrongValue.Field, wrongValue.Value));
        var nilWithText = Assert.Single(ContractSchemas.Validate(set, XElement.Parse(Doc(3, note: "<t:note xsi:nil='true'>n</t:note>"))));
        Assert.Equal("note", nilWithText.Field);
    }

    [Fact]
    public void ConcurrentValidations_GiveEachDocumentItsOwnAnswer()
    {
        var set = new ContractSchemas(root).Load("t.xsd");

        var answers = Enumerable.Range(0, 2000).AsParallel().Select(i =>
            (Valid: i % 2 == 0, Issues: ContractSchemas.Validate(set, XElement.Parse(Doc(i, count: i % 2 == 0 ? "1" : "x"))).Count)).ToList();

        Assert.All(answers, a => Assert.Equal(a.Valid ? 0 : 1, a.Issues));
    }
}
