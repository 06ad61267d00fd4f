using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.PersonService;

/// <summary>PersonServiceV4: searches the registers by SSIN or phonetically (modelled SOA).</summary>
public sealed class PersonServiceModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<IPersonService, PersonService>(PersonServiceNamespaces.Path, PersonService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IPersonService>("PersonServiceV4", "searchPersonBySsin", ModelledContract,
            x => x.Modelled(PersonServiceNamespaces.Interface, "searchPersonBySsinRequest", $"<criteria><ssin>{x.Ssin}</ssin></criteria>")),
        SoaOperation<IPersonService>("PersonServiceV4", "searchPersonPhonetically", ModelledContract,
            x => x.Modelled(PersonServiceNamespaces.Interface, "searchPersonPhoneticallyRequest",
                $"<criteria><lastName>{ExampleContext.Escape(x.Person?.LastName ?? "DE WACHTER")}</lastName><birthDate>{x.Person?.BirthDate ?? "1985-07-30"}</birthDate><tolerance>0</tolerance></criteria>")),
    ];
}
