using System.Collections.Concurrent;
using System.Xml.Linq;
using System.Xml.Serialization;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.CommonV3;

/// <summary>
/// The KSZ/BCSS status codes of the SOA services (MAGDA list and captured replies; bcss-interfaces.md §6) and the
/// helpers that build statuses and CBSSFaultType faults.
/// </summary>
public static class StatusCatalog
{
    public const string AuthorCode = "http://www.bcss.fgov.be/en/international/home/index.html";

    public static Status DataFound() => new() { Value = "DATA_FOUND", Code = "MSG00000", Description = "Treatment completed successfully." };

    public static Status NoResult(string code, params Information[] info) => new()
    {
        Value = code is "MSG00009" or "MSG00100" ? "NO_DATA_FOUND" : "NO_RESULT",
        Code = code,
        Description = Describe(code),
        Information = [.. info],
    };

    public static string Describe(string code) => code switch
    {
        "MSG00000" => "Treatment completed successfully.",
        "MSG00003" => "Unexpected internal error occurred",
        "MSG00005" => "The given SSIN does not exist.",
        "MSG00006" => "The given SSIN has been replaced.",
        "MSG00008" => "A validation error occurred.",
        "MSG00009" => "The person is deceased.",
        "MSG00011" => "The structure of the given SSIN is invalid.",
        "MSG00012" => "The SSIN is not sufficiently integrated for your organization.",
        "MSG00013" => "Access to this operation is not allowed with the given legalcontext and credentials.",
        "MSG00100" => "Treatment successful, but no data found at the supplier.",
        _ => "Unknown status.",
    };

    private static readonly ConcurrentDictionary<XName, XmlSerializer> Serializers = new();

    /// <summary>A SOAP fault whose detail is a CBSSFaultType element named <paramref name="faultElement"/>, written with XmlSerializer.</summary>
    public static SoapFault Fault(XName faultElement, string code, string faultString, InformationCustomer? customer,
        InformationCbss cbss, bool client, params Information[] info)
    {
        var detail = new CbssFault
        {
            InformationCustomer = customer,
            InformationCbss = cbss,
            Detail = [new FaultMessage { Severity = "FATAL", ReasonCode = code, Diagnostic = Describe(code), Information = [.. info] }],
        };
        var serializer = Serializers.GetOrAdd(faultElement, n =>
            new XmlSerializer(typeof(CbssFault), new XmlRootAttribute(n.LocalName) { Namespace = n.NamespaceName }));
        var doc = new XDocument();
        using (var writer = doc.CreateWriter())
        {
            var ns = new XmlSerializerNamespaces();
            ns.Add("ns2", faultElement.NamespaceName);
            serializer.Serialize(writer, detail, ns);
        }

        return client ? SoapFault.Client(faultString, 500, doc.Root) : SoapFault.Server(faultString, doc.Root);
    }
}
