using System.Xml;
using System.Xml.Linq;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// An embedded payload (the SSDN xmlString) is read in place from its string; it must read exactly as a reader made
/// from the gate's settings over a TextReader, which it replaced: same tree, same refusals.
/// </summary>
public class BoundedXmlTextTests
{
    private static readonly XmlReaderSettings Reference = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreProcessingInstructions = true, IgnoreComments = true, MaxCharactersFromEntities = 0,
    };

    public static TheoryData<string> Payloads() => new()
    {
        "<a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><S:SSDNRequest xmlns:S=\"urn:s\"><S:x a=\"1&#10;2\">é &amp; &lt;</S:x></S:SSDNRequest>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Liège</a>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>",
        "<a><!-- a comment --><?pi data?><b>  spaced  </b>\r\n<c><![CDATA[<x>]]></c></a>",
        "<a attr='x\ty\r\nz'>line1\r\nline2\rline3</a>",
    };

    public static TheoryData<string> Refused() => new()
    {
        "<!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>",
        "<a>&undefined;</a>",
        "<a>\u0001</a>",
        "<a><b></a>",
        "<a/><b/>",
        "text only",
        "",
        "<a xmlns:p=\"urn:p\"><q:b/></a>",
        "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>",
        "\uFEFF<a/>", // a byte-order mark left in the text
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void APayload_ReadsAsAReaderMadeFromTheSettings(string text)
    {
        var expected = XDocument.Load(XmlReader.Create(new StringReader(text), Reference));

        var read = BoundedXml.Load(text, new XmlLimits());

        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), read.ToString(SaveOptions.DisableFormatting));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void APayloadTheSettingsRefuse_IsRefused(string text)
    {
        Assert.ThrowsAny<XmlException>(() => XDocument.Load(XmlReader.Create(new StringReader(text), Reference)));

        Assert.ThrowsAny<XmlException>(() => BoundedXml.Load(text, new XmlLimits()));
    }

    [Fact]
    public void APayloadPastALimit_IsRefusedNamingIt()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100));

        var refusal = Assert.Throws<XmlLimitException>(() => BoundedXml.Load(deep, new XmlLimits()));

        Assert.Equal(nameof(XmlLimits.MaxDepth), refusal.Limit);
    }
}
