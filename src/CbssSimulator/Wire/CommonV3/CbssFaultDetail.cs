using System.Xml.Linq;
using CbssSimulator.Soap;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The detail of a fault in the CBSS shape of the first SOA generation (docs/decisions.md, "The connector's and
/// TestConnection's faults carry a CBSS detail"): <c>informationCBSS</c> (ticket and times) and one <c>error</c> —
/// FATAL, MSG00003 "Unexpected internal error occurred" for a Server fault, MSG00008 "A validation error occurred." with
/// the fault's reason as information for a Client fault, and the BCSS author code.
/// </summary>
public static class CbssFaultDetail
{
    /// <summary>The detail element <paramref name="element"/>, its children in <paramref name="children"/> ("" = unqualified).</summary>
    public static XElement Of(XName element, XNamespace children, SoapFault fault, DateTimeOffset now)
    {
        bool client = fault.Code == "Client";
        var code = client ? SoaStatusCodes.ValidationError : SoaStatusCodes.InternalError;
        XElement C(string name, params object?[] content) => new(children + name, content);
        return new XElement(element,
            C("informationCBSS", C("ticketCBSS", Guid.NewGuid().ToString()), C("timestampReceive", SoaCall.Timestamp(now)), C("timestampReply", SoaCall.Timestamp(now))),
            C("error", C("severity", "FATAL"), C("reasonCode", code.Code), C("diagnostic", code.Description), C("authorCode", StatusCatalog.AuthorCode),
                client ? C("information", C("fieldName", "faultstring"), C("fieldValue", fault.Reason.Length <= 256 ? fault.Reason : fault.Reason[..256])) : null));
    }
}
