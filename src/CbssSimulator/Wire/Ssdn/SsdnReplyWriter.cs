using System.Xml;
using System.Xml.Linq;
using CbssSimulator.Soap;

namespace CbssSimulator.Wire.Ssdn;

/// <summary>
/// Writes SSDNReply documents as the BCSS does: default namespace SSDN Service, prefix ns1 for the ReplyContext
/// ResultSummary, ns2 for each ServiceReply ResultSummary, ns3 for the service body (one PHP client reads them literally).
/// </summary>
public static class SsdnReplyWriter
{
    public static readonly XNamespace Service = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service";
    public static readonly XNamespace Common = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    public sealed record ReplyContext(XElement? AuthorizedUser, string? Reference, string Ticket, string? TimeRequest, string TimeReceive, string TimeResponse);

    public sealed record ServiceReply(string ServiceId, string Version, SsdnOutcome Outcome);

    /// <summary>
    /// The SSDNReply as text, declaration first. Written element by element with one XmlWriter (no tree is built for
    /// the envelope); the AuthorizedUser and the service bodies are written from their trees.
    /// </summary>
    public static string Write(ReplyContext context, IReadOnlyList<SsdnDetail> headerDetails, IReadOnlyList<ServiceReply> replies) =>
        KeptXmlWriters.Text(Declaration, (context, Summarised(headerDetails, replies), replies), WriteReply); // this thread's kept writer (docs/decisions.md, "Writers kept per thread")

    /// <summary>
    /// The same SSDNReply, written later as the escaped text of the element its writer is in (the answer's xmlString),
    /// so the text never exists as one string (docs/decisions.md, "Copies a call does not make").
    /// </summary>
    public static Action<XmlWriter> Into(ReplyContext context, IReadOnlyList<SsdnDetail> headerDetails, IReadOnlyList<ServiceReply> replies)
    {
        var state = (context, Summarised(headerDetails, replies), replies);
        return outer => KeptXmlWriters.TextInto(outer, Declaration, state, WriteReply);
    }

    /// <summary>The ReplyContext's details: the header's, else the summary of the service replies' errors or warnings.</summary>
    private static List<SsdnDetail> Summarised(IReadOnlyList<SsdnDetail> headerDetails, IReadOnlyList<ServiceReply> replies)
    {
        var contextDetails = new List<SsdnDetail>(headerDetails);
        if (headerDetails.Count == 0)
        {
            if (replies.Any(r => r.Outcome.HasError))
            {
                contextDetails.Add(SsdnDetail.Of(SsdnReasonCodes.ServiceError));
            }
            else if (replies.Any(r => r.Outcome.Details.Any(d => d.Reason.Severity == Severity.Warning)))
            {
                contextDetails.Add(SsdnDetail.Of(SsdnReasonCodes.ServiceWarning));
            }
        }

        return contextDetails;
    }

    private static void WriteReply(XmlWriter writer, (ReplyContext Context, List<SsdnDetail> ContextDetails, IReadOnlyList<ServiceReply> Replies) s)
    {
        string ns = Service.NamespaceName;
        writer.WriteStartElement("SSDNReply", ns);
        writer.WriteStartElement("ReplyContext", ns);
        Summary(writer, "ns1", s.ContextDetails);
        if (s.Context.AuthorizedUser is { } user)
        {
            DetachedElement.Write(writer, user);
        }

        writer.WriteStartElement("Message", ns);
        Optional(writer, "Reference", s.Context.Reference);
        writer.WriteElementString("Ticket", ns, s.Context.Ticket);
        Optional(writer, "TimeRequest", s.Context.TimeRequest);
        writer.WriteElementString("TimeReceive", ns, s.Context.TimeReceive);
        writer.WriteElementString("TimeResponse", ns, s.Context.TimeResponse);
        writer.WriteEndElement();
        writer.WriteEndElement();
        foreach (var r in s.Replies)
        {
            writer.WriteStartElement("ServiceReply", ns);
            Summary(writer, "ns2", r.Outcome.Details);
            writer.WriteElementString("ServiceId", ns, r.ServiceId);
            writer.WriteElementString("Version", ns, r.Version);
            if (!r.Outcome.HasError && r.Outcome.Body is { } body)
            {
                // The body's own namespace as ns3, and ns4 for SSDN Common when it holds any (one PHP client reads them literally).
                bool common = body.Descendants().Any(e => e.Name.Namespace == Common);
                DetachedElement.Write(writer, body, common ? [("ns3", body.Name.NamespaceName), ("ns4", Common.NamespaceName)] : [("ns3", body.Name.NamespaceName)]);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static void Optional(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, Service.NamespaceName, value);
        }
    }

    private static void Summary(XmlWriter writer, string prefix, IReadOnlyList<SsdnDetail> details)
    {
        bool error = details.Any(d => d.Reason.Severity == Severity.Error);
        bool warning = details.Any(d => d.Reason.Severity == Severity.Warning);
        string ns = Common.NamespaceName;
        writer.WriteStartElement(prefix, "ResultSummary", ns);
        writer.WriteAttributeString("xmlns", prefix, null, ns); // declared first, as the BCSS writes it
        writer.WriteAttributeString("ok", error ? "NO" : warning ? "WARNING" : "YES");
        writer.WriteElementString(prefix, "ReturnCode", ns, error ? "10000" : warning ? "1" : "0");
        foreach (var d in details.Take(30))
        {
            writer.WriteStartElement(prefix, "Detail", ns);
            writer.WriteElementString(prefix, "Severity", ns, SeverityText(d.Reason.Severity));
            writer.WriteElementString(prefix, "ReasonCode", ns, d.Reason.Code);
            writer.WriteElementString(prefix, "Diagnostic", ns, d.Diagnostic ?? d.Reason.Diagnostic);
            writer.WriteElementString(prefix, "AuthorCodeList", ns, "CBSS");
            foreach (var i in d.Information.Take(5))
            {
                writer.WriteStartElement(prefix, "Information", ns);
                writer.WriteElementString(prefix, "FieldName", ns, i.Name);
                if (i.Value is not null)
                {
                    writer.WriteElementString(prefix, "FieldValue", ns, i.Value);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "ERROR",
        Severity.Warning => "WARNING",
        _ => "INFORMATION",
    };
}
