using System.Xml.Schema;
using System.Xml.Serialization;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>Namespaces of the BCSS "common v3" SOA style.</summary>
public static class CommonV3Namespaces
{
    public const string Common = "http://kszbcss.fgov.be/types/common/v3";
}

/// <summary>informationCustomer: echoed back verbatim (simple values kept as the client wrote them).</summary>
[XmlType("InformationCustomerType", Namespace = CommonV3Namespaces.Common)]
public sealed class InformationCustomer
{
    [XmlElement("ticket", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string? Ticket { get; set; }

    [XmlElement("timestampSent", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string? TimestampSent { get; set; }

    [XmlElement("customerIdentification", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public CustomerIdentification? CustomerIdentification { get; set; }
}

/// <summary>cbeNumber, or sector + institution.</summary>
[XmlType("OrganizationIdentificationType", Namespace = CommonV3Namespaces.Common)]
public sealed class CustomerIdentification
{
    [XmlElement("cbeNumber", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string? CbeNumber { get; set; }

    [XmlElement("sector", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string? Sector { get; set; }

    [XmlElement("institution", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string? Institution { get; set; }
}

[XmlType("InformationCBSSType", Namespace = CommonV3Namespaces.Common)]
public sealed class InformationCbss
{
    [XmlElement("ticketCBSS", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string TicketCbss { get; set; } = "";

    [XmlElement("timestampReceive", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string TimestampReceive { get; set; } = "";

    [XmlElement("timestampReply", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string TimestampReply { get; set; } = "";
}

[XmlType("StatusType", Namespace = CommonV3Namespaces.Common)]
public sealed class Status
{
    [XmlElement("value", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string Value { get; set; } = "";

    [XmlElement("code", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string Code { get; set; } = "";

    [XmlElement("description", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string? Description { get; set; }

    [XmlElement("information", Form = XmlSchemaForm.Unqualified, Order = 3)]
    public List<Information> Information { get; set; } = [];
}

[XmlType("InformationType", Namespace = CommonV3Namespaces.Common)]
public sealed class Information
{
    [XmlElement("fieldName", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string FieldName { get; set; } = "";

    [XmlElement("fieldValue", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string? FieldValue { get; set; }

    public static Information Of(string name, string? value) =>
        new() { FieldName = Cut(name, 64), FieldValue = value is null ? null : Cut(value, 256) };

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>CBSSFaultType: the SOAP fault detail of the SOA services.</summary>
[XmlType("CBSSFaultType", Namespace = CommonV3Namespaces.Common)]
public sealed class CbssFault
{
    [XmlElement("informationCustomer", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public InformationCustomer? InformationCustomer { get; set; }

    [XmlElement("informationCBSS", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public InformationCbss? InformationCbss { get; set; }

    [XmlElement("detail", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public List<FaultMessage> Detail { get; set; } = [];
}

[XmlType("MessageType", Namespace = CommonV3Namespaces.Common)]
public sealed class FaultMessage
{
    [XmlElement("severity", Form = XmlSchemaForm.Unqualified, Order = 0)]
    public string Severity { get; set; } = "FATAL";

    [XmlElement("reasonCode", Form = XmlSchemaForm.Unqualified, Order = 1)]
    public string ReasonCode { get; set; } = "";

    [XmlElement("diagnostic", Form = XmlSchemaForm.Unqualified, Order = 2)]
    public string Diagnostic { get; set; } = "";

    [XmlElement("authorCode", Form = XmlSchemaForm.Unqualified, Order = 3)]
    public string AuthorCode { get; set; } = StatusCatalog.AuthorCode;

    [XmlElement("information", Form = XmlSchemaForm.Unqualified, Order = 4)]
    public List<Information> Information { get; set; } = [];
}
