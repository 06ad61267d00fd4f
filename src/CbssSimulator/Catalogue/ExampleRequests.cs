using CbssSimulator.Clock;
using CbssSimulator.Registry;
using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Services.TestConnection;

namespace CbssSimulator.Catalogue;

/// <summary>A ready-to-send request: where to POST it, with which SOAPAction, and the whole envelope.</summary>
public sealed record ExampleRequest(string Service, string Operation, string Path, string SoapAction, string Envelope);

/// <summary>
/// Builds an example request for every served operation, filled with a given SSIN and CPAS (defaults: the anchor person
/// 85073003328 and CPAS Eupen 0212344876) and the registry's data, so that what a vendor pastes is accepted as is.
/// </summary>
public sealed partial class ExampleRequests(PersonStore persons, SimulatorClock clock)
{
    public const string DefaultSsin = "85073003328";
    public const string DefaultCbe = "0212344876";

    public ExampleRequest? Build(CatalogueEntry entry, string? ssin, string? cbe)
    {
        if (!entry.Served)
        {
            return null;
        }

        ssin ??= DefaultSsin;
        cbe ??= DefaultCbe;
        var person = persons.Find(ssin);
        string today = clock.Today.ToString("yyyy-MM-dd");
        string body = (entry.Service, entry.Operation) switch
        {
            ("OCMWCPASIdentifyPerson", _) => Ssdn(cbe, entry, $"""
                <ip:IdentifyPersonRequest xmlns:ip="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson">
                  <ip:SearchCriteria><ip:SSIN>{ssin}</ip:SSIN></ip:SearchCriteria>
                </ip:IdentifyPersonRequest>
                """),
            ("OCMWCPASManageAccess", var action) => Ssdn(cbe, entry, $"""
                <ma:ManageAccessRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
                  <ma:SSIN>{ssin}</ma:SSIN>
                  <ma:Purpose>1</ma:Purpose>
                  <ma:Period><common:StartDate>{today}</common:StartDate></ma:Period>
                  <ma:Action>{action}</ma:Action>
                  <ma:Sector>17</ma:Sector>
                  <ma:QueryRegister>ALL</ma:QueryRegister>
                  <ma:ProofOfAuthentication>
                    <ma:PersonData><ma:LastName>{Escape(person?.LastName ?? "UNKNOWN")}</ma:LastName><ma:BirthDate>{person?.BirthDate ?? "1900-01-01"}</ma:BirthDate></ma:PersonData>
                  </ma:ProofOfAuthentication>
                </ma:ManageAccessRequest>
                """),
            ("OCMWCPASPerformInvestigation", _) => Ssdn(cbe, entry, $"""
                <pi:PerformInvestigationRequest xmlns:pi="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation">
                  <pi:SocialSecurityUser>{ssin}</pi:SocialSecurityUser>
                  <pi:DataGroups><pi:FamilyCompositionGroup>true</pi:FamilyCompositionGroup><pi:CitizenGroup>true</pi:CitizenGroup><pi:AddressHistoryGroup>true</pi:AddressHistoryGroup><pi:WaitRegisterGroup>true</pi:WaitRegisterGroup></pi:DataGroups>
                </pi:PerformInvestigationRequest>
                """),
            ("ManagePerson", _) => Ssdn(cbe, entry, """
                <mp:createKSZCitizenRequest xmlns:mp="http://www.ksz-bcss.fgov.be/XSD/SSDN/ManagePerson">
                  <mp:LastName>Voorbeeld</mp:LastName><mp:FirstName>Bram</mp:FirstName><mp:BirthDate>1988-00-00</mp:BirthDate><mp:Gender>1</mp:Gender>
                  <mp:Nationality>129</mp:Nationality><mp:Address><mp:PostalCode>1000</mp:PostalCode><mp:Street>Rue Neuve</mp:Street><mp:HouseNumber>2</mp:HouseNumber></mp:Address>
                  <mp:ForceRegistration>true</mp:ForceRegistration>
                </mp:createKSZCitizenRequest>
                """),
            ("OCMWCPASPensionRegisterConsult", _) => Ssdn(cbe, entry, $"""
                <pr:Penskad_OpenPK_ConsultRequest xmlns:pr="http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
                  <pr:TargetSSIN>{ssin}</pr:TargetSSIN>
                  <pr:Period><common:StartDate>{clock.Today.AddYears(-1):yyyy-MM-dd}</common:StartDate><common:EndDate>{today}</common:EndDate></pr:Period>
                  <pr:Language>fr</pr:Language>
                </pr:Penskad_OpenPK_ConsultRequest>
                """),
            ("ReferenceManager", _) => Ssdn(cbe, entry, $"""
                <rm:ReferenceManagerRequest xmlns:rm="http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
                  <rm:ConsultOtherSectorsCriteria>
                    <rm:QualityCodeRequestor>1</rm:QualityCodeRequestor>
                    <rm:RequestedSsin>{ssin}</rm:RequestedSsin>
                    <rm:IntegratedPeriod><common:StartDate>{today}</common:StartDate></rm:IntegratedPeriod>
                    <rm:FetchDescriptions>true</rm:FetchDescriptions>
                  </rm:ConsultOtherSectorsCriteria>
                </rm:ReferenceManagerRequest>
                """),
            _ when SppisBody(entry, ssin, cbe, today) is { } sppis => Ssdn(cbe, entry, sppis),
            ("RetrieveTIGroups", _) => $"""
                <tx:retrieveTIGroupsRequest xmlns:tx="{RetrieveTIGroupsNamespaces.Interface}">
                  <informationCustomer>
                    <ticket>example-1</ticket>
                    <timestampSent>{clock.UtcNow.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</timestampSent>
                    <customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification>
                  </informationCustomer>
                  <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
                  <searchInformation><ssin>{ssin}</ssin><language>fr</language><history>false</history></searchInformation>
                </tx:retrieveTIGroupsRequest>
                """,
            ("BisPersonService", "registerPerson") => $"""
                <bis:registerPersonRequest xmlns:bis="{Services.BisPerson.BisPersonNamespaces.Interface}">
                  {Customer(cbe)}
                  <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
                  <person>
                    <lastName>Voorbeeld</lastName><firstName>Anna</firstName><birthDate>1990-00-00</birthDate><gender>2</gender>
                    <nationality>129</nationality><birthPlace><countryCode>129</countryCode><description>Rotterdam</description></birthPlace>
                    <address><postalCode>1000</postalCode><street>Rue Neuve</street><houseNumber>1</houseNumber></address>
                  </person>
                  <forceRegistration>true</forceRegistration>
                </bis:registerPersonRequest>
                """,
            ("BisPersonService", "replaceSSIN") => $"""
                <bis:replaceSSINRequest xmlns:bis="{Services.BisPerson.BisPersonNamespaces.Interface}">
                  {Customer(cbe)}
                  <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
                  <oldSsin>{ssin}</oldSsin>
                  <newSsin>{DefaultSsin}</newSsin>
                </bis:replaceSSINRequest>
                """,
            ("PersonServiceV4", "searchPersonBySsin") => Modelled(Services.PersonService.PersonServiceNamespaces.Interface, "searchPersonBySsinRequest", cbe,
                $"<criteria><ssin>{ssin}</ssin></criteria>"),
            ("PersonServiceV4", "searchPersonPhonetically") => Modelled(Services.PersonService.PersonServiceNamespaces.Interface, "searchPersonPhoneticallyRequest", cbe,
                $"<criteria><lastName>{Escape(person?.LastName ?? "DE WACHTER")}</lastName><birthDate>{person?.BirthDate ?? "1985-07-30"}</birthDate><tolerance>0</tolerance></criteria>"),
            ("FamilyCompositionService", _) => Modelled(Services.FamilyComposition.FamilyCompositionNamespaces.Interface, "getFamilyCompositionRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("PersonHistory", _) => Modelled(Services.PersonHistory.PersonHistoryNamespaces.Interface, "getHistoryRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("SSINInformationService", _) => Modelled(Services.SsinInformation.SsinInformationNamespaces.Interface, "getSsinHistoryRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("NRPPersonService", _) => Modelled(Services.NrpPerson.NrpPersonNamespaces.Interface, "findByAddressRequest", cbe,
                persons.CurrentAddress(ssin) is { } a
                    ? $"<address><postalCode>{a.PostalCode}</postalCode><street>{Escape(a.Street)}</street><houseNumber>{Escape(a.HouseNumber)}</houseNumber></address>"
                    : "<address><postalCode>4700</postalCode><street>Aachener Straße</street><houseNumber>12</houseNumber></address>"),
            ("Dolsis", "findEmployersByWorker") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "findEmployersByWorkerRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("Dolsis", "getEmploymentDetail") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "getEmploymentDetailRequest", cbe,
                $"<ssin>{ssin}</ssin><employer>0400000086</employer><beginQuarter>{clock.Today.Year - 1}Q1</beginQuarter><endQuarter>{clock.Today.Year - 1}Q4</endQuarter>"),
            ("Dolsis", "getEmployerDetail") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "getEmployerDetailRequest", cbe, "<employer>0400000086</employer>"),
            ("Dolsis", "findPostedWorkers") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "findPostedWorkersRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("Dolsis", "getPostedWorkerDetail") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "getPostedWorkerDetailRequest", cbe, $"<ssin>{ssin}</ssin><limosaId>L00000000</limosaId>"),
            ("Dolsis", "findPostingDocumentDetail") => Modelled(Services.Dolsis.DolsisNamespaces.Interface, "findPostingDocumentDetailRequest", cbe, $"<ssin>{ssin}</ssin><limosaId>L00000000</limosaId>"),
            ("TaxAssessmentData", _) => Modelled(Services.TaxAssessment.TaxAssessmentNamespaces.Interface, "consultTaxAssessmentRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("SelfEmployedV2", _) => Modelled(Services.SelfEmployed.SelfEmployedNamespaces.Interface, "consultSelfEmployedCareerRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("UnemploymentDataService", _) => Modelled(Services.Unemployment.UnemploymentNamespaces.Interface, "consultUnemploymentDataRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("HealthCareInsurance", _) => Modelled(Services.HealthCare.HealthCareNamespaces.Interface, "consultHealthCareInsuranceRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("ChildBenefits", _) => Modelled(Services.ChildBenefits.ChildBenefitsNamespaces.Interface, "consultChildBenefitsRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("PatrimonyService", _) => Modelled(Services.Patrimony.PatrimonyNamespaces.Interface, "consultPatrimonyRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("HandiService", _) => Modelled(Services.Handi.HandiNamespaces.Interface, "consultHandiRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("SocialRateInvestigation", _) => Modelled(Services.SocialRate.SocialRateNamespaces.Interface, "consultSocialRateRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("Jobseeker", _) => Modelled(Services.Jobseeker.JobseekerNamespaces.Interface, "consultJobseekerRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("ConsultAttest", _) => Modelled(Services.ConsultAttest.ConsultAttestNamespaces.Interface, "consultIncapacityRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("QualificationCertificateService", _) => Modelled(Services.Qualification.QualificationNamespaces.Interface, "consultQualificationsRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("LivingWages", _) => Modelled(Services.Sppis.LivingWagesNamespaces.Interface, "consultLivingWagesPeriodsRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("ElectronicSocialReport", "askSocialAssistanceData") => Modelled(Services.SocialReport.SocialReportNamespaces.Interface, "askSocialAssistanceDataRequest", cbe, $"<ssin>{ssin}</ssin>"),
            ("ElectronicSocialReport", "sendSocialAssistanceData") => Modelled(Services.SocialReport.SocialReportNamespaces.Interface, "sendSocialAssistanceDataRequest", cbe,
                $"<ssin>{ssin}</ssin><requestId>ESR0000000001</requestId><socialReport><summary>Suivi depuis 2025.</summary><aid><kind>INTEGRATION_INCOME</kind><period><beginDate>{today}</beginDate></period></aid></socialReport>"),
            ("ElectronicSocialReport", _) => Modelled(Services.SocialReport.SocialReportNamespaces.Interface, "listSocialAssistanceRequestsRequest", cbe, ""),
            ("PCSAAlertReaction", "react") => Modelled(Services.PcsaAlerts.PcsaAlertNamespaces.Interface, "reactRequest", cbe,
                "<alertId>ALR0000000001</alertId><reaction>JUSTIFIED</reaction><motivation>Le travail a pris fin avant l'octroi.</motivation>"),
            ("PCSAAlertReaction", _) => Modelled(Services.PcsaAlerts.PcsaAlertNamespaces.Interface, "listPendingAlertsRequest", cbe, ""),
            ("ManageCarmed", var op) => Modelled(Services.Mediprima.ManageCarmedNamespaces.Interface, op + "Request", cbe, CarmedPayload(op, ssin), "manage eCarmed"),
            ("MediPrimaConsult", _) => $"""
                <p:ConsultCarmedInterventionRequest xmlns:p="{Services.Mediprima.MediPrimaConsultNamespaces.Protocol}" Id="_example1" IssueInstant="{clock.UtcNow.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}">
                  <SelectionCriteria><BySsin><Ssin>{ssin}</Ssin><ReferenceDate>{today}</ReferenceDate></BySsin></SelectionCriteria>
                </p:ConsultCarmedInterventionRequest>
                """,
            ("MediPrimaUma", var op) => UmaExample(op, ssin),
            ("TestConnectionService", _) => $"""
                <tc:sendTestMessageRequest xmlns:tc="{TestConnectionNamespaces.Interface}"><echo>test</echo></tc:sendTestMessageRequest>
                """,
            _ => throw new InvalidOperationException($"No example for {entry.Service}.{entry.Operation}."),
        };
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
                  <ssdn:TimeRequest>{clock.UtcNow.UtcDateTime:yyyyMMdd'T'HHmmss}</ssdn:TimeRequest>
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

    /// <summary>UMA examples: a doctor (NIHII 19999999001, a test number) attests urgent medical aid from D.</summary>
    private string UmaExample(string op, string ssin)
    {
        string head = $"xmlns:u=\"{Services.Mediprima.UmaNamespaces.Protocol}\" Id=\"_example1\" IssueInstant=\"{clock.UtcNow.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\"";
        const string author = "<p:Author xmlns:p=\"urn:be:fgov:ehealth:commons:protocol:v2\" xmlns:c=\"urn:be:fgov:ehealth:commons:core:v2\"><c:HcParty>"
            + "<c:Id Type=\"urn:be:fgov:ehealth:1.0:physician:nihii-number\">19999999001</c:Id><c:Name>Docteur Exemple</c:Name></c:HcParty></p:Author>";
        string today = clock.Today.ToString("yyyy-MM-dd");
        return op switch
        {
            "sendUrgentMedicalAidAttestation" => $"<u:SendUrgentMedicalAidAttestationRequest {head}>{author}<BeneficiarySsin>{ssin}</BeneficiarySsin>"
                + $"<ValidityPeriod><StartDate>{today}</StartDate></ValidityPeriod><MedicalCover>AMU</MedicalCover></u:SendUrgentMedicalAidAttestationRequest>",
            "deleteUrgentMedicalAidAttestation" => $"<u:DeleteUrgentMedicalAidAttestationRequest {head}>{author}<BeneficiarySsin>{ssin}</BeneficiarySsin>"
                + "<AttestationNumber>UMA000000001</AttestationNumber></u:DeleteUrgentMedicalAidAttestationRequest>",
            _ => $"<u:SearchUrgentMedicalAidAttestationRequest {head}><Criteria><BeneficiarySsin>{ssin}</BeneficiarySsin><Period><StartDate>{today}</StartDate></Period></Criteria>"
                + "</u:SearchUrgentMedicalAidAttestationRequest>",
        };
    }

    /// <summary>ManageCarmed examples: a one-month card with doctor and pharmacy covers from D (examples on an existing card name 500000000001).</summary>
    private string CarmedPayload(string op, string ssin)
    {
        string start = clock.Today.ToString("yyyy-MM-dd"), end = clock.Today.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd");
        string period = $"<startDate>{start}</startDate><endDate>{end}</endDate>";
        string decision = $"<validityPeriod>{period}</validityPeriod><medicalCover><doctor><validityPeriod>{period}</validityPeriod></doctor>"
            + $"<pharmaceuticalDrug><validityPeriod>{period}</validityPeriod></pharmaceuticalDrug></medicalCover>";
        return op switch
        {
            "evaluateCarmed" or "openCarmed" => $"<ssin>{ssin}</ssin>{decision}",
            "modifyCarmed" or "evaluateModifiedCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber>{decision}",
            "stopCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber><endDate>{end}</endDate>",
            "consultCarmedHistory" => "<selectionCriteria><eCarmedNumber>500000000001</eCarmedNumber></selectionCriteria>",
            "consultCarmedByVersion" => "<eCarmedNumber>500000000001</eCarmedNumber><versionNbr>1</versionNbr>",
            "removeCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber>",
            _ => $"<ssin>{ssin}</ssin><referenceDate>{start}</referenceDate>",
        };
    }

    private string Modelled(string intf, string element, string cbe, string payload, string legalContext = "PCSA:SOCIAL_INQUIRY") =>
        $"<m:{element} xmlns:m=\"{intf}\">{Customer(cbe)}<legalContext>{legalContext}</legalContext>{payload}</m:{element}>";

    private string Customer(string cbe) =>
        $"<informationCustomer><ticket>example-1</ticket><timestampSent>{clock.UtcNow.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</timestampSent>"
        + $"<customerIdentification><cbeNumber>{cbe}</cbeNumber></customerIdentification></informationCustomer>";

    private static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
