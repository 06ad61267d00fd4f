using System.ServiceModel;
using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;
using CbssSimulator.Wire.CommonV3;

namespace CbssSimulator.Services.RetrieveTIGroups;

public static class RetrieveTIGroupsNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2";
    public const string Types = "http://kszbcss.fgov.be/types/RetrieveTIGroups/v2";
    public const string Rn = "http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema";
    public const string Action = "http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI";
    public const string Path = "/SOA4520/RetrieveTIGroupsService/v2/retrieveTI";
}

/// <summary>RetrieveTIGroups v2 ("Tx25"), as in contracts/soa/RetrieveTIGroups/RetrieveTIGroupsV2.wsdl. Vendors' WCF clients use the same interface.</summary>
[ServiceContract(Namespace = RetrieveTIGroupsNamespaces.Interface, Name = "RetrieveTIGroupsPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IRetrieveTIGroupsService
{
    [OperationContract(Name = "retrieveTI", Action = RetrieveTIGroupsNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "retrieveTIGroupsFault", Namespace = RetrieveTIGroupsNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<RetrieveTIGroupsResponseMessage> RetrieveTIAsync(RetrieveTIGroupsRequestMessage request);
}

[MessageContract(IsWrapped = false)]
public sealed class RetrieveTIGroupsRequestMessage
{
    [MessageBodyMember(Name = "retrieveTIGroupsRequest", Namespace = RetrieveTIGroupsNamespaces.Interface, Order = 0)]
    public RetrieveTIGroupsRequest? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class RetrieveTIGroupsResponseMessage
{
    [MessageBodyMember(Name = "retrieveTIGroupsResponse", Namespace = RetrieveTIGroupsNamespaces.Interface, Order = 0)]
    public RetrieveTIGroupsResponse? Body;
}

[XmlType("RetrieveTIGroupsRequestType", Namespace = RetrieveTIGroupsNamespaces.Types)]
public sealed class RetrieveTIGroupsRequest
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public InformationCustomer? InformationCustomer { get; set; }

    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public InformationCbss? InformationCbss { get; set; }

    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string? LegalContext { get; set; }

    [XmlElement("searchInformation", Form = XmlSchemaForm.Unqualified, Order = 3)]
    public SearchInformation? SearchInformation { get; set; }
}

[XmlType("SearchInformationType", Namespace = RetrieveTIGroupsNamespaces.Types)]
public sealed class SearchInformation
{
    [XmlElement("ssin", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string? Ssin { get; set; }

    [XmlElement("language", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string? Language { get; set; }

    [XmlElement("history", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string? History { get; set; }
}

[XmlType("RetrieveTIGroupsResponseType", Namespace = RetrieveTIGroupsNamespaces.Types)]
public sealed class RetrieveTIGroupsResponse
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public InformationCustomer? InformationCustomer { get; set; }

    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public InformationCbss? InformationCbss { get; set; }

    [XmlElement("legalContext", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string? LegalContext { get; set; }

    [XmlElement("searchInformation", Form = XmlSchemaForm.Unqualified, Order = 3)]
    public SearchInformation? SearchInformation { get; set; }

    [XmlElement("status", Form = XmlSchemaForm.Unqualified, Order = 4)]
    public Status? Status { get; set; }

    [XmlElement("rrn_it_implicit", Form = XmlSchemaForm.Unqualified, Order = 5)]
    public RrnItImplicit? RrnItImplicit { get; set; }
}

/// <summary>
/// The National Register groups (qualified, in the rn25 namespace, type FileInfoType). The simulator writes the text of
/// the groups <see cref="Tx25Groups"/> built straight into the reply (<see cref="Built"/>); a client reading a reply gets
/// them as <see cref="Groups"/>. Written by hand because XmlSerializer would take them only as XmlElement, a copy of
/// each group into a DOM document per call (docs/decisions.md, "One bounded parse").
/// </summary>
public sealed class RrnItImplicit : IXmlSerializable
{
    /// <summary>The groups, as a client reads them.</summary>
    public XmlElement[]? Groups { get; set; }

    /// <summary>The groups as the simulator built them: well-formed XML elements, each declaring its namespace.</summary>
    internal string? Built { get; init; }

    public XmlSchema? GetSchema() => null;

    public void ReadXml(XmlReader reader)
    {
        var document = new XmlDocument();
        var groups = new List<XmlElement>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            Groups = [];
            return;
        }

        reader.ReadStartElement();
        reader.MoveToContent();
        while (reader.NodeType is not XmlNodeType.EndElement and not XmlNodeType.None)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                groups.Add((XmlElement)document.ReadNode(reader)!);
            }
            else
            {
                reader.Skip();
            }

            reader.MoveToContent();
        }

        reader.ReadEndElement();
        Groups = [.. groups];
    }

    public void WriteXml(XmlWriter writer)
    {
        if (Built is not null)
        {
            writer.WriteRaw(Built);
        }

        foreach (var group in Groups ?? [])
        {
            group.WriteTo(writer);
        }
    }
}
