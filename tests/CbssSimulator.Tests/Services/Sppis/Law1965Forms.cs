namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>Law-of-1965 requests as a CPAS product builds them from the public Loi65Wet65 schemas.</summary>
public static class Law1965Forms
{
    public const string Ns = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65";
    public const string C65 = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65Common";
    private const string Header = $"""xmlns:l="{Ns}" xmlns:c65="{C65}" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common" """;

    public static string File(string cbe, string file = "DOSSIER0001") =>
        $"<c65:FileIdentification><c65:KBOBCE>{long.Parse(cbe, CultureInfo.InvariantCulture)}</c65:KBOBCE><c65:FileID>{file}</c65:FileID></c65:FileIdentification>";

    public static string Integration(int code, string start, string end, string name = "Integration") =>
        $"""<l:{name} qualitycode="{code}"><common:StartDate>{start}</common:StartDate><common:EndDate>{end}</common:EndDate></l:{name}>""";

    public static string FormA(string cbe, string ssin, string entry, string? secondary = null, string registrations = "") => $"""
        <l:L65_AB_DecisionRequest {Header}>
          {File(cbe)}
          <l:IdentificationA>
            <l:EntryDate>{entry}</l:EntryDate><l:UniqueAttestID>A00000000000001</l:UniqueAttestID>
            <l:PrimaryBeneficiary>
              <c65:BeneficiaryID><c65:SSIN>{ssin}</c65:SSIN></c65:BeneficiaryID><l:Status>1</l:Status>
              <c65:Address><c65:Street>Rue Haute</c65:Street><c65:HouseNumber>12</c65:HouseNumber><c65:PostalCode>1000</c65:PostalCode></c65:Address>
              <l:Nationality>150</l:Nationality><l:Gender>F</l:Gender>{registrations}
            </l:PrimaryBeneficiary>
            {(secondary is null ? "" : $"""
            <l:SecondaryBeneficiary><c65:BeneficiaryID><c65:SSIN>{secondary}</c65:SSIN></c65:BeneficiaryID><l:Suffix>1</l:Suffix><l:Status>1</l:Status>
              <l:Nationality>150</l:Nationality><l:PrimaryBeneficiaryRelation>2</l:PrimaryBeneficiaryRelation></l:SecondaryBeneficiary>
            """)}
          </l:IdentificationA>
        </l:L65_AB_DecisionRequest>
        """;

    public static string FormB1(string cbe, string ssin, string entry, int months = 6, string aids = "<l:FinancialAid>true</l:FinancialAid>", string registrations = "") => $"""
        <l:L65_AB_DecisionRequest {Header}>
          {File(cbe)}
          <l:CommonDecisionB1>
            <l:EntryDate>{entry}</l:EntryDate><l:UniqueAttestID>B10000000000001</l:UniqueAttestID>
            <l:IdentificationPrimaryBeneficiary><l:SSIN>{ssin}</l:SSIN>{registrations}</l:IdentificationPrimaryBeneficiary>
            <l:RequestedAids>{aids}</l:RequestedAids>
            <l:PrimaryBeneficiaryAids><c65:Art61>true</c65:Art61></l:PrimaryBeneficiaryAids>
            <c65:Duration><c65:Months>{months}</c65:Months></c65:Duration>
            <l:DecisionDate>{entry}</l:DecisionDate><l:JuridicalProcedure>false</l:JuridicalProcedure>
          </l:CommonDecisionB1>
        </l:L65_AB_DecisionRequest>
        """;

    public static string FormB2(string cbe, string ssin, int suffix, string entry) => $"""
        <l:L65_AB_DecisionRequest {Header}>
          {File(cbe)}
          <l:IndividualDecisionsB2>
            <l:EntryDate>{entry}</l:EntryDate><l:UniqueAttestID>B20000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>{suffix}</l:Suffix>
            <l:DecisionB2><c65:DecisionDate>{entry}</c65:DecisionDate><c65:Duration><c65:Months>3</c65:Months></c65:Duration>
              <c65:HospitalizationCosts>true</c65:HospitalizationCosts></l:DecisionB2>
          </l:IndividualDecisionsB2>
        </l:L65_AB_DecisionRequest>
        """;

    public static string FormC(string cbe, string ssin, string entry, int suffix = 0, bool cancel = false) => $"""
        <l:L65_C_DecisionRequest {Header}>
          {File(cbe)}
          <l:CancellationFormC>
            <l:EntryDate>{entry}</l:EntryDate><l:UniqueAttestID>C00000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>{suffix}</l:Suffix>
            <l:AidCancellation><l:DecisionDate>{entry}</l:DecisionDate><l:Decisionnature>1</l:Decisionnature><l:CancellationReason>01</l:CancellationReason></l:AidCancellation>
            {(cancel ? "<l:FormerCformcancellation>9</l:FormerCformcancellation>" : "")}
          </l:CancellationFormC>
        </l:L65_C_DecisionRequest>
        """;

    public static string FormD1(string cbe, string ssin, string month, string delivered = "<l:FinancialAid><l:Amount>85000</l:Amount></l:FinancialAid>", int total = 85000) => $"""
        <l:L65_DF_DecisionRequest {Header}>
          {File(cbe)}
          <l:RefundformD1>
            <l:ReferenceMonth>{month}</l:ReferenceMonth><l:UniqueAttestID>D10000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN>
            <l:DeliveredAmountsD1>{delivered}<l:DoubleMaximum>false</l:DoubleMaximum></l:DeliveredAmountsD1>
            <l:TotalAmount>{total}</l:TotalAmount>
          </l:RefundformD1>
        </l:L65_DF_DecisionRequest>
        """;

    public static string FormD2(string cbe, string ssin, int suffix, string entry) => $"""
        <l:L65_DF_DecisionRequest {Header}>
          {File(cbe)}
          <l:RefundFormD2>
            <l:EntryDate>{entry}</l:EntryDate><l:UniqueAttestID>D20000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>{suffix}</l:Suffix>
            <l:IdentificationCareProvidingInstitution><l:INAMIRIZIVRegistrationNumber>71000436</l:INAMIRIZIVRegistrationNumber></l:IdentificationCareProvidingInstitution>
            <l:DeliveredAmountsD2>
              <l:HospitalizationcostsBill><l:Number>F2026-114</l:Number><l:Year>2026</l:Year><l:Amount>125000</l:Amount></l:HospitalizationcostsBill>
              <l:HospitalizationcostsBill><l:Number>F2026-115</l:Number><l:Year>2026</l:Year><l:Amount>4000</l:Amount></l:HospitalizationcostsBill>
            </l:DeliveredAmountsD2>
            <l:TotalAmount>129000</l:TotalAmount>
          </l:RefundFormD2>
        </l:L65_DF_DecisionRequest>
        """;

    public static string FormF(string cbe, string ssin, string date) => $"""
        <l:L65_DF_DecisionRequest {Header}>
          {File(cbe)}
          <l:RecoveringFormF>
            <l:ReferenceDate>{date}</l:ReferenceDate><l:UniqueAttestID>F00000000000001</l:UniqueAttestID><l:SSIN>{ssin}</l:SSIN><l:Suffix>0</l:Suffix>
            <l:RecoveringDetails><l:OriginalForm>D</l:OriginalForm><l:Type>01</l:Type><l:RecoveredAmount>20000</l:RecoveredAmount>
              <l:PeriodOfRecovering><common:StartDate>2026-11-01</common:StartDate></l:PeriodOfRecovering></l:RecoveringDetails>
          </l:RecoveringFormF>
        </l:L65_DF_DecisionRequest>
        """;
}
