using CbssSimulator.Hosting;

namespace CbssSimulator.Services.PensionRegister;

/// <summary>OCMWCPASPensionRegisterConsult: the pensions paid to a person (SSDN, modelled).</summary>
public sealed class PensionRegisterModule : ServiceModule
{
    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<PensionRegisterService>("OCMWCPASPensionRegisterConsult", "20090706", PensionRegisterService.Pr + "Penskad_OpenPK_ConsultRequest",
            ["ssdn/SSDN/PensionRegister/PensionRegister.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("OCMWCPASPensionRegisterConsult", "consult", "modelled (no public schema found; request shape from a real client)", x => $"""
            <pr:Penskad_OpenPK_ConsultRequest xmlns:pr="http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">
              <pr:TargetSSIN>{x.Ssin}</pr:TargetSSIN>
              <pr:Period><common:StartDate>{IsoDate.Text(x.Date.AddYears(-1))}</common:StartDate><common:EndDate>{x.Today}</common:EndDate></pr:Period>
              <pr:Language>fr</pr:Language>
            </pr:Penskad_OpenPK_ConsultRequest>
            """),
    ];
}
