using System.Xml.Linq;

namespace CbssSimulator.Tests.Support;

/// <summary>An SSDNReply as a client reads it: summaries, details, the service body.</summary>
public sealed class SsdnReply
{
    public static readonly XNamespace S = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Service";
    public static readonly XNamespace C = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Common";

    public SsdnReply(string text)
    {
        Text = text;
        Document = XDocument.Parse(text);
    }

    public string Text { get; }

    public XDocument Document { get; }

    public XElement Context => Document.Root!.Element(S + "ReplyContext")!;

    public XElement? Service => Document.Root!.Element(S + "ServiceReply");

    public string ContextOk => Context.Element(C + "ResultSummary")!.Attribute("ok")!.Value;

    public string ServiceOk => Service!.Element(C + "ResultSummary")!.Attribute("ok")!.Value;

    public string ServiceReturnCode => Service!.Element(C + "ResultSummary")!.Element(C + "ReturnCode")!.Value;

    public IReadOnlyList<string> ContextCodes => Codes(Context);

    public IReadOnlyList<string> ServiceCodes => Codes(Service!);

    /// <summary>FieldName=FieldValue of every Information item of the service details with that code.</summary>
    public IReadOnlyList<(string Name, string? Value)> Information(string code) =>
        Service!.Element(C + "ResultSummary")!.Elements(C + "Detail")
            .Where(d => d.Element(C + "ReasonCode")?.Value == code)
            .SelectMany(d => d.Elements(C + "Information"))
            .Select(i => (i.Element(C + "FieldName")?.Value ?? "", i.Element(C + "FieldValue")?.Value)).ToList();

    /// <summary>The service body (ns3), or null when the service answered an error.</summary>
    public XElement? Body => Service?.Elements().FirstOrDefault(e => e.Name.Namespace != S && e.Name.Namespace != C);

    private static IReadOnlyList<string> Codes(XElement parent) =>
        parent.Element(C + "ResultSummary")!.Elements(C + "Detail").Select(d => d.Element(C + "ReasonCode")!.Value).ToList();
}
