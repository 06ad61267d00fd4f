using System.Xml.Linq;
using System.Xml.Schema;

namespace CbssSimulator.Soap;

/// <summary>One SOAP operation: its exact SOAPAction and body root element, and its catalogue key.</summary>
public sealed record SoapOperation(string Name, string Action, XName RequestElement);

/// <summary>
/// A SOAP endpoint as the gate sees it: the path, the operations, the contract files served on ?wsdl / ?xsd=,
/// the schema set the request body is validated against, and how a content failure is answered.
/// </summary>
public sealed class SoapEndpoint
{
    public required string Path { get; init; }

    public required string Service { get; init; }

    /// <summary>The typed contract (interface with [OperationContract]s) whose implementation answers; set when the endpoint is registered.</summary>
    public Type Contract { get; set; } = typeof(object);

    /// <summary>The folder under <c>contracts/</c> holding the WSDL and the XSD files it references.</summary>
    public required string ContractFolder { get; init; }

    public required string WsdlFile { get; init; }

    public required IReadOnlyList<SoapOperation> Operations { get; init; }

    public required XmlSchemaSet Schemas { get; init; }

    /// <summary>Builds the in-band answer to a request whose body fails the schema, at the simulated time given (null → SOAP fault).</summary>
    public Func<XElement, IReadOnlyList<SchemaIssue>, DateTimeOffset, XElement?>? ContentFailureAnswer { get; init; }

    /// <summary>The fault for a content failure that cannot be answered in-band.</summary>
    public Func<XElement, IReadOnlyList<SchemaIssue>, DateTimeOffset, SoapFault>? ContentFailureFault { get; init; }

    /// <summary>How this endpoint answers a technical error (fault injection); absent → a plain Server fault.</summary>
    public Func<XElement, DateTimeOffset, TechnicalAnswer>? TechnicalError { get; init; }

    /// <summary>The detail this endpoint gives a fault that has none, at the simulated time given (absent → no detail).</summary>
    public Func<SoapFault, DateTimeOffset, XElement>? FaultDetail { get; init; }

    /// <summary>A further envelope-level check (e.g. a DOCTYPE inside the SSDN xmlString payload).</summary>
    public Func<XElement, SoapFault?>? ExtraCheck { get; init; }

    /// <summary>The element name of this endpoint's CBSSFaultType fault (SOA), for faults the gate answers itself.</summary>
    public XName? FaultElement { get; init; }

    /// <summary>
    /// Client-certificate mode: the CPAS the request names (null: none); absent → the CommonV3
    /// <c>informationCustomer/customerIdentification/cbeNumber</c> (<see cref="ClientCertificateGate"/>).
    /// </summary>
    public Func<XElement, XmlLimits, string?>? Caller { get; init; }

    /// <summary>
    /// Client-certificate mode: the answer when the certificate names another organisation (the request body, the
    /// certificate's CBE number or null, the request's, now); absent → the SOA CBSSFault MSG00013.
    /// </summary>
    public Func<XElement, string?, string, DateTimeOffset, CallerRefusal>? CertificateRefusal { get; init; }
}

/// <summary>The refusal of a caller the client certificate does not name, and the code journaled for it.</summary>
public sealed record CallerRefusal(TechnicalAnswer Answer, string Code);

/// <summary>The answer to an injected technical error: an in-band body (SSDN) or a fault (SOA).</summary>
public sealed record TechnicalAnswer(XElement? Body, SoapFault? Fault);

/// <summary>
/// All SOAP endpoints the host serves; the gate and the contract-file middleware look paths up here. An endpoint (and
/// its compiled schema set) is built the first time its path is asked for, so the first answer after a start waits
/// only for the schemas it needs.
/// </summary>
public sealed class SoapEndpointRegistry
{
    private readonly Dictionary<string, Lazy<SoapEndpoint>> endpoints = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<SoapEndpoint> All => endpoints.Values.Select(e => e.Value);

    public void Add(string path, Type contract, Func<SoapEndpoint> build) =>
        endpoints.Add(path, new Lazy<SoapEndpoint>(() =>
        {
            var endpoint = build();
            endpoint.Contract = contract;
            return endpoint;
        }));

    public SoapEndpoint? Find(PathString path) =>
        path.Value is { } value && endpoints.TryGetValue(value.TrimEnd('/'), out var endpoint) ? endpoint.Value : null;
}
