using System.Xml.Linq;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;

namespace CbssSimulator.Services.RetrieveTIGroups;

/// <summary>The gate's view of Tx25: path, SOAPAction, schemas, and the in-band answer to a content failure (NO_RESULT / MSG00008).</summary>
public static class RetrieveTIGroupsEndpoint
{
    private static readonly XNamespace Intf = RetrieveTIGroupsNamespaces.Interface;

    public static SoapEndpoint Create(ContractSchemas schemas) => new()
    {
        Path = RetrieveTIGroupsNamespaces.Path,
        Service = "RetrieveTIGroups",
        ContractFolder = "soa/RetrieveTIGroups",
        WsdlFile = "RetrieveTIGroupsV2.wsdl",
        Operations = [new SoapOperation("retrieveTI", RetrieveTIGroupsNamespaces.Action, Intf + "retrieveTIGroupsRequest")],
        Schemas = schemas.Load("soa/RetrieveTIGroups/RetrieveTIGroupsServiceV2.xsd"),
        ContentFailureAnswer = InBand,
        FaultElement = Intf + "retrieveTIGroupsFault",
        TechnicalError = (_, now) => new TechnicalAnswer(null, StatusCatalog.Fault(Intf + "retrieveTIGroupsFault", SoaStatusCodes.InternalError,
            "An error occurred while servicing your request.", null, SoaCall.Cbss(now, now), client: false)),
        ContentFailureFault = (_, issues, now) => StatusCatalog.Fault(Intf + "retrieveTIGroupsFault", SoaStatusCodes.ValidationError,
            "A validation error occurred.", null, SoaCall.Cbss(now, now), client: true,
            Information.Of(issues[0].Missing ?? issues[0].Field, issues[0].Missing is null ? issues[0].Value ?? issues[0].Message : "missing")),
    };

    /// <summary>Optional echoed elements left out of the in-band answer when they are what failed.</summary>
    private static readonly HashSet<string> Droppable = ["history", "language", "ticket", "timestampSent"];

    /// <summary>
    /// Echoes the request's parts with status NO_RESULT / MSG00008 naming the field, leaving out an optional element
    /// that failed; the gate checks the answer is itself valid, else answers a fault (docs/decisions.md, "Faults or in-band answers").
    /// </summary>
    private static XElement? InBand(XElement original, IReadOnlyList<SchemaIssue> issues, DateTimeOffset at)
    {
        var request = new XElement(original);
        foreach (var bad in request.Descendants().Where(e => !e.HasElements && Droppable.Contains(e.Name.LocalName)
            && issues.Any(i => i.Field == e.Name.LocalName)).ToList())
        {
            bad.Remove();
        }

        var search = request.Element("searchInformation");
        if (search is null)
        {
            return null;
        }

        var now = SoaCall.Timestamp(at);
        var issue = issues[0];
        return new XElement(Intf + "retrieveTIGroupsResponse",
            new XAttribute(XNamespace.Xmlns + "ns2", Intf.NamespaceName),
            request.Element("informationCustomer"),
            new XElement("informationCBSS", new XElement("ticketCBSS", TicketCbss.New()), new XElement("timestampReceive", now), new XElement("timestampReply", now)),
            new XElement("legalContext", request.Element("legalContext")?.Value ?? ""),
            search,
            new XElement("status", new XElement("value", SoaStatusCodes.ValidationError.Value), new XElement("code", SoaStatusCodes.ValidationError.Code),
                new XElement("description", SoaStatusCodes.ValidationError.Description),
                new XElement("information", new XElement("fieldName", Cut(issue.Missing ?? issue.Field, 64)),
                    new XElement("fieldValue", Cut(issue.Missing is null ? issue.Value ?? issue.Message : "missing", 256)))));
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
