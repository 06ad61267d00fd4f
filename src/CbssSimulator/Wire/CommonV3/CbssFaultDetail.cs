using System.Xml.Linq;
using CbssSimulator.Soap;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The detail the SSDN connector and TestConnection give their faults (docs/decisions.md, "The connector's and
/// TestConnection's faults carry a CBSS detail"): a CommonV3 CBSSFaultType — <c>informationCBSS</c> (ticket and times)
/// and one <c>detail</c>: FATAL, MSG00003 "Unexpected internal error occurred" for a Server fault, MSG00008 "A
/// validation error occurred." with the fault's reason as information for a Client fault, and the BCSS author code.
/// </summary>
public static class CbssFaultDetail
{
    /// <summary>The detail element <paramref name="element"/> for <paramref name="fault"/>, at the simulated time given.</summary>
    public static XElement Of(XName element, SoapFault fault, DateTimeOffset now)
    {
        bool client = fault.Code == "Client";
        Information[] info = client ? [Information.Of("faultstring", fault.Reason)] : [];
        return StatusCatalog.Fault(element, client ? SoaStatusCodes.ValidationError : SoaStatusCodes.InternalError, fault.Reason, null,
            SoaCall.Cbss(now, now), client, info).Detail!;
    }
}
