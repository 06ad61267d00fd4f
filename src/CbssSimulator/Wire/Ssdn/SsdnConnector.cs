using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CbssSimulator.Clock;
using CbssSimulator.Registry;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Wire.Ssdn;

/// <summary>
/// sendXML: parses the SSDNRequest (CDATA or escaped, with or without declaration; DTDs prohibited), validates it
/// against contracts/ssdn, checks the caller (OrgUnit KBO, MatrixID 17 / MatrixSubID 1, docs/decisions.md, "Who is calling"), dispatches
/// each ServiceRequest on ServiceId + Version and writes the SSDNReply.
/// </summary>
public sealed class SsdnConnector(IServiceProvider services, CpasStore cpas, SimulatorClock clock, SsdnSchemas schemas,
    CallContext call, IOptions<SoapHostOptions> options) : ISsdnConnector
{
    private static readonly XNamespace S = SsdnNamespaces.Service;

    /// <summary>The SSDN envelope schema, then every SSDN service's (from the modules).</summary>
    public static string[] SchemaFiles => Hosting.ServiceModules.SsdnSchemaFiles;

    public Task<SendXmlMessage> SendXmlAsync(SendXmlMessage request)
    {
        var received = clock.UtcNow;
        XDocument doc;
        try
        {
            doc = BoundedXml.Load((request.XmlString ?? "").Trim(), options.Value.Limits);
        }
        catch (XmlLimitException e)
        {
            throw new SoapFaultException(SoapFault.Client($"The xmlString payload is refused: {e.Message}"));
        }
        catch (XmlException e)
        {
            throw new SoapFaultException(SoapFault.Client($"The xmlString does not hold a well-formed SSDNRequest: {e.Message}"));
        }

        return Task.FromResult(new SendXmlMessage { Text = Answer(doc.Root!, received) });
    }

    private Action<System.Xml.XmlWriter> Answer(XElement root, DateTimeOffset received)
    {
        var message = root.Element(S + "RequestContext")?.Element(S + "Message");
        var user = root.Element(S + "RequestContext")?.Element(S + "AuthorizedUser");
        var timeRequest = message?.Element(S + "TimeRequest")?.Value;
        var context = new SsdnReplyWriter.ReplyContext(null, message?.Element(S + "Reference")?.Value, Ticket(),
            timeRequest is { Length: 15 } ? timeRequest : null, Time(received), Time(clock.UtcNow));

        if (root.Name != S + "SSDNRequest")
        {
            call.Outcome = "header error: not an SSDNRequest";
            return SsdnReplyWriter.Into(context, [SsdnDetail.Of(SsdnReasonCodes.HeaderInvalid, ("root", root.Name.ToString()))], []);
        }

        var issues = ContractSchemas.Validate(schemas.Payload, root);
        List<SchemaIssue> headerIssues = issues.Count == 0 ? [] : [.. issues.Where(i => ServiceRequestIndex(i.Node) is null)];
        if (headerIssues.Count > 0)
        {
            call.Outcome = "header error: " + headerIssues[0].Message;
            call.Code = SsdnReasonCodes.HeaderInvalid.Code;
            return SsdnReplyWriter.Into(context, headerIssues.Take(30).Select(i => new SsdnDetail(SsdnReasonCodes.HeaderInvalid,
                [(i.Field, i.Value)], $"{SsdnReasonCodes.HeaderInvalid.Diagnostic} {i.Message}")).ToList(), []);
        }

        context = context with { AuthorizedUser = user }; // written as its copy would be, without the copy
        var requests = root.Elements(S + "ServiceRequest").ToList();
        var caller = CheckCaller(user!, out var callerDetail);
        call.Cpas = user!.Element(S + "OrgUnit")?.Value;
        if (callerDetail is not null)
        {
            call.Outcome = "caller refused";
            call.Code = callerDetail.Reason.Code;
            return SsdnReplyWriter.Into(context, [callerDetail],
                requests.Select(r => Reply(r, SsdnOutcome.Error(callerDetail))).ToList());
        }

        var ssdnCall = new SsdnCall(caller!, clock.Today);
        var replies = new List<SsdnReplyWriter.ServiceReply>(requests.Count);
        for (int index = 0; index < requests.Count; index++)
        {
            List<SchemaIssue> own = issues.Count == 0 ? [] : [.. issues.Where(i => ServiceRequestIndex(i.Node) == index)];
            replies.Add(Reply(requests[index], own.Count > 0 ? SsdnOutcome.Error(own.Take(30).Select(SchemaDetail).ToArray()) : Dispatch(ssdnCall, requests[index])));
        }

        call.Operation = string.Join(",", requests.Select(r => r.Element(S + "ServiceId")?.Value));
        call.Records.AddRange(replies.Select(r => new CallRecord(r.ServiceId, r.Outcome.Operation ?? "-", r.Outcome.Ssin, r.Outcome.QualityCodes,
            r.Outcome.HasError ? "error" : r.Outcome.Details.Any(d => d.Reason.Severity == Severity.Warning) ? "warning" : "ok",
            r.Outcome.Details.Count == 0 ? r.Outcome.Evaluation : string.Join("+", r.Outcome.Details.Select(d => d.Reason.Code)),
            r.Outcome.Ssins.Count > 0 ? r.Outcome.Ssins : null)));
        call.Outcome = string.Join(",", replies.Select(r => r.Outcome.HasError ? "error " + r.Outcome.Details[0].Reason.Code
            : r.Outcome.Details.Count > 0 ? "ok " + string.Join("+", r.Outcome.Details.Select(d => d.Reason.Code)) : "ok"));
        return SsdnReplyWriter.Into(context, [], replies);
    }

    private SsdnOutcome Dispatch(SsdnCall ssdnCall, XElement request)
    {
        string id = request.Element(S + "ServiceId")!.Value.Trim(), version = request.Element(S + "Version")!.Value.Trim();
        var body = request.Elements().FirstOrDefault(e => e.Name != S + "ServiceId" && e.Name != S + "Version");
        if (!Hosting.ServiceModules.SsdnDispatch.TryGetValue((id, version), out var service))
        {
            return SsdnOutcome.Error(new SsdnDetail(SsdnReasonCodes.ServiceUnavailable, [("ServiceId", id), ("Version", version)],
                $"The service {id} version {version} is not available in this simulator (GET /admin/services lists what is served)."));
        }

        if (body is null || body.Name != service.RequestElement)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.SchemaInvalid, ("expected", service.RequestElement.ToString()), ("found", body?.Name.ToString())));
        }

        string? ssin = body.Descendants().FirstOrDefault(e => e.Name.LocalName is "SSIN" or "SocialSecurityUser" or "RequestedSsin" or "TargetSSIN")?.Value.Trim();
        call.Ssin ??= ssin;
        var outcome = ((ISsdnService)services.GetRequiredService(service.Handler)).Handle(ssdnCall, body);
        return outcome with { Ssin = outcome.Ssin ?? ssin };
    }

    private CpasRow? CheckCaller(XElement user, out SsdnDetail? refusal)
    {
        refusal = null;
        string? orgUnit = user.Element(S + "OrgUnit")?.Value.Trim();
        string matrix = user.Element(S + "MatrixID")?.Value.Trim() ?? "";
        string? sub = user.Element(S + "MatrixSubID")?.Value.Trim();
        if (matrix != "17" || (sub is not null && sub != "1"))
        {
            refusal = SsdnDetail.Of(SsdnReasonCodes.CallerRefused, ("MatrixID", matrix), ("MatrixSubID", sub));
            return null;
        }

        var (found, problem) = cpas.ResolveCaller(orgUnit, options.Value.StrictCallers);
        refusal = problem switch
        {
            CallerProblem.None => null,
            CallerProblem.UnknownStrict => SsdnDetail.Of(SsdnReasonCodes.CallerUnknown, ("OrgUnit", orgUnit)),
            _ => SsdnDetail.Of(SsdnReasonCodes.CallerRefused, ("OrgUnit", orgUnit)),
        };
        return found;
    }

    private static SsdnReplyWriter.ServiceReply Reply(XElement request, SsdnOutcome outcome) =>
        new(request.Element(S + "ServiceId")?.Value.Trim() ?? "", request.Element(S + "Version")?.Value.Trim() ?? "", outcome);

    /// <summary>A missing element is the real 31000007 naming the field; any other schema failure is our 31000001 with the parser's words.</summary>
    private static SsdnDetail SchemaDetail(SchemaIssue issue)
    {
        var node = issue.Node is XAttribute a ? a.Parent : issue.Node as XElement;
        string path = node is null ? issue.Field : string.Join("/", node.AncestorsAndSelf()
            .TakeWhile(e => e.Name != S + "ServiceRequest").Reverse().Skip(1).Select(e => e.Name.LocalName));
        if (issue.Missing is { } expected)
        {
            var parent = issue.Message.Contains("incomplete content", StringComparison.Ordinal) ? path : string.Join("/", path.Split('/').SkipLast(1));
            return SsdnDetail.Of(SsdnReasonCodes.Mandatory, ((parent.Length > 0 ? parent + "/" : "") + expected, null));
        }

        return new SsdnDetail(SsdnReasonCodes.SchemaInvalid, [(path.Length > 0 ? path : issue.Field, issue.Value)], issue.Message);
    }

    private static int? ServiceRequestIndex(XObject? node)
    {
        var element = node is XAttribute a ? a.Parent : node as XElement;
        var request = element?.AncestorsAndSelf(S + "ServiceRequest").FirstOrDefault();
        return request?.ElementsBeforeSelf(S + "ServiceRequest").Count();
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Ticket() => string.Create(15, Random.Shared, (span, r) =>
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = chars[r.Next(chars.Length)];
        }
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => new()
    {
        Path = SsdnNamespaces.Path,
        Service = "SSDN",
        ContractFolder = "ssdn",
        WsdlFile = "WebServiceConnector.wsdl",
        Operations = [new SoapOperation("sendXML", SsdnNamespaces.Action, XName.Get("xmlString", SsdnNamespaces.Connector))],
        Schemas = schemas.Load("ssdn/WebServiceConnector.xsd"),
        TechnicalError = (_, now) => new TechnicalAnswer(new XElement(XName.Get("xmlString", SsdnNamespaces.Connector),
            new XAttribute(XNamespace.Xmlns + "wsc", SsdnNamespaces.Connector),
            SsdnReplyWriter.Write(new SsdnReplyWriter.ReplyContext(null, null, Ticket(), null, Time(now), Time(now)), [SsdnDetail.Of(SsdnReasonCodes.TechnicalError)], [])), null),
        FaultDetail = (fault, now) => CommonV3.CbssFaultDetail.Of(XName.Get("sendXMLFault", SsdnNamespaces.Connector), fault, now),
        ExtraCheck = content => ElementText.Of(content).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            ? SoapFault.Client("DTDs are not allowed: the SSDN xmlString payload contains a DOCTYPE declaration.")
            : null,
        Caller = (content, limits) => Payload(content, limits)?.Element(S + "RequestContext")?.Element(S + "AuthorizedUser")?.Element(S + "OrgUnit")?.Value.Trim(),
        CertificateRefusal = CertificateRefusal,
    };

    /// <summary>The SSDNRequest of a sendXML body, or null when it cannot be read (the connector then answers why).</summary>
    private static XElement? Payload(XElement content, XmlLimits limits)
    {
        try
        {
            return BoundedXml.Load(ElementText.Of(content).Trim(), limits).Root;
        }
        catch (Exception e) when (e is XmlException or XmlLimitException)
        {
            return null;
        }
    }

    /// <summary>
    /// Client-certificate mode, the certificate names another organisation than OrgUnit: the connector's refusal of the
    /// caller, in-band (reason 30000014 in the ReplyContext and in every ServiceReply, as for a caller it does not authorise).
    /// </summary>
    private static CallerRefusal CertificateRefusal(XElement content, string? named, string orgUnit, DateTimeOffset now)
    {
        var root = Payload(content, new XmlLimits());
        var message = root?.Element(S + "RequestContext")?.Element(S + "Message");
        var user = root?.Element(S + "RequestContext")?.Element(S + "AuthorizedUser");
        var timeRequest = message?.Element(S + "TimeRequest")?.Value;
        var context = new SsdnReplyWriter.ReplyContext(user is null ? null : new XElement(user), message?.Element(S + "Reference")?.Value, Ticket(),
            timeRequest is { Length: 15 } ? timeRequest : null, Time(now), Time(now));
        var detail = SsdnDetail.Of(SsdnReasonCodes.CertificateMismatch, ("OrgUnit", orgUnit), ("certificate", named ?? "no CBE number in the subject"));
        var replies = root?.Elements(S + "ServiceRequest").Select(r => Reply(r, SsdnOutcome.Error(detail))).ToList() ?? [];
        return new CallerRefusal(new TechnicalAnswer(new XElement(XName.Get("xmlString", SsdnNamespaces.Connector),
            new XAttribute(XNamespace.Xmlns + "wsc", SsdnNamespaces.Connector), SsdnReplyWriter.Write(context, [detail], replies)), null),
            SsdnReasonCodes.CertificateMismatch.Code);
    }
}
