using CbssSimulator.Hosting;

namespace CbssSimulator.Services.HolidayPeriods;

/// <summary>
/// The ONVA holiday periods (SSDN, modelled), on the ServiceId seed 004 gives them — OCMWCPASPensionRegisterConsult —
/// with a Version of their own, so the pension register's 20090706 is untouched.
/// </summary>
public sealed class HolidayPeriodsModule : ServiceModule
{
    private const string Version = "20260101";

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<HolidayPeriodsService>(HolidayPeriodsService.ServiceId, Version, HolidayPeriodsService.Ns + "HolidayPeriodsRequest",
            ["ssdn/SSDN/OCMW_CPAS/HolidayPeriods/HolidayPeriods.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation(HolidayPeriodsService.ServiceId, "holidayPeriods", "modelled (no public schema, namespace or version found)", x => $"""
            <hp:HolidayPeriodsRequest xmlns:hp="{HolidayPeriodsService.Ns.NamespaceName}"><hp:SSIN>{x.Ssin}</hp:SSIN><hp:HolidayYear>{x.Date.Year}</hp:HolidayYear></hp:HolidayPeriodsRequest>
            """),
    ];
}
