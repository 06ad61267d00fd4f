using System.ServiceModel;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using CbssSimulator.Clock;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.TestConnection;

public static class TestConnectionNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1";
    public const string Types = "http://kszbcss.fgov.be/types/TestConnectionService/v1";
    public const string Action = "http://kszbcss.fgov.be/TestConnectionServiceService/sendTestMessage";
    public const string Path = "/SOA4520/TestConnectionServiceService/sendTestMessage";
}

/// <summary>TestConnectionService v1: the echo clients call before their requests.</summary>
[ServiceContract(Namespace = TestConnectionNamespaces.Interface, Name = "TestConnectionServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ITestConnectionService
{
    [OperationContract(Name = "sendTestMessage", Action = TestConnectionNamespaces.Action, ReplyAction = "*")]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<SendTestMessageResponseMessage> SendTestMessageAsync(SendTestMessageRequestMessage request);
}

[MessageContract(IsWrapped = false)]
public sealed class SendTestMessageRequestMessage
{
    [MessageBodyMember(Name = "sendTestMessageRequest", Namespace = TestConnectionNamespaces.Interface, Order = 0)]
    public SendTestMessageRequest? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class SendTestMessageResponseMessage
{
    [MessageBodyMember(Name = "sendTestMessageResponse", Namespace = TestConnectionNamespaces.Interface, Order = 0)]
    public SendTestMessageResponse? Body;
}

[XmlType("SendTestMessageRequestType", Namespace = TestConnectionNamespaces.Types)]
public sealed class SendTestMessageRequest
{
    [XmlElement("echo", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string? Echo { get; set; }
}

[XmlType("SendTestMessageResponseType", Namespace = TestConnectionNamespaces.Types)]
public sealed class SendTestMessageResponse
{
    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public InformationCbss? InformationCbss { get; set; }

    [XmlElement("echo", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string Echo { get; set; } = "";

    [XmlElement("sslCertificate", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string SslCertificate { get; set; } = "";
}

/// <summary>Echoes the message; sslCertificate says the simulator serves plain HTTP (no client certificate is checked).</summary>
public sealed class TestConnectionService(SimulatorClock clock, CallContext call) : ITestConnectionService
{
    public const string NoCertificate = "none: the CBSS Simulator does not check client certificates";

    public Task<SendTestMessageResponseMessage> SendTestMessageAsync(SendTestMessageRequestMessage request)
    {
        var received = clock.UtcNow;
        call.Outcome = "ok";
        return Task.FromResult(new SendTestMessageResponseMessage
        {
            Body = new SendTestMessageResponse
            {
                InformationCbss = SoaCall.Cbss(clock, received),
                Echo = request.Body?.Echo ?? "",
                SslCertificate = NoCertificate,
            },
        });
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => new()
    {
        Path = TestConnectionNamespaces.Path,
        Service = "TestConnectionService",
        ContractFolder = "soa/TestConnectionService",
        WsdlFile = "TestConnectionService.wsdl",
        Operations = [new SoapOperation("sendTestMessage", TestConnectionNamespaces.Action, XName.Get("sendTestMessageRequest", TestConnectionNamespaces.Interface))],
        Schemas = schemas.Load("soa/TestConnectionService/TestConnectionServiceServiceV1.xsd"),
        FaultDetail = (fault, now) => CbssFaultDetail.Of(XName.Get("sendTestMessageFault", TestConnectionNamespaces.Interface), fault, now),
    };
}
