using CbssSimulator.Hosting;

namespace CbssSimulator.Services.ManagePerson;

/// <summary>ManagePerson: the CPAS creates a person in the BIS register (SSDN, modelled).</summary>
public sealed class ManagePersonModule : ServiceModule
{
    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<ManagePersonService>("ManagePerson", "20050930", ManagePersonService.Mp + "createKSZCitizenRequest",
            ["ssdn/SSDN/ManagePerson/ManagePerson.xsd"], "ManagePerson.createKSZCitizen"),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("ManagePerson", "createKSZCitizen", ModelledContract, _ => """
            <mp:createKSZCitizenRequest xmlns:mp="http://www.ksz-bcss.fgov.be/XSD/SSDN/ManagePerson">
              <mp:LastName>Voorbeeld</mp:LastName><mp:FirstName>Bram</mp:FirstName><mp:BirthDate>1988-00-00</mp:BirthDate><mp:Gender>1</mp:Gender>
              <mp:Nationality>129</mp:Nationality><mp:Address><mp:PostalCode>1000</mp:PostalCode><mp:Street>Rue Neuve</mp:Street><mp:HouseNumber>2</mp:HouseNumber></mp:Address>
              <mp:ForceRegistration>true</mp:ForceRegistration>
            </mp:createKSZCitizenRequest>
            """),
    ];
}
