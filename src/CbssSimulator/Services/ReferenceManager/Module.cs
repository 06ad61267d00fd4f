using CbssSimulator.Hosting;

namespace CbssSimulator.Services.ReferenceManager;

/// <summary>ReferenceManager: the person's inscriptions in the other sectors (SSDN, modelled).</summary>
public sealed class ReferenceManagerModule : ServiceModule
{
    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<ReferenceManagerService>("ReferenceManager", "20050525", ReferenceManagerService.Rm + "ReferenceManagerRequest",
            ["ssdn/SSDN/ReferenceManager/ReferenceManagerFacade.xsd"], "ReferenceManager.consult"),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("ReferenceManager", "consult", "modelled (no public schema found; shape from a real client)", x => $"""
            <rm:ReferenceManagerRequest xmlns:rm="http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
              <rm:ConsultOtherSectorsCriteria>
                <rm:QualityCodeRequestor>1</rm:QualityCodeRequestor>
                <rm:RequestedSsin>{x.Ssin}</rm:RequestedSsin>
                <rm:IntegratedPeriod><common:StartDate>{x.Today}</common:StartDate></rm:IntegratedPeriod>
                <rm:FetchDescriptions>true</rm:FetchDescriptions>
              </rm:ConsultOtherSectorsCriteria>
            </rm:ReferenceManagerRequest>
            """),
    ];
}
