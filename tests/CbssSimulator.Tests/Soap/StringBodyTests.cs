using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// A string body (SSDN's xmlString) is read as the validated element's text and written without the serializer
/// (docs/decisions.md, "Copies a call does not make"): the bytes on the wire are still the serializer's.
/// </summary>
public class StringBodyTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Connector = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector";
    private readonly SoapClient client = factory.Soap();

    /// <summary>The envelope the dispatcher wrote before: XmlSerializer for the xmlString, inside the same envelope.</summary>
    private static string SerializerEnvelope(string xmlString)
    {
        const string soap = "http://schemas.xmlsoap.org/soap/envelope/";
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("soapenv", "Envelope", soap);
            writer.WriteAttributeString("xmlns", "xsd", null, "http://www.w3.org/2001/XMLSchema");
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            writer.WriteStartElement("soapenv", "Body", soap);
            new XmlSerializer(typeof(string), new XmlRootAttribute("xmlString") { Namespace = Connector })
                .Serialize(writer, xmlString, new XmlSerializerNamespaces([XmlQualifiedName.Empty]));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheAnswer_IsTheEnvelopeTheSerializerWritesForItsXmlString_AndThePayloadWasReadWhole(bool cdata)
    {
        var answer = await client.PostAsync(SoapClient.SsdnPath, SoapClient.SsdnAction, SendXml(Ssdn("OCMWCPASIdentifyPerson", IdentifyBySsin("85073003328")), cdata));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var xmlString = answer.Body.Value;
        Assert.Equal(SerializerEnvelope(xmlString), answer.Text);
        var reply = XDocument.Parse(xmlString).Root!;
        Assert.Equal("Test # 1", reply.Descendants(XName.Get("Reference", "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service")).Single().Value);
        Assert.Equal("OCMWCPASIdentifyPerson", reply.Descendants(XName.Get("ServiceId", "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service")).Single().Value);
    }
}
