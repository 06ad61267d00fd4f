using CbssSimulator.Hosting;

namespace CbssSimulator.Services.PerformInvestigation;

/// <summary>OCMWCPASPerformInvestigation: the social inquiry's data groups on a person (SSDN, public schema).</summary>
public sealed class PerformInvestigationModule : ServiceModule
{
    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<PerformInvestigationService>("OCMWCPASPerformInvestigation", "20080604", PerformInvestigationService.Pi + "PerformInvestigationRequest",
            ["ssdn/SSDN/OCMW_CPAS/PerformInvestigation/PerformInvestigation.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("OCMWCPASPerformInvestigation", "search", "public schema (BCSS SSDN PerformInvestigation)", x => $"""
            <pi:PerformInvestigationRequest xmlns:pi="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation">
              <pi:SocialSecurityUser>{x.Ssin}</pi:SocialSecurityUser>
              <pi:DataGroups><pi:FamilyCompositionGroup>true</pi:FamilyCompositionGroup><pi:CitizenGroup>true</pi:CitizenGroup><pi:AddressHistoryGroup>true</pi:AddressHistoryGroup><pi:WaitRegisterGroup>true</pi:WaitRegisterGroup></pi:DataGroups>
            </pi:PerformInvestigationRequest>
            """),
    ];
}
