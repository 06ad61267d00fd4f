using System.Collections.Concurrent;
using System.Xml.Linq;
using System.Xml.Serialization;
using CbssSimulator.Soap;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The helpers that build SOA statuses and CBSSFaultType faults from the status codes of <see cref="SoaStatusCodes"/>.
/// </summary>
public static class StatusCatalog
{
    public const string AuthorCode = "http://www.bcss.fgov.be/en/international/home/index.html";

    public static Status DataFound() => new()
    {
        Value = SoaStatusCodes.DataFound.Value, Code = SoaStatusCodes.DataFound.Code, Description = SoaStatusCodes.DataFound.Description,
    };

    public static Status NoResult(SoaStatusCode code, params Information[] info) => new()
    {
        Value = code.Value,
        Code = code.Code,
        Description = code.Description,
        Information = [.. info],
    };

    private static readonly ConcurrentDictionary<XName, XmlSerializer> Serializers = new();

    /// <summary>A SOAP fault whose detail is a CBSSFaultType element named <paramref name="faultElement"/>, written with XmlSerializer.</summary>
    public static SoapFault Fault(XName faultElement, SoaStatusCode code, string faultString, InformationCustomer? customer,
        InformationCbss cbss, bool client, params Information[] info)
    {
        var detail = new CbssFault
        {
            InformationCustomer = customer,
            InformationCbss = cbss,
            Detail = [new FaultMessage { Severity = "FATAL", ReasonCode = code.Code, Diagnostic = code.Description, Information = [.. info] }],
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
