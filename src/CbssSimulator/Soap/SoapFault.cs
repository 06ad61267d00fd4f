using System.Xml.Linq;

namespace CbssSimulator.Soap;

/// <summary>A SOAP 1.1 fault: code (Client, Server, VersionMismatch), reason, optional detail element and HTTP status.</summary>
public sealed record SoapFault(string Code, string Reason, XElement? Detail = null, int HttpStatus = 500)
{
    /// <summary>A Client fault, HTTP 500 as SOAP 1.1 and WS-I Basic Profile R1126 want for every fault, so that every SOAP
    /// client reads its reason (suds reads a fault only from a 500); 413, 401 and 404 are kept where HTTP itself says
    /// more (docs/decisions.md, "Faults are HTTP 500").</summary>
    public static SoapFault Client(string reason, int status = 500, XElement? detail = null) => new("Client", reason, detail, status);

    public static SoapFault Server(string reason, XElement? detail = null) => new("Server", reason, detail, 500);
}

/// <summary>Thrown by handlers to answer with a precise fault; turned into XML by <see cref="FaultTransformer"/>.</summary>
public sealed class SoapFaultException(SoapFault fault) : Exception(fault.Reason)
{
    public SoapFault Fault { get; } = fault;
}

/// <summary>Writes faults the way the BCSS does (soapenv prefix, unqualified faultcode/faultstring/detail).</summary>
public static class SoapFaultWriter
{
    public static XElement FaultElement(SoapFault fault) =>
        new(SoapNamespaces.Soap11 + "Fault",
            new XAttribute(XNamespace.Xmlns + "soapenv", SoapNamespaces.Soap11.NamespaceName),
            new XElement("faultcode", "soapenv:" + fault.Code),
            new XElement("faultstring", fault.Reason),
            fault.Detail is null ? null : new XElement("detail", fault.Detail));

    /// <summary>
    /// Writes <paramref name="fault"/>; one without a detail gets the detail of the endpoint the gate matched for this call
    /// (<see cref="SoapEndpoint.FaultDetail"/>, kept on the <see cref="CallContext"/>), dated by the call's sandbox clock.
    /// </summary>
    public static Task WriteAsync(HttpContext context, SoapFault fault)
    {
        if (fault.Detail is null && context.RequestServices?.GetService(typeof(CallContext)) is CallContext { Endpoint.FaultDetail: { } detail, Sandbox: { } sandbox })
        {
            fault = fault with { Detail = detail(fault, sandbox.Clock.UtcNow) };
        }

        return SoapEnvelope.WriteAsync(context, FaultElement(fault), fault.HttpStatus);
    }
}

/// <summary>Writes a SOAP 1.1 envelope around a body element, straight to the response.</summary>
public static class SoapEnvelope
{
    public static XDocument Wrap(XElement body) =>
        new(new XElement(SoapNamespaces.Soap11 + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", SoapNamespaces.Soap11.NamespaceName),
            new XElement(SoapNamespaces.Soap11 + "Body", body)));

    public static async Task WriteAsync(HttpContext context, XElement body, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml; charset=utf-8";
        // To memory first, so the call's journal entry (written as the answer starts) holds the reply.
        using var buffer = new MemoryStream(1024);
        await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            await Wrap(body).SaveAsync(writer, SaveOptions.DisableFormatting, context.RequestAborted);
        }

        if (context.RequestServices?.GetService(typeof(CallContext)) is CallContext call)
        {
            call.ReplyBytes = CallContext.Bounded(buffer.GetBuffer(), (int)buffer.Length, Sandboxes.CallJournal.BodyLimit);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}

public static class SoapNamespaces
{
    public static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Soap12 = "http://www.w3.org/2003/05/soap-envelope";
}
