using System.Xml.Linq;

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

    public static string Write(ReplyContext context, IReadOnlyList<SsdnDetail> headerDetails, IReadOnlyList<ServiceReply> replies)
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

        var reply = new XElement(Service + "SSDNReply",
            new XElement(Service + "ReplyContext",
                Summary("ns1", contextDetails),
                context.AuthorizedUser,
                new XElement(Service + "Message",
                    context.Reference is null ? null : new XElement(Service + "Reference", context.Reference),
                    new XElement(Service + "Ticket", context.Ticket),
                    context.TimeRequest is null ? null : new XElement(Service + "TimeRequest", context.TimeRequest),
                    new XElement(Service + "TimeReceive", context.TimeReceive),
                    new XElement(Service + "TimeResponse", context.TimeResponse))),
            replies.Select(r => new XElement(Service + "ServiceReply",
                Summary("ns2", r.Outcome.Details),
                new XElement(Service + "ServiceId", r.ServiceId),
                new XElement(Service + "Version", r.Version),
                r.Outcome.HasError ? null : Body(r.Outcome.Body))));
        var doc = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), reply);
        return doc.Declaration + doc.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement? Body(XElement? body)
    {
        if (body is null)
        {
            return null;
        }

        var copy = new XElement(body);
        copy.SetAttributeValue(XNamespace.Xmlns + "ns3", body.Name.NamespaceName);
        if (copy.Descendants().Any(e => e.Name.Namespace == Common))
        {
            copy.SetAttributeValue(XNamespace.Xmlns + "ns4", Common.NamespaceName);
        }

        return copy;
    }

    private static XElement Summary(string prefix, IReadOnlyList<SsdnDetail> details)
    {
        bool error = details.Any(d => d.Reason.Severity == Severity.Error);
        bool warning = details.Any(d => d.Reason.Severity == Severity.Warning);
        return new XElement(Common + "ResultSummary",
            new XAttribute(XNamespace.Xmlns + prefix, Common.NamespaceName),
            new XAttribute("ok", error ? "NO" : warning ? "WARNING" : "YES"),
            new XElement(Common + "ReturnCode", error ? "10000" : warning ? "1" : "0"),
            details.Take(30).Select(d => new XElement(Common + "Detail",
                new XElement(Common + "Severity", d.Reason.Severity.ToString().ToUpperInvariant()),
                new XElement(Common + "ReasonCode", d.Reason.Code),
                new XElement(Common + "Diagnostic", d.Diagnostic ?? d.Reason.Diagnostic),
                new XElement(Common + "AuthorCodeList", "CBSS"),
                d.Information.Take(5).Select(i => new XElement(Common + "Information",
                    new XElement(Common + "FieldName", i.Name),
                    i.Value is null ? null : new XElement(Common + "FieldValue", i.Value))))));
    }
}
