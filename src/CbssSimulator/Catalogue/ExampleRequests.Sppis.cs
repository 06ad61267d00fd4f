namespace CbssSimulator.Catalogue;

/// <summary>Example bodies of the simulated SPP IS's SSDN services (integration income, attestations, law of 1965).</summary>
public sealed partial class ExampleRequests
{
    private const string Loi65Namespaces = """xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65" xmlns:c65="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65Common" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common" """;

    private static string Loi65File(string cbe) =>
        $"<c65:FileIdentification><c65:KBOBCE>{long.Parse(cbe)}</c65:KBOBCE><c65:FileID>DOSSIER0001</c65:FileID></c65:FileIdentification>";

    private static string HeatingOperation(string op, string ssin, string today) => op switch
    {
        "CancelAllocation" => $"<ns1:CancelAllocation><ns1:SSIN>{ssin}</ns1:SSIN><ns1:AllocationReference>HA0000000001</ns1:AllocationReference></ns1:CancelAllocation>",
        "ConsultAllocation" => $"<ns1:ConsultAllocation><ns1:SSIN>{ssin}</ns1:SSIN><ns1:ReferenceYear>{today[..4]}</ns1:ReferenceYear></ns1:ConsultAllocation>",
        _ => $"<ns1:{op}><ns1:PrimaryBeneficiary><ns1:SSIN>{ssin}</ns1:SSIN><ns1:Category>2</ns1:Category></ns1:PrimaryBeneficiary>"
            + "<ns1:Invoice><com:Amount>11000000</com:Amount><com:Quantity>1000</com:Quantity><com:HousingNumber>1</com:HousingNumber>"
            + $"<com:DeliveryDate>{today}</com:DeliveryDate><com:UnitFuel>3</com:UnitFuel></ns1:Invoice></ns1:{op}>",
    };

