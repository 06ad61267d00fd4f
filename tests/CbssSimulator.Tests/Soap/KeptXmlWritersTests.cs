using System.Text;
using System.Xml;
using System.Xml.Linq;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>A writer kept between answers writes what a new one writes (docs/decisions.md, "Writers kept per thread").</summary>
public class KeptXmlWritersTests
{
    private static readonly XElement Answer = XElement.Parse("""
        <r:Reply xmlns:r="urn:reply" xmlns:x="urn:x"><r:Status x:code="MSG00000">Données trouvées</r:Status><Plain>&lt;&amp;</Plain></r:Reply>
        """);

    private static void Write(XmlWriter writer, XElement body)
    {
        writer.WriteStartElement("soapenv", "Envelope", "http://schemas.xmlsoap.org/soap/envelope/");
        writer.WriteAttributeString("xmlns", "xsd", null, "http://www.w3.org/2001/XMLSchema");
        writer.WriteStartElement("soapenv", "Body", "http://schemas.xmlsoap.org/soap/envelope/");
        body.WriteTo(writer);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string Fresh(XElement body)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            Write(writer, body);
        }

        return text.ToString();
    }

    [Fact]
    public void DocumentsWrittenOneAfterAnother_AreEachTheBytesOfANewWriter()
    {
        var other = new XElement(XName.Get("Other", "urn:other"), new XAttribute(XNamespace.Xmlns + "r", "urn:reply"), "é");
        foreach (var body in new[] { Answer, other, Answer, other })
        {
            Assert.Equal(Fresh(body), Encoding.UTF8.GetString(KeptXmlWriters.Utf8(body, Write)));
            Assert.Equal("<?xml?>" + Fresh(body), KeptXmlWriters.Text("<?xml?>", body, Write));
        }
    }

    [Fact]
    public void AWriteThatThrows_LeavesNothingBehind_ForTheNextAnswer()
    {
        Assert.Throws<ArgumentException>(() => KeptXmlWriters.Utf8(0, (writer, _) =>
        {
            writer.WriteStartElement("half", "urn:half");
            writer.WriteString("\u0001"); // not an XML character: the writer throws with an element left open
        }));
        Assert.Throws<ArgumentException>(() => KeptXmlWriters.Text("", 0, (writer, _) =>
        {
            writer.WriteStartElement("half", "urn:half");
            writer.WriteString("\u0001");
        }));

        Assert.Equal(Fresh(Answer), Encoding.UTF8.GetString(KeptXmlWriters.Utf8(Answer, Write)));
        Assert.Equal(Fresh(Answer), KeptXmlWriters.Text("", Answer, Write));
    }

    [Fact]
    public void ANestedAnswer_GetsAWriterOfItsOwn()
    {
        string inner = "";
        var outer = KeptXmlWriters.Text("", Answer, (writer, body) =>
        {
            writer.WriteStartElement("outer");
            inner = KeptXmlWriters.Text("", body, Write);
            writer.WriteEndElement();
        });

        Assert.Equal("<outer />", outer);
        Assert.Equal(Fresh(Answer), inner);
    }

    /// <summary>The text written into an outer element equals the string written there, however the inner buffer is flushed.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3_000)] // several flushes of the inner writer's buffer, cutting through the text anywhere
    public void TextWrittenInto_AnOuterElement_IsTheStringWrittenThere(int repeat)
    {
        var body = new XElement(XName.Get("Reply", "urn:reply"), new XAttribute("note", "a\r\nb\t\"c\""),
            string.Concat(Enumerable.Repeat("Dupont & fils <é> 😀 ]]> line\r\nnext\n", repeat)));
        string asString = KeptXmlWriters.Text("<?xml version=\"1.0\"?>", body, (writer, b) => b.WriteTo(writer));

        static byte[] Outer(Action<XmlWriter> content) => KeptXmlWriters.Utf8(content, static (writer, c) =>
        {
            writer.WriteStartElement("xmlString", "urn:connector");
            c(writer);
            writer.WriteEndElement();
        });

        var written = Outer(writer => KeptXmlWriters.TextInto(writer, "<?xml version=\"1.0\"?>", body, (inner, b) => b.WriteTo(inner)));
        Assert.Equal(Encoding.UTF8.GetString(Outer(writer => writer.WriteString(asString))), Encoding.UTF8.GetString(written));
        Assert.Equal(asString, XElement.Parse(Encoding.UTF8.GetString(written)).Value);
    }
}
