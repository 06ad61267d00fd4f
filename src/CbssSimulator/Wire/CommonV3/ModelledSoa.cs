using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using CbssSimulator.Soap;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The body of a modelled SOA operation, carried as XML: the gate has validated it against our contract, the handler
/// reads it as an <see cref="XElement"/> and answers with XElements in the CommonV3 shape.
/// </summary>
[XmlType("AnyBody")]
public sealed class AnyBody
{
    private XmlElement[]? elements;
    private XmlAttribute[]? attributes;
    private XmlDocument? owner;

    /// <summary>The children, as a client's XmlSerializer reads and writes them (made from <see cref="Source"/> when asked).</summary>
    [XmlAnyElement]
    public XmlElement[]? Elements
    {
        get => elements ??= Source?.Elements().Select(e =>
        {
            using var reader = e.CreateReader();
            return (XmlElement)Owner.ReadNode(reader)!;
        }).ToArray();
        set => elements = value;
    }

    /// <summary>The root's own attributes (eHealth responses carry Id, InResponseTo, IssueInstant).</summary>
    [XmlAnyAttribute]
    public XmlAttribute[]? Attributes
    {
        get => attributes ??= Source?.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a =>
        {
            var attribute = Owner.CreateAttribute(a.Name.LocalName, a.Name.NamespaceName);
            attribute.Value = a.Value;
            return attribute;
        }).ToArray() is { Length: > 0 } made ? made : null;
        set => attributes = value;
    }

    private XmlDocument Owner => owner ??= new XmlDocument();

    /// <summary>
    /// The element itself, on the simulator's side: a reply is written from it straight to the response and a request
    /// carries the validated element (no XElement → XmlElement round trip). <see cref="Elements"/> and
    /// <see cref="Attributes"/> are what a client's XmlSerializer fills.
    /// </summary>
    [XmlIgnore]
    public XElement? Source { get; init; }

    public static AnyBody From(XElement response) => new() { Source = response };
}

/// <summary>Builds CommonV3-style answers for modelled SOA services: echo, informationCBSS, legalContext, status, payload.</summary>
public static class SoaAnswer
{
    public static XElement Build(XName root, XElement request, Status status, DateTimeOffset received, DateTimeOffset replied, params object?[] payload) =>
        new(root,
            request.Element("informationCustomer") is { } customer ? new XElement(customer) : null,
            new XElement("informationCBSS", new XElement("ticketCBSS", TicketCbss.New()),
                new XElement("timestampReceive", SoaCall.Timestamp(received)), new XElement("timestampReply", SoaCall.Timestamp(replied))),
            new XElement("legalContext", request.Element("legalContext")?.Value ?? ""),
            payload.Take(1),
            Xml(status),
            payload.Skip(1));

    public static XElement Xml(Status s) =>
        new("status", new XElement("value", s.Value), new XElement("code", s.Code), s.Description is null ? null : new XElement("description", s.Description),
            s.Information.Select(i => new XElement("information", new XElement("fieldName", i.FieldName), i.FieldValue is null ? null : new XElement("fieldValue", i.FieldValue))));

    /// <summary>The caller (cbeNumber) of a request body, for checks and the journal.</summary>
    public static InformationCustomer? Customer(XElement request) =>
        request.Element("informationCustomer")?.Element("customerIdentification")?.Element("cbeNumber")?.Value is { } cbe
            ? new InformationCustomer { CustomerIdentification = new CustomerIdentification { CbeNumber = cbe } }
            : new InformationCustomer { CustomerIdentification = new CustomerIdentification() };

    /// <summary>
    /// A modelled SOA endpoint: one path, its operations (name → request element), the contract folder and files. A
    /// request failing the contract is answered in-band (NO_RESULT / MSG00008 naming the field) when that answer is
    /// itself valid, else by a CBSSFaultType fault (docs/decisions.md, "Faults or in-band answers").
    /// </summary>
    public static SoapEndpoint Endpoint(ContractSchemas schemas, string service, string path, string intf, string folder, string wsdl, string elementsXsd,
        string faultElement, params (string Operation, string Action, string RequestElement)[] operations) => new()
    {
        Path = path,
        Service = service,
        ContractFolder = folder,
        WsdlFile = wsdl,
        Operations = operations.Select(o => new SoapOperation(o.Operation, o.Action, XName.Get(o.RequestElement, intf))).ToList(),
        Schemas = schemas.Load($"{folder}/{elementsXsd}"),
        ContentFailureAnswer = (request, issues, now) => Build(XName.Get(request.Name.LocalName.Replace("Request", "Response"), intf), request,
            StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of(issues[0].Missing ?? issues[0].Field, issues[0].Missing is null ? issues[0].Value ?? issues[0].Message : "missing")),
            now, now, request.Element("ssin") is { } ssin ? new XElement(ssin) : null),
        FaultElement = XName.Get(faultElement, intf),
        ContentFailureFault = (_, issues, now) => StatusCatalog.Fault(XName.Get(faultElement, intf), SoaStatusCodes.ValidationError, "A validation error occurred.", null,
            SoaCall.Cbss(now, now), client: true,
            Information.Of(issues[0].Missing ?? issues[0].Field, issues[0].Missing is null ? issues[0].Value ?? issues[0].Message : "missing")),
        TechnicalError = (_, now) => new TechnicalAnswer(null, StatusCatalog.Fault(XName.Get(faultElement, intf), SoaStatusCodes.InternalError,
            "An error occurred while servicing your request.", null, SoaCall.Cbss(now, now), client: false)),
    };
}