    private string? SppisBody(CatalogueEntry entry, string ssin, string cbe, string today) => (entry.Service, entry.Operation) switch
    {
        ("OCMWCPASHeatingAllocation" or "HeatingAllocation", var op) => $"""
            <ns1:AllocationRequest xmlns:ns1="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest" xmlns:com="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes">
              {HeatingOperation(op, ssin, today)}
              <ns1:OCMW_CPAS><ns1:KboBceNumber>{cbe}</ns1:KboBceNumber></ns1:OCMW_CPAS>
            </ns1:AllocationRequest>
            """,
        ("OCMWCPASHouseholdIncome", _) => $"""
            <hi:HouseholdIncomeRequest xmlns:hi="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HouseholdIncome">
              <hi:SSIN>{ssin}</hi:SSIN><hi:DeliveryDate>{today}</hi:DeliveryDate>
            </hi:HouseholdIncomeRequest>
            """,
        ("OCMWCPASRvvBimOmnioStatus", _) => $"""
            <bim:BimOmnioStatusRequest xmlns:bim="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/RvvBimOmnioStatus"><bim:SSIN>{ssin}</bim:SSIN></bim:BimOmnioStatusRequest>
            """,
        ("OCMWCPASRegisterAttest", var op) => $"""
            <ma:RegisterAttestRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
              <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:FileID>D2026-00001</ma:FileID>
              <ma:Decision>{(op == "grant" ? "GRANT" : "REFUSAL")}</ma:Decision><ma:EntryDate>{today}</ma:EntryDate>
              <ma:DecisionDate>{today}</ma:DecisionDate><ma:Category>2</ma:Category>
            </ma:RegisterAttestRequest>
            """,
        ("OCMWCPASStopAttest", _) => $"""
            <ma:StopAttestRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
              <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:EntryDate>{today}</ma:EntryDate>
              <ma:DecisionDate>{today}</ma:DecisionDate><ma:DecisionNature>2</ma:DecisionNature>
            </ma:StopAttestRequest>
            """,
        ("OCMWCPASRegisterRecoveredAmount", _) => $"""
            <ma:RegisterRecoveredAmountRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
              <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:RecoveryMonth>{today[..7]}</ma:RecoveryMonth>
              <ma:SequenceNumber>1</ma:SequenceNumber><ma:RecoveryType>01</ma:RecoveryType><ma:Amount>150.00</ma:Amount>
            </ma:RegisterRecoveredAmountRequest>
            """,
        ("OCMWCPASOrganicLaw", _) => $"""
            <ma:OrganicLawRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
              <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:DecisionDate>{today}</ma:DecisionDate><ma:HousingDate>{today}</ma:HousingDate>
            </ma:OrganicLawRequest>
            """,
        ("OCMWCPASListOfAttestations", var op) => $"""
            <ma:ListOfAttestationsRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
              {(op == "bySsin" ? $"<ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser>" : "")}<ma:RequestType>RIS</ma:RequestType>
            </ma:ListOfAttestationsRequest>
            """,
        ("OCMWCPASA036", _) => $"""
            <l:A036Request xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036">
              <l:Action>CREATE</l:Action><l:INSS>{ssin}</l:INSS><l:DecisionDate>{today}</l:DecisionDate>
              <l:ValidityPeriod><l:BeginDate>{today}</l:BeginDate><l:EndDate>{clock.Today.AddMonths(6):yyyy-MM-dd}</l:EndDate></l:ValidityPeriod>
              <l:CategoryCode>2</l:CategoryCode>
            </l:A036Request>
            """,
        ("OCMWCPASL036", _) => $"""
            <l:L036RequestReply xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036">
              <l:L036 processType="L"/><l:UniqueReference>example-1</l:UniqueReference><l:INSS>{ssin}</l:INSS>
              <l:Period><l:BeginDate>{clock.Today.AddYears(-1):yyyy-MM-dd}</l:BeginDate><l:EndDate>{today}</l:EndDate></l:Period>
            </l:L036RequestReply>
            """,
        ("OCMWCPASWet65Loi65AB", _) => $"""
            <l:L65_AB_DecisionRequest {Loi65Namespaces}>
              {Loi65File(cbe)}
              <l:IdentificationA><l:EntryDate>{today}</l:EntryDate><l:UniqueAttestID>A00000000000001</l:UniqueAttestID>
                <l:PrimaryBeneficiary><c65:BeneficiaryID><c65:SSIN>{ssin}</c65:SSIN></c65:BeneficiaryID><l:Status>1</l:Status>
                  <c65:Address><c65:Street>Rue Haute</c65:Street><c65:HouseNumber>12</c65:HouseNumber><c65:PostalCode>1000</c65:PostalCode></c65:Address>
                  <l:Nationality>150</l:Nationality>
                  <l:Integration qualitycode="3"><common:StartDate>{today}</common:StartDate><common:EndDate>{clock.Today.AddMonths(6):yyyy-MM-dd}</common:EndDate></l:Integration>
                </l:PrimaryBeneficiary></l:IdentificationA>
            </l:L65_AB_DecisionRequest>
            """,
        ("OCMWCPASWet65Loi65C", _) => $"""
            <l:L65_C_DecisionRequest {Loi65Namespaces}>
              {Loi65File(cbe)}
              <l:CancellationFormC><l:EntryDate>{today}</l:EntryDate><l:UniqueAttestID>C00000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>0</l:Suffix>
                <l:AidCancellation><l:DecisionDate>{today}</l:DecisionDate><l:Decisionnature>1</l:Decisionnature><l:CancellationReason>01</l:CancellationReason></l:AidCancellation>
              </l:CancellationFormC>
            </l:L65_C_DecisionRequest>
            """,
        ("OCMWCPASWet65Loi65DF", "D") => $"""
            <l:L65_DF_DecisionRequest {Loi65Namespaces}>
              {Loi65File(cbe)}
              <l:RefundformD1><l:ReferenceMonth>{clock.Today:yyyy-MM}</l:ReferenceMonth><l:UniqueAttestID>D10000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN>
                <l:DeliveredAmountsD1><l:FinancialAid><l:Amount>85000</l:Amount></l:FinancialAid><l:DoubleMaximum>false</l:DoubleMaximum></l:DeliveredAmountsD1>
                <l:TotalAmount>85000</l:TotalAmount></l:RefundformD1>
            </l:L65_DF_DecisionRequest>
            """,
        ("OCMWCPASWet65Loi65DF", _) => $"""
            <l:L65_DF_DecisionRequest {Loi65Namespaces}>
              {Loi65File(cbe)}
              <l:RecoveringFormF><l:ReferenceDate>{today}</l:ReferenceDate><l:UniqueAttestID>F00000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>0</l:Suffix>
                <l:RecoveringDetails><l:OriginalForm>D</l:OriginalForm><l:Type>01</l:Type><l:RecoveredAmount>20000</l:RecoveredAmount><l:PeriodOfRecovering/></l:RecoveringDetails>
              </l:RecoveringFormF>
            </l:L65_DF_DecisionRequest>
            """,
        _ => null,
    };
}
