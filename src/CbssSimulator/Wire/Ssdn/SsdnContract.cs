using System.ServiceModel;
using System.Xml.Linq;

namespace CbssSimulator.Wire.Ssdn;

public static class SsdnNamespaces
{
    public const string Connector = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector";
    public const string Action = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML";
    public const string Path = "/connectors/webservice/KSZBCSSWebServiceConnectorPort";
    public static readonly XNamespace Service = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service";
}

/// <summary>The SSDN connector: one operation, sendXML, whose xmlString carries the SSDNRequest and, back, the SSDNReply.</summary>
[ServiceContract(Namespace = SsdnNamespaces.Connector, Name = "KSZBCSSWebServiceConnector")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ISsdnConnector
{
    [OperationContract(Name = "sendXML", Action = SsdnNamespaces.Action, ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<SendXmlMessage> SendXmlAsync(SendXmlMessage request);
}

[MessageContract(IsWrapped = false)]
public sealed class SendXmlMessage : Soap.IWrittenText
{
    [MessageBodyMember(Name = "xmlString", Namespace = SsdnNamespaces.Connector, Order = 0)]
    public string? XmlString;

    /// <summary>The server's reply: the SSDNReply, written into the answer's xmlString as it is made (XmlString stays null).</summary>
    internal Action<System.Xml.XmlWriter>? Text { get; init; }

    Action<System.Xml.XmlWriter>? Soap.IWrittenText.Text => Text;
}

/// <summary>The context an SSDN service request is answered in: the calling CPAS and the simulator date D.</summary>
public sealed record SsdnCall(Registry.CpasRow Caller, DateOnly Today);

/// <summary>
/// The handler of one SSDN service served behind sendXML; its ServiceId, Version and request element are declared
/// once, in its module's <see cref="Hosting.SsdnServiceRow"/>.
/// </summary>
public interface ISsdnService
{
    SsdnOutcome Handle(SsdnCall call, XElement request);
}

/// <summary>
/// The schemas an SSDNRequest is validated against (the SSDN envelope's, then every SSDN service's), compiled on the
/// first call and kept: a call no longer names its twenty-odd files to find the compiled set.
/// </summary>
public sealed class SsdnSchemas(Soap.ContractSchemas schemas)
{
    private readonly Lazy<System.Xml.Schema.XmlSchemaSet> payload = new(() => schemas.Load(SsdnConnector.SchemaFiles));

    public System.Xml.Schema.XmlSchemaSet Payload => payload.Value;
}
