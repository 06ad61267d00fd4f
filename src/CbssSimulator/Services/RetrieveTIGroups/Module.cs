using CbssSimulator.Hosting;

namespace CbssSimulator.Services.RetrieveTIGroups;

/// <summary>RetrieveTIGroups (Tx25): the National Register's information groups, on its public contract.</summary>
public sealed class RetrieveTIGroupsModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<IRetrieveTIGroupsService, RetrieveTIGroupsService>(RetrieveTIGroupsNamespaces.Path, RetrieveTIGroupsEndpoint.Create)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IRetrieveTIGroupsService>("RetrieveTIGroups", "retrieveTI", "public schema (RetrieveTIGroupsV2 + CommonV3; rn25 groups we emit)", x => $"""
            <tx:retrieveTIGroupsRequest xmlns:tx="{RetrieveTIGroupsNamespaces.Interface}">
              <informationCustomer>
                <ticket>example-1</ticket>
                <timestampSent>{x.Now}</timestampSent>
                <customerIdentification><cbeNumber>{x.Cbe}</cbeNumber></customerIdentification>
              </informationCustomer>
              <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
              <searchInformation><ssin>{x.Ssin}</ssin><language>fr</language><history>false</history></searchInformation>
            </tx:retrieveTIGroupsRequest>
            """),
    ];
}
