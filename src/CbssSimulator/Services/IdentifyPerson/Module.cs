using CbssSimulator.Hosting;

namespace CbssSimulator.Services.IdentifyPerson;

/// <summary>OCMWCPASIdentifyPerson: the CPAS identifies a person by SSIN or phonetically (SSDN, public schema).</summary>
public sealed class IdentifyPersonModule : ServiceModule
{
    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<IdentifyPersonService>("OCMWCPASIdentifyPerson", "20050930", IdentifyPersonService.Ip + "IdentifyPersonRequest",
            ["ssdn/SSDN/OCMW_CPAS/IdentifyPerson/IdentifyPerson.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("OCMWCPASIdentifyPerson", "search", "public schema (BCSS SSDN IdentifyPerson)", x => $"""
            <ip:IdentifyPersonRequest xmlns:ip="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson">
              <ip:SearchCriteria><ip:SSIN>{x.Ssin}</ip:SSIN></ip:SearchCriteria>
            </ip:IdentifyPersonRequest>
            """),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } =
        new Dictionary<string, string[]> { ["OCMWCPASIdentifyPerson"] = ["PersonServiceV4 (successor)"] };
}
