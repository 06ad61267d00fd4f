using System.Xml.Linq;
using CbssSimulator.Tls;
using CbssSimulator.Wire.CommonV3;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Soap;

/// <summary>
/// In client-certificate mode (docs/tls.md; docs/decisions.md, "TLS and metrics"), the organisation a call's
/// certificate names must be the CPAS the request names: SSDN <c>AuthorizedUser/OrgUnit</c>, SOA
/// <c>informationCustomer/customerIdentification/cbeNumber</c>. The chain was checked in the TLS handshake; here: a SOAP
/// call without a certificate is a 403 SOAP Client fault, a mismatch the refusal of the endpoint (SSDN: in-band reason
/// 30000014; SOA: a CBSSFault MSG00013). A request that names no CPAS (TestConnection, the eHealth MediPrima
/// services) needs only the certificate. The gate asks only when <see cref="Enabled"/>.
/// </summary>
public sealed class ClientCertificateGate(IOptions<TlsOptions> options, IOptions<SoapHostOptions> soap)
{
    public bool Enabled { get; } = options.Value.ChecksClients;

    /// <summary>Answers the refusal and returns true when the call may not go on; false when it may.</summary>
    public async Task<bool> RefuseAsync(HttpContext context, SoapEndpoint endpoint, XElement content, CallContext call, DateTimeOffset now)
    {
        var certificate = context.Connection.ClientCertificate;
        if (certificate is null)
        {
            call.Outcome = "refused: no client certificate";
            call.Code = "fault Client";
            await SoapFaultWriter.WriteAsync(context, SoapFault.Client(
                "A client certificate is required: connect over https:// with the certificate of your organisation (the simulator runs with --client-certificates).", 403));
            return true;
        }

        string? named = CertificateOrganisation.Cbe(certificate);
        string? asked = endpoint.Caller is { } caller ? caller(content, soap.Value.Limits) : Caller(content);
        if (asked is null || (named is not null && CertificateOrganisation.Number(asked) == named))
        {
            return false;
        }

        call.Cpas = asked;
        call.Outcome = $"refused: the client certificate names {named ?? "no organisation"}, the request {asked}";
        var refusal = endpoint.CertificateRefusal?.Invoke(content, named, asked, now) ?? SoaRefusal(endpoint, content, named, asked, now);
        call.Code = refusal.Code;
        if (refusal.Answer.Fault is { } fault)
        {
            await SoapFaultWriter.WriteAsync(context, fault);
        }
        else
        {
            await SoapEnvelope.WriteAsync(context, refusal.Answer.Body!, 200);
        }

        return true;
    }

    /// <summary>The CPAS of a CommonV3 request: <c>informationCustomer/customerIdentification/cbeNumber</c>, or null.</summary>
    private static string? Caller(XElement content) =>
        content.Element("informationCustomer")?.Element("customerIdentification")?.Element("cbeNumber")?.Value.Trim();

    /// <summary>
    /// A SOA refusal: the CBSSFault of the endpoint with FATAL MSG00013 "Access to this operation is not allowed with the
    /// given legalcontext and credentials", naming the request's cbeNumber and the certificate's organisation.
    /// </summary>
    private static CallerRefusal SoaRefusal(SoapEndpoint endpoint, XElement content, string? named, string asked, DateTimeOffset now)
    {
        var code = SoaStatusCodes.LegalContextRefused;
        Information[] info = [Information.Of("cbeNumber", asked), Information.Of("certificate", named ?? "no CBE number in the subject")];
        return new CallerRefusal(new TechnicalAnswer(null, endpoint.FaultElement is { } element
            ? StatusCatalog.Fault(element, code, code.Description, SoaAnswer.Customer(content), SoaCall.Cbss(now, now), client: true, info)
            : SoapFault.Client($"{code.Code}: {code.Description}", 500)), code.Code);
    }
}
