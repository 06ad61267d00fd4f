using CbssSimulator.Sources.Finances;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Heating;

/// <summary>
/// The heating fund (SSDN, modelled): the allocation (compute, save, cancel, consult), the household's income and its
/// BIM/OMNIO status; it owns the allocations' table.
/// </summary>
public sealed class HeatingModule : ServiceModule
{
    private const string HeatingContract = "modelled (request shape from a real client; Save, Cancel, Consult and the reply not public)";
    private const string NotFoundContract = "modelled (no public schema, ServiceId version or client found)";
    private const string ModelledVersion = "20260101";

    public override void Register(IServiceCollection services) => services.AddScoped<AllocationStore>();

    public override IReadOnlyList<string> Tables => [AllocationStore.Schema];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("heatingAllowances", (sp, person) =>
        {
            var allocations = sp.GetRequiredService<AllocationStore>();
            var household = sp.GetRequiredService<HouseholdFinances>().Household(person).Select(m => m.Ssin);
            int year = sp.GetRequiredService<Clock.SimulatorClock>().Today.Year;
            return Enumerable.Range(year - 2, 3).SelectMany(y => allocations.OfHousehold(person.HouseholdId, household, y)).Select(a => new
            {
                reference = a.Reference, cbeNumber = a.Cbe, a.Ssin, a.DeliveryDate, a.Category, a.LitresAllowed, a.CentsPerLitre, amount = a.AmountCents / 100m,
            });
        }),
    ];

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<HeatingAllocationService>(HeatingAllocationService.ServiceId, "20090409", HeatingAllocationService.Req + "AllocationRequest",
            ["ssdn/SSDN/OCMW_CPAS/HeatingAllocation/HeatingAllocationRequest.xsd", "ssdn/SSDN/OCMW_CPAS/HeatingAllocation/HeatingAllocationReply.xsd"]),
        SsdnServiceRow.Of<HouseholdIncomeService>(HouseholdIncomeService.ServiceId, ModelledVersion, HouseholdIncomeService.Ns + "HouseholdIncomeRequest",
            ["ssdn/SSDN/OCMW_CPAS/HouseholdIncome/HouseholdIncome.xsd"]),
        SsdnServiceRow.Of<RvvBimOmnioStatusService>(RvvBimOmnioStatusService.ServiceId, ModelledVersion, RvvBimOmnioStatusService.Ns + "BimOmnioStatusRequest",
            ["ssdn/SSDN/OCMW_CPAS/RvvBimOmnioStatus/RvvBimOmnioStatus.xsd"]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        Allocation("OCMWCPASHeatingAllocation", "ComputeAllocation"),
        Allocation("OCMWCPASHeatingAllocation", "SaveAllocation"),
        Allocation("OCMWCPASHeatingAllocation", "CancelAllocation"),
        Allocation("HeatingAllocation", "ConsultAllocation"),
        SsdnOperation("OCMWCPASHouseholdIncome", "consult", NotFoundContract, x => $"""
            <hi:HouseholdIncomeRequest xmlns:hi="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/HouseholdIncome">
              <hi:SSIN>{x.Ssin}</hi:SSIN><hi:DeliveryDate>{x.Today}</hi:DeliveryDate>
            </hi:HouseholdIncomeRequest>
            """),
        SsdnOperation("OCMWCPASRvvBimOmnioStatus", "consult", NotFoundContract, x => $"""
            <bim:BimOmnioStatusRequest xmlns:bim="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/RvvBimOmnioStatus"><bim:SSIN>{x.Ssin}</bim:SSIN></bim:BimOmnioStatusRequest>
            """),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } =
        new Dictionary<string, string[]> { ["OCMWCPASHouseholdIncome"] = ["BeTax.getFinancialInformation"] };

    private ServedOperation Allocation(string service, string op) => SsdnOperation(service, op, HeatingContract, x => $"""
        <ns1:AllocationRequest xmlns:ns1="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest" xmlns:com="http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes">
          {AllocationOperation(op, x.Ssin, x.Today)}
          <ns1:OCMW_CPAS><ns1:KboBceNumber>{x.Cbe}</ns1:KboBceNumber></ns1:OCMW_CPAS>
        </ns1:AllocationRequest>
        """, "OCMWCPASHeatingAllocation");

    private static string AllocationOperation(string op, string ssin, string today) => op switch
    {
        "CancelAllocation" => $"<ns1:CancelAllocation><ns1:SSIN>{ssin}</ns1:SSIN><ns1:AllocationReference>HA0000000001</ns1:AllocationReference></ns1:CancelAllocation>",
        "ConsultAllocation" => $"<ns1:ConsultAllocation><ns1:SSIN>{ssin}</ns1:SSIN><ns1:ReferenceYear>{today[..4]}</ns1:ReferenceYear></ns1:ConsultAllocation>",
        _ => $"<ns1:{op}><ns1:PrimaryBeneficiary><ns1:SSIN>{ssin}</ns1:SSIN><ns1:Category>2</ns1:Category></ns1:PrimaryBeneficiary>"
            + "<ns1:Invoice><com:Amount>11000000</com:Amount><com:Quantity>1000</com:Quantity><com:HousingNumber>1</com:HousingNumber>"
            + $"<com:DeliveryDate>{today}</com:DeliveryDate><com:UnitFuel>3</com:UnitFuel></ns1:Invoice></ns1:{op}>",
    };
}
