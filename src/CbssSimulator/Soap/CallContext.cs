namespace CbssSimulator.Soap;

/// <summary>One service request inside a call (an SSDN sendXML may carry several).</summary>
/// <summary>One journaled service request; <paramref name="Ssins"/>: every SSIN it carried when several (a Vesta key), else null.</summary>
public sealed record CallRecord(string Service, string Operation, string? Ssin, IReadOnlyList<int> QualityCodes, string Outcome, string? Code,
    IReadOnlyList<string>? Ssins = null);

/// <summary>What one call was about, filled in by the gate and the handler, logged once per call and journaled.</summary>
public sealed class CallContext
{
    /// <summary>Per service request, when the handler tells them apart (SSDN); else one record is made from the fields below.</summary>
    public List<CallRecord> Records { get; } = [];

    /// <summary>The quality codes that satisfied the integration control.</summary>
    public IReadOnlyList<int> QualityCodes { get; set; } = [];

    /// <summary>The status or reason code answered (MSG00012, 21007001…), or the fault code.</summary>
    public string? Code { get; set; }

    public string Service { get; set; } = "";
    public string Operation { get; set; } = "";
    public string? Cpas { get; set; }
    public string? Ssin { get; set; }
    public string Outcome { get; set; } = "";

    /// <summary>The gate answered in-band (a content failure) and the handler is not called.</summary>
    public bool AnsweredByGate { get; set; }

    /// <summary>The SOAPAction of the operation the gate matched.</summary>
    public string Action { get; set; } = "";

    /// <summary>The validated request body root, for handlers that read it as XML.</summary>
    public System.Xml.Linq.XElement? RequestBody { get; set; }

    /// <summary>The request body as read by the gate (journaled, bounded).</summary>
    public byte[]? RequestBytes { get; set; }

    /// <summary>The reply body, set before its first byte is written (journaled, bounded): SoapDispatcher, SoapEnvelope.</summary>
    public ReadOnlyMemory<byte> ReplyBytes { get; set; }

    /// <summary>Why an integration control refused the call: the row and the caller's integrations looked at.</summary>
    public string? Refusal { get; set; }

    /// <summary>The control-table row that refused the call (the metrics count refusals by row).</summary>
    public Integrations.ControlRow? RefusedRow { get; set; }

    /// <summary>The kind of fault a sandbox's fault plan injected into the call (delay included), for the metrics.</summary>
    public Sandboxes.FaultKind? InjectedFault { get; set; }

    /// <summary>The endpoint the gate matched: a fault of this call carries its CBSS detail (<see cref="SoapFaultWriter"/>).</summary>
    internal SoapEndpoint? Endpoint { get; set; }

    /// <summary>The call's sandbox, whose clock dates that detail.</summary>
    internal Sandboxes.Sandbox? Sandbox { get; set; }

    private static readonly AsyncLocal<CallContext?> CurrentCall = new();

    /// <summary>The call being served on this flow (set by the gate), for code that has no request at hand (the control).</summary>
    public static CallContext? Current
    {
        get => CurrentCall.Value;
        set => CurrentCall.Value = value;
    }

    /// <summary>A view of the first <paramref name="limit"/> bytes (the journal copies what it keeps).</summary>
    public static ReadOnlyMemory<byte> Bounded(byte[] bytes, int length, int limit) =>
        bytes.AsMemory(0, Math.Min(length, limit));
}

/// <summary>Options of the SOAP host (section "Soap").</summary>
public sealed class SoapHostOptions
{
    /// <summary>Largest request body accepted, in bytes. Default 1,000,000 (1 MB); a larger body gets a SOAP fault (HTTP 413).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue, ErrorMessage = "Soap:MaxBodyBytes must be a positive number of bytes.")]
    public int MaxBodyBytes { get; set; } = 1_000_000;

    /// <summary>Where the WSDL/XSD files are; default <c>contracts</c> beside the executable.</summary>
    public string? ContractsPath { get; set; }

    /// <summary>Longest an injected timeout holds a request before the connection is closed, in seconds. Default 300.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600, ErrorMessage = "Soap:FaultTimeoutCapSeconds must lie between {1} and {2} seconds.")]
    public int FaultTimeoutCapSeconds { get; set; } = Sandboxes.FaultInjector.DefaultTimeoutCapSeconds;

    /// <summary>Depth, element and attribute limits checked while every request (and every embedded payload) is read.</summary>
    public XmlLimits Limits { get; set; } = new();

    /// <summary>
    /// Refuse SSDN/SOA callers whose valid KBO number is not a CPAS of the registry (docs/decisions.md, "Who is
    /// calling"). Default false.
    /// </summary>
    public bool StrictCallers { get; set; }

    /// <summary>HTTP Basic credentials the SOA endpoints require (Soap:BasicAuth:User/Password); unset → Basic headers ignored.</summary>
    public BasicAuthOptions BasicAuth { get; set; } = new();
}
