using CbssSimulator.Catalogue;

namespace CbssSimulator.Services.Sppis;

/// <summary>Example bodies of the SPP IS's SSDN services (integration income, attestations, law of 1965), written from the SPP IS forms.</summary>
internal static class SppisExamples
{
    private const string Loi65Namespaces = """xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65" xmlns:c65="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65Common" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common" """;

    private static string Loi65File(string cbe) =>
        $"<c65:FileIdentification><c65:KBOBCE>{long.Parse(cbe, CultureInfo.InvariantCulture)}</c65:KBOBCE><c65:FileID>DOSSIER0001</c65:FileID></c65:FileIdentification>";

    public static string RegisterAttest(ExampleContext x, string decision) => $"""
        <ma:RegisterAttestRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
          <ma:SocialSecurityUser>{x.Ssin}</ma:SocialSecurityUser><ma:FileID>D2026-00001</ma:FileID>
          <ma:Decision>{decision}</ma:Decision><ma:EntryDate>{x.Today}</ma:EntryDate>
          <ma:DecisionDate>{x.Today}</ma:DecisionDate><ma:Category>2</ma:Category>
        </ma:RegisterAttestRequest>
        """;

    public static string StopAttest(ExampleContext x) => $"""
        <ma:StopAttestRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
          <ma:SocialSecurityUser>{x.Ssin}</ma:SocialSecurityUser><ma:EntryDate>{x.Today}</ma:EntryDate>
          <ma:DecisionDate>{x.Today}</ma:DecisionDate><ma:DecisionNature>2</ma:DecisionNature>
        </ma:StopAttestRequest>
        """;

    public static string RegisterRecoveredAmount(ExampleContext x) => $"""
        <ma:RegisterRecoveredAmountRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
          <ma:SocialSecurityUser>{x.Ssin}</ma:SocialSecurityUser><ma:RecoveryMonth>{x.Today[..7]}</ma:RecoveryMonth>
          <ma:SequenceNumber>1</ma:SequenceNumber><ma:RecoveryType>01</ma:RecoveryType><ma:Amount>150.00</ma:Amount>
        </ma:RegisterRecoveredAmountRequest>
        """;

    public static string OrganicLaw(ExampleContext x) => $"""
        <ma:OrganicLawRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
          <ma:SocialSecurityUser>{x.Ssin}</ma:SocialSecurityUser><ma:DecisionDate>{x.Today}</ma:DecisionDate><ma:HousingDate>{x.Today}</ma:HousingDate>
        </ma:OrganicLawRequest>
        """;

    public static string ListOfAttestations(ExampleContext x, bool bySsin) => $"""
        <ma:ListOfAttestationsRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">
          {(bySsin ? $"<ma:SocialSecurityUser>{x.Ssin}</ma:SocialSecurityUser>" : "")}<ma:RequestType>RIS</ma:RequestType>
        </ma:ListOfAttestationsRequest>
        """;

    public static string A036(ExampleContext x) => $"""
        <l:A036Request xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036">
          <l:Action>CREATE</l:Action><l:INSS>{x.Ssin}</l:INSS><l:DecisionDate>{x.Today}</l:DecisionDate>
          <l:ValidityPeriod><l:BeginDate>{x.Today}</l:BeginDate><l:EndDate>{IsoDate.Text(x.Date.AddMonths(6))}</l:EndDate></l:ValidityPeriod>
          <l:CategoryCode>2</l:CategoryCode>
        </l:A036Request>
        """;

    public static string L036(ExampleContext x) => $"""
        <l:L036RequestReply xmlns:l="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036">
          <l:L036 processType="L"/><l:UniqueReference>example-1</l:UniqueReference><l:INSS>{x.Ssin}</l:INSS>
          <l:Period><l:BeginDate>{IsoDate.Text(x.Date.AddYears(-1))}</l:BeginDate><l:EndDate>{x.Today}</l:EndDate></l:Period>
        </l:L036RequestReply>
        """;

    public static string Loi65AB(ExampleContext x) => $"""
        <l:L65_AB_DecisionRequest {Loi65Namespaces}>
          {Loi65File(x.Cbe)}
          <l:IdentificationA><l:EntryDate>{x.Today}</l:EntryDate><l:UniqueAttestID>A00000000000001</l:UniqueAttestID>
            <l:PrimaryBeneficiary><c65:BeneficiaryID><c65:SSIN>{x.Ssin}</c65:SSIN></c65:BeneficiaryID><l:Status>1</l:Status>
              <c65:Address><c65:Street>Rue Haute</c65:Street><c65:HouseNumber>12</c65:HouseNumber><c65:PostalCode>1000</c65:PostalCode></c65:Address>
              <l:Nationality>150</l:Nationality>
              <l:Integration qualitycode="3"><common:StartDate>{x.Today}</common:StartDate><common:EndDate>{IsoDate.Text(x.Date.AddMonths(6))}</common:EndDate></l:Integration>
            </l:PrimaryBeneficiary></l:IdentificationA>
        </l:L65_AB_DecisionRequest>
        """;

    public static string Loi65C(ExampleContext x) => $"""
        <l:L65_C_DecisionRequest {Loi65Namespaces}>
          {Loi65File(x.Cbe)}
          <l:CancellationFormC><l:EntryDate>{x.Today}</l:EntryDate><l:UniqueAttestID>C00000000000001</l:UniqueAttestID><l:SSIN>{x.Ssin}</l:SSIN><l:Suffix>0</l:Suffix>
            <l:AidCancellation><l:DecisionDate>{x.Today}</l:DecisionDate><l:Decisionnature>1</l:Decisionnature><l:CancellationReason>01</l:CancellationReason></l:AidCancellation>
          </l:CancellationFormC>
        </l:L65_C_DecisionRequest>
        """;

    public static string Loi65D(ExampleContext x) => $"""
        <l:L65_DF_DecisionRequest {Loi65Namespaces}>
          {Loi65File(x.Cbe)}
          <l:RefundformD1><l:ReferenceMonth>{x.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}</l:ReferenceMonth><l:UniqueAttestID>D10000000000001</l:UniqueAttestID><l:SSIN>{x.Ssin}</l:SSIN>
            <l:DeliveredAmountsD1><l:FinancialAid><l:Amount>85000</l:Amount></l:FinancialAid><l:DoubleMaximum>false</l:DoubleMaximum></l:DeliveredAmountsD1>
            <l:TotalAmount>85000</l:TotalAmount></l:RefundformD1>
        </l:L65_DF_DecisionRequest>
        """;

    public static string Loi65F(ExampleContext x) => $"""
        <l:L65_DF_DecisionRequest {Loi65Namespaces}>
          {Loi65File(x.Cbe)}
          <l:RecoveringFormF><l:ReferenceDate>{x.Today}</l:ReferenceDate><l:UniqueAttestID>F00000000000001</l:UniqueAttestID><l:SSIN>{x.Ssin}</l:SSIN><l:Suffix>0</l:Suffix>
            <l:RecoveringDetails><l:OriginalForm>D</l:OriginalForm><l:Type>01</l:Type><l:RecoveredAmount>20000</l:RecoveredAmount><l:PeriodOfRecovering/></l:RecoveringDetails>
          </l:RecoveringFormF>
        </l:L65_DF_DecisionRequest>
        """;
}
