using CbssSimulator.Clock;
using CbssSimulator.Hosting;
using CbssSimulator.Registry;

namespace CbssSimulator.Catalogue;

/// <summary>A ready-to-send request: where to POST it, with which SOAPAction, and the whole envelope.</summary>
public sealed record ExampleRequest(string Service, string Operation, string Path, string SoapAction, string Envelope, string? Url = null);

/// <summary>
/// Builds an example request for every served operation, filled with a given SSIN and CPAS (defaults: the anchor person
/// 85073003328 and CPAS Eupen 0212344876, or the first CPAS of the region a row requires) and the registry's data, so that what a vendor pastes is accepted as is. The body
/// is written by the operation's module; an SSDN body is put in its SSDNRequest and sendXML's xmlString here.
/// </summary>
public sealed class ExampleRequests(PersonStore persons, SimulatorClock clock, CpasStore? cpas = null)
{
    public const string DefaultSsin = "85073003328";
    public const string DefaultCbe = "0212344876";

    /// <summary>
    /// The example as the sandbox serves it: its path under <c>/sandboxes/{name}</c> (the root paths for the default
    /// sandbox) and the full URL as the request reached the simulator.
    /// </summary>
    public static ExampleRequest ForSandbox(ExampleRequest example, Sandboxes.Sandbox sandbox, HttpRequest request)
    {
        string path = (sandbox.Name == Sandboxes.SandboxRegistry.DefaultName ? "" : $"/sandboxes/{sandbox.Name}") + example.Path;
        return example with { Path = path, Url = $"{request.Scheme}://{request.Host}{path}" };
    }

    public ExampleRequest? Build(CatalogueEntry entry, string? ssin, string? cbe)
    {
        if (!entry.Served)
        {
            return null;
        }

        // A row open to one region's CPAS only (Vesta, KBI) is written for the first CPAS of that region, not Eupen.
        cbe ??= entry.Control.Region is { } region ? cpas?.All().Where(c => c.Region == region).Select(c => c.Cbe).Order(StringComparer.Ordinal).FirstOrDefault() : null;
        var context = new ExampleContext(ssin ?? DefaultSsin, cbe ?? DefaultCbe, persons, clock);
        string body = ServiceModules.Operations[(entry.Service, entry.Operation)].Example(context);
        if (entry.Style == TransportStyle.Ssdn)
        {
            body = Ssdn(context.Cbe, entry, body);
        }

        string envelope = $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
              <soapenv:Header/>
              <soapenv:Body>
            {body}
              </soapenv:Body>
            </soapenv:Envelope>
            """;
        return new ExampleRequest(entry.Service, entry.Operation, entry.Path!, entry.SoapAction!, envelope);
    }

    private string Ssdn(string cbe, CatalogueEntry entry, string serviceBody)
    {
        string ssdn = $"""
            <ssdn:SSDNRequest xmlns:ssdn="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service">
              <ssdn:RequestContext>
                <ssdn:AuthorizedUser>
                  <ssdn:UserID>00901234567</ssdn:UserID>
                  <ssdn:Email>info@cpas.example.be</ssdn:Email>
                  <ssdn:OrgUnit>{cbe}</ssdn:OrgUnit>
                  <ssdn:MatrixID>17</ssdn:MatrixID>
                  <ssdn:MatrixSubID>1</ssdn:MatrixSubID>
                </ssdn:AuthorizedUser>
                <ssdn:Message>
                  <ssdn:Reference>example-{entry.Operation}</ssdn:Reference>
                  <ssdn:TimeRequest>{clock.UtcNow.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}</ssdn:TimeRequest>
                </ssdn:Message>
              </ssdn:RequestContext>
              <ssdn:ServiceRequest>
                <ssdn:ServiceId>{entry.ServiceId}</ssdn:ServiceId>
                <ssdn:Version>{entry.Version}</ssdn:Version>
            {serviceBody}
              </ssdn:ServiceRequest>
            </ssdn:SSDNRequest>
            """;
        return $"<wsc:xmlString xmlns:wsc=\"http://ksz-bcss.fgov.be/connectors/WebServiceConnector\"><![CDATA[{ssdn}]]></wsc:xmlString>";
    }
}
