using System.Security;

namespace CbssSimulator.Tests.Support;

/// <summary>Requests written the way real CPAS products send them (Lino Welfare, a PHP client).</summary>
public static class Envelopes
{
    public const string Cbe = "0212344876"; // CPAS Eupen, the number in real BCSS replies

    public static string SendXml(string ssdnRequest, bool cdata = true) => $"""
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
        <soapenv:Header/>
        <soapenv:Body>
        <wsc:xmlString xmlns:wsc="http://ksz-bcss.fgov.be/connectors/WebServiceConnector">{(cdata ? $"<![CDATA[{ssdnRequest}]]>" : SecurityElement.Escape(ssdnRequest))}</wsc:xmlString>
        </soapenv:Body>
        </soapenv:Envelope>
        """;

    public static string Ssdn(string serviceId, string body, string cbe = Cbe, string matrix = "17", string sub = "1", string version = "20050930",
        bool declaration = true, string? extraMessage = null) => $"""
        {(declaration ? "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>" : "")}
        <ssdn:SSDNRequest xmlns:ssdn="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service">
          <ssdn:RequestContext>
            <ssdn:AuthorizedUser>
              <ssdn:UserID>00901234567</ssdn:UserID>
              <ssdn:Email>info@cpas.example.be</ssdn:Email>
              <ssdn:OrgUnit>{cbe}</ssdn:OrgUnit>
              <ssdn:MatrixID>{matrix}</ssdn:MatrixID>
              <ssdn:MatrixSubID>{sub}</ssdn:MatrixSubID>
            </ssdn:AuthorizedUser>
            <ssdn:Message>
              <ssdn:Reference>Test # 1</ssdn:Reference>
              <ssdn:TimeRequest>20261123T101010</ssdn:TimeRequest>{extraMessage}
            </ssdn:Message>
          </ssdn:RequestContext>
          <ssdn:ServiceRequest>
            <ssdn:ServiceId>{serviceId}</ssdn:ServiceId>
            <ssdn:Version>{version}</ssdn:Version>
            {body}
          </ssdn:ServiceRequest>
        </ssdn:SSDNRequest>
        """;

    public const string IpNs = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson";

    public static string IdentifyBySsin(string ssin, string? verification = null, string? phonetic = null) => $"""
        <ip:IdentifyPersonRequest xmlns:ip="{IpNs}">
          <ip:SearchCriteria><ip:SSIN>{ssin}</ip:SSIN>{phonetic}</ip:SearchCriteria>{verification}
        </ip:IdentifyPersonRequest>
        """;

    public static string Phonetic(string? lastName, string birthDate, string? firstName = null, int? tolerance = null, int? maximum = null, int? gender = null) =>
        "<ip:PhoneticCriteria>"
        + (lastName is null ? "" : $"<ip:LastName>{SecurityElement.Escape(lastName)}</ip:LastName>")
        + (firstName is null ? "" : $"<ip:FirstName>{SecurityElement.Escape(firstName)}</ip:FirstName>")
        + $"<ip:BirthDate>{birthDate}</ip:BirthDate>"
        + (gender is null ? "" : $"<ip:Gender>{gender}</ip:Gender>")
        + (tolerance is null ? "" : $"<ip:Tolerance>{tolerance}</ip:Tolerance>")
        + (maximum is null ? "" : $"<ip:Maximum>{maximum}</ip:Maximum>")
        + "</ip:PhoneticCriteria>";

    public static string IdentifyPhonetic(string phonetic) => $"""
        <ip:IdentifyPersonRequest xmlns:ip="{IpNs}"><ip:SearchCriteria>{phonetic}</ip:SearchCriteria></ip:IdentifyPersonRequest>
        """;

    public static string PersonData(string lastName, string birthDate, string? firstName = null) =>
        $"<ip:VerificationData><ip:PersonData><ip:LastName>{SecurityElement.Escape(lastName)}</ip:LastName>"
        + (firstName is null ? "" : $"<ip:FirstName>{SecurityElement.Escape(firstName)}</ip:FirstName>")
        + $"<ip:BirthDate>{birthDate}</ip:BirthDate></ip:PersonData></ip:VerificationData>";

    /// <summary>A ManageAccess request; a LIST without <paramref name="proof"/> proves the person with the registry's name and birth date.</summary>
    public static string ManageAccess(string ssin, string action, int? purpose, string start, string? end = null, string? proof = null,
        string? queryRegister = "ALL", string? sector = "17") => $"""
        <ma:ManageAccessRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
          <ma:SSIN>{ssin}</ma:SSIN>{(purpose is null ? "" : $"<ma:Purpose>{purpose}</ma:Purpose>")}
          <ma:Period><common:StartDate>{start}</common:StartDate>{(end is null ? "" : $"<common:EndDate>{end}</common:EndDate>")}</ma:Period>
          <ma:Action>{action}</ma:Action>{(sector is null ? "" : $"<ma:Sector>{sector}</ma:Sector>")}{(queryRegister is null ? "" : $"<ma:QueryRegister>{queryRegister}</ma:QueryRegister>")}
          <ma:ProofOfAuthentication>{proof ?? (action == "LIST" ? ProofOf(ssin) : "")}</ma:ProofOfAuthentication>
        </ma:ManageAccessRequest>
        """;

    /// <summary>The proof a CPAS product sends for a person of the shared registry: name and birth date ("" for a person it lacks).</summary>
    public static string ProofOf(string ssin) => TestRegistry.People.Find(ssin) is { } p ? ProofByPersonData(p.LastName, p.BirthDate) : "";

    public static string ProofByPersonData(string lastName, string birthDate, string? firstName = null) =>
        $"<ma:PersonData><ma:LastName>{SecurityElement.Escape(lastName)}</ma:LastName>"
        + (firstName is null ? "" : $"<ma:FirstName>{SecurityElement.Escape(firstName)}</ma:FirstName>")
        + $"<ma:BirthDate>{birthDate}</ma:BirthDate></ma:PersonData>";

    public static string Tx25(string ssin, string cbe, bool history = false, string legalContext = "PCSA:SOCIAL_INQUIRY", string language = "fr") => $"""
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
        <soapenv:Header/>
        <soapenv:Body>
          <tx:retrieveTIGroupsRequest xmlns:tx="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2">
            <informationCustomer>
              <ticket>RetrieveTIGroupsRequest-17</ticket>
              <timestampSent>2026-11-23T10:10:10.000+01:00</timestampSent>
              <customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification>
            </informationCustomer>
            <legalContext>{legalContext}</legalContext>
            <searchInformation><ssin>{ssin}</ssin><language>{language}</language><history>{(history ? "true" : "false")}</history></searchInformation>
          </tx:retrieveTIGroupsRequest>
        </soapenv:Body>
        </soapenv:Envelope>
        """;
}
