using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// The validator is skipped only for an element that cannot fail: declared plain xs:string, text only, no attribute
/// (docs/decisions.md, "Copies a call does not make"). Everything else is still validated.
/// </summary>
public class PlainTextValidationTests
{
    private static readonly XmlSchemaSet Schemas = Compile("""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
          <xs:element name="text" type="xs:string"/>
          <xs:element name="fixed" type="xs:string" fixed="A"/>
          <xs:element name="digits"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[0-9]+"/></xs:restriction></xs:simpleType></xs:element>
        </xs:schema>
        """);

    private static XmlSchemaSet Compile(string xsd)
    {
        var set = new XmlSchemaSet();
        set.Add(null, XmlReader.Create(new StringReader(xsd)));
        set.Compile();
        return set;
    }

    private static IReadOnlyList<SchemaIssue> Validate(string xml) => ContractSchemas.Validate(Schemas, XElement.Parse(xml));

    [Theory]
    [InlineData("<t:text xmlns:t='urn:t'>any &lt;text&gt; at all</t:text>")]
    [InlineData("<t:text xmlns:t='urn:t'><![CDATA[<SSDNRequest/>]]></t:text>")]
    [InlineData("<t:text xmlns:t='urn:t'/>")]
    public void PlainText_IsValid(string xml) => Assert.Empty(Validate(xml));

    [Theory]
    [InlineData("<t:text xmlns:t='urn:t' other='1'>x</t:text>", "other")]
    [InlineData("<t:text xmlns:t='urn:t'>x<t:inner/></t:text>", "inner")]
    [InlineData("<t:fixed xmlns:t='urn:t'>B</t:fixed>", "fixed")]
    [InlineData("<t:digits xmlns:t='urn:t'>12a</t:digits>", "digits")]
    public void AnAttributeAChildAFixedValueOrAFacet_IsStillValidated(string xml, string field) =>
        Assert.Equal(field, Assert.Single(Validate(xml)).Field);
}
