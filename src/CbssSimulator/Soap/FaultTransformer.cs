using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using System.Xml.Linq;
using SoapCore;
using SoapCore.Extensibility;

namespace CbssSimulator.Soap;

/// <summary>
/// Replaces SoapCore's fault writer (which serialises details with DataContractSerializer and leaks exception text):
/// a <see cref="SoapFaultException"/> becomes exactly its fault, with a detail written by XmlSerializer; anything
/// else becomes a Server fault "An error occurred while servicing your request." (as the BCSS words it) and is logged.
/// </summary>
public sealed class FaultTransformer(ILogger<FaultTransformer> logger) : IFaultExceptionTransformer
{
    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceLookup)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
        SoapFault fault;
        if (inner is SoapFaultException known)
        {
            fault = known.Fault;
        }
        else
        {
            logger.LogError(inner, "Unexpected error while answering {Action}", requestMessage?.Headers?.Action);
            fault = SoapFault.Server("An error occurred while servicing your request.");
        }

        return Message.CreateMessage(messageVersion, null, new ElementBodyWriter(SoapFaultWriter.FaultElement(fault)));
    }

    private sealed class ElementBodyWriter(XElement element) : BodyWriter(isBuffered: true)
    {
        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => element.WriteTo(writer);
    }
}
