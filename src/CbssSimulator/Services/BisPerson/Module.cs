using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.BisPerson;

/// <summary>BisPersonService: registers a person in the BIS register and replaces an SSIN (modelled SOA).</summary>
public sealed class BisPersonModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<IBisPersonService, BisPersonService>(BisPersonNamespaces.Path, BisPersonService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IBisPersonService>("BisPersonService", "registerPerson", ModelledContract, x => $"""
            <bis:registerPersonRequest xmlns:bis="{BisPersonNamespaces.Interface}">
              {x.Customer()}
              <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
              <person>
                <lastName>Voorbeeld</lastName><firstName>Anna</firstName><birthDate>1990-00-00</birthDate><gender>2</gender>
                <nationality>129</nationality><birthPlace><countryCode>129</countryCode><description>Rotterdam</description></birthPlace>
                <address><postalCode>1000</postalCode><street>Rue Neuve</street><houseNumber>1</houseNumber></address>
              </person>
              <forceRegistration>true</forceRegistration>
            </bis:registerPersonRequest>
            """),
        SoaOperation<IBisPersonService>("BisPersonService", "replaceSSIN", ModelledContract, x => $"""
            <bis:replaceSSINRequest xmlns:bis="{BisPersonNamespaces.Interface}">
              {x.Customer()}
              <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
              <oldSsin>{x.Ssin}</oldSsin>
              <newSsin>{ExampleRequests.DefaultSsin}</newSsin>
            </bis:replaceSSINRequest>
            """),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]> { ["BisPersonService.replaceSSIN"] = ["ReplaceIdentification"] };
}
