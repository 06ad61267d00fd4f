using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.ManageAccess;

/// <summary>OCMWCPASManageAccess: the CPAS registers, unregisters and lists its integrations (SSDN, public schema).</summary>
public sealed class ManageAccessModule : ServiceModule
{
    private const string Contract = "public schema (BCSS SSDN ManageAccess)";

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<ManageAccessService>("OCMWCPASManageAccess", "20050930", ManageAccessService.Ma + "ManageAccessRequest",
            ["ssdn/SSDN/OCMW_CPAS/ManageAccess/ManageAccess.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
        [.. new[] { "REGISTER", "UNREGISTER", "LIST" }.Select(action => SsdnOperation("OCMWCPASManageAccess", action, Contract, x => Example(action, x)))];

    private static string Example(string action, ExampleContext x) => $"""
        <ma:ManageAccessRequest xmlns:ma="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
          <ma:SSIN>{x.Ssin}</ma:SSIN>
          <ma:Purpose>1</ma:Purpose>
          <ma:Period><common:StartDate>{x.Today}</common:StartDate></ma:Period>
          <ma:Action>{action}</ma:Action>
          <ma:Sector>17</ma:Sector>
          <ma:QueryRegister>ALL</ma:QueryRegister>
          <ma:ProofOfAuthentication>
            <ma:PersonData><ma:LastName>{ExampleContext.Escape(x.Person?.LastName ?? "UNKNOWN")}</ma:LastName><ma:BirthDate>{x.Person?.BirthDate ?? "1900-01-01"}</ma:BirthDate></ma:PersonData>
          </ma:ProofOfAuthentication>
        </ma:ManageAccessRequest>
        """;
}
