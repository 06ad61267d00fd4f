using System.Text;
using System.Xml;
using System.Xml.Linq;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// An element written without its copy is written as its copy was (docs/decisions.md, "Copies a call does not make"):
/// the SSDNReply's AuthorizedUser (taken from the request, whose prefixes must not leak) and the service bodies.
/// </summary>
public class DetachedElementTests
{
    private const string Service = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service";
    private const string Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    /// <summary>What the reply writer wrote before: inside a ServiceReply of the default namespace, the copy with its declarations.</summary>
    private static string Text(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("SSDNReply", Service);
            writer.WriteStartElement("ServiceReply", Service);
            write(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static string Copied(XElement element, (string Prefix, string Namespace)[] declared) => Text(writer =>
    {
        var copy = new XElement(element);
        foreach (var (prefix, ns) in declared)
        {
            copy.SetAttributeValue(XNamespace.Xmlns + prefix, ns);
        }

        copy.WriteTo(writer);
    });

    public static TheoryData<string, string, bool> Elements => new()
    {
        // An AuthorizedUser as clients send it: prefixed, declared on an ancestor.
        { $"<s:SSDNRequest xmlns:s='{Service}'><s:RequestContext><s:AuthorizedUser><s:UserID>00901234567</s:UserID><s:OrgUnit>0212344876</s:OrgUnit></s:AuthorizedUser></s:RequestContext></s:SSDNRequest>", "AuthorizedUser", false },
        // A service body with Common elements, attributes, empty elements, an element holding "", CDATA and a comment.
        { $"<r xmlns:c='{Common}' xmlns:x='urn:other'><ip:SearchResults xmlns:ip='urn:ip'><ip:LastName lang='fr'>Dupont &amp; fils</ip:LastName><c:Code>1</c:Code><ip:Empty/><ip:Blank></ip:Blank><x:Other x:kind='a' c:at='b'><![CDATA[<raw>]]><!-- note --></x:Other><plain>no namespace</plain></ip:SearchResults></r>", "SearchResults", true },
        { "<r><ip:Result xmlns:ip='urn:ip'><ip:Person><ip:SSIN>85073003328</ip:SSIN></ip:Person></ip:Result></r>", "Result", true },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void WrittenWithoutTheCopy_IsWhatTheCopyWrites(string document, string name, bool body)
    {
        var source = XDocument.Parse(document).Descendants().First(e => e.Name.LocalName == name);
        var element = body ? Built(source) : source; // AuthorizedUser stays in the request
        bool common = element.Descendants().Any(e => e.Name.NamespaceName == Common);
        (string, string)[] declared = !body ? [] : common ? [("ns3", element.Name.NamespaceName), ("ns4", Common)] : [("ns3", element.Name.NamespaceName)];

        Assert.True(DetachedElement.CanWrite(element));
        Assert.Equal(Copied(element, declared), Text(writer => DetachedElement.Write(writer, element, declared)));
    }

    /// <summary>A body as a service builds it: detached, its names namespaced, no declaration of its own.</summary>
    private static XElement Built(XElement source)
    {
        var body = new XElement(source);
        body.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return body;
    }

    [Fact]
    public void AnElementDeclaringANamespaceItself_IsLeftToTheCopy()
    {
        var element = XElement.Parse("<a xmlns='urn:a'><b xmlns:p='urn:p'><p:c/></b></a>");

        Assert.False(DetachedElement.CanWrite(element));
    }

    [Fact]
    public void TheRequestsPrefix_DoesNotLeakIntoTheReply()
    {
        var user = XDocument.Parse($"<s:R xmlns:s='{Service}'><s:AuthorizedUser><s:UserID>1</s:UserID></s:AuthorizedUser></s:R>").Root!.Elements().First();

        Assert.Equal($"<SSDNReply xmlns=\"{Service}\"><ServiceReply><AuthorizedUser><UserID>1</UserID></AuthorizedUser></ServiceReply></SSDNReply>",
            Text(writer => DetachedElement.Write(writer, user)));
    }
}
