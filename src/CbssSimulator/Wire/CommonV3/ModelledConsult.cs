using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The common path of a modelled SOA consultation on one <c>ssin</c>: caller, SSIN and integration control of the row,
/// then the source's answer, NO_DATA_FOUND / MSG00100 when it has nothing, and the CommonV3 reply echoing the request.
/// </summary>
public sealed class ModelledConsult(PersonStore persons, CpasStore cpas, IntegrationControl control, SimulatorClock clock,
    CallContext call, IOptions<SoapHostOptions> options)
{
    /// <summary>The source's part: a refusal of its own (a bad field), or the payload — one element or several (null or none = nothing at the source).</summary>
    public delegate (Status? Refused, object? Payload) Source(XElement request, PersonRow person);

    /// <param name="requested">The period an OVERLAP row compares with, read from the request (none: D).</param>
    /// <param name="legalContext">The legal context the service requires (none: any); another → MSG00013 first, as Tx25 does.</param>
    public AnyBody Answer(XName root, ControlRow row, Source source, Func<XElement, Period?>? requested = null, string? legalContext = null)
    {
        var body = call.RequestBody!;
        var received = clock.UtcNow;
        string ssin = body.Element("ssin")!.Value.Trim();
        call.Ssin = ssin;
        PersonRow? person = null;
        CpasRow? caller = null;
        IReadOnlyList<int> codes = [];
        var status = WrongContext(body, legalContext) ?? SoaCall.CheckConsult(body, ssin, cpas, persons, control, row, options.Value.StrictCallers, out caller,
            out person, out codes, requested?.Invoke(body));
        (call.Cpas, call.QualityCodes) = (caller?.Cbe, codes);
        object? payload = null;
        if (status is null)
        {
            (status, payload) = source(body, person!);
            bool nothing = payload switch { null => true, XElement => false, IEnumerable<XElement> many => !many.Any(), _ => false };
            status ??= nothing ? StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier) : StatusCatalog.DataFound();
        }

        (call.Outcome, call.Code) = (status.Value, status.Code);
        return AnyBody.From(SoaAnswer.Build(root, body, status, received, clock.UtcNow, new XElement("ssin", ssin), payload));
    }

    /// <summary>The source's part of an operation on the caller's own data (no SSIN): a refusal (a bad field) or the payload.</summary>
    public delegate (Status? Refused, IReadOnlyList<XElement>? Payload) CallerSource(XElement request, CpasRow caller);

    /// <summary>
    /// An operation without an SSIN and without integration control (a pull list, a reaction): the caller is checked,
    /// then the source answers after the status; nothing (null or empty) → NO_DATA_FOUND / MSG00100.
    /// </summary>
    public AnyBody AnswerCaller(XName root, CallerSource source, string? legalContext = null)
    {
        var body = call.RequestBody!;
        var received = clock.UtcNow;
        CpasRow? caller = null;
        var status = WrongContext(body, legalContext) ?? SoaCall.CheckCaller(SoaAnswer.Customer(body), cpas, options.Value.StrictCallers, out caller);
        call.Cpas = caller?.Cbe;
        IReadOnlyList<XElement>? payload = null;
        if (status is null)
        {
            (status, payload) = source(body, caller!);
            status ??= payload is null or { Count: 0 } ? StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier) : StatusCatalog.DataFound();
        }

        (call.Outcome, call.Code) = (status.Value, status.Code);
        return AnyBody.From(SoaAnswer.Build(root, body, status, received, clock.UtcNow, null, payload));
    }

    private static Status? WrongContext(XElement body, string? required) =>
        required is null || string.Equals(body.Element("legalContext")?.Value.Trim(), required, StringComparison.OrdinalIgnoreCase) ? null
            : StatusCatalog.NoResult(SoaStatusCodes.LegalContextRefused, Information.Of("legalContext", body.Element("legalContext")?.Value));
}
