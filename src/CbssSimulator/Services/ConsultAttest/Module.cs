using CbssSimulator.Hosting;

namespace CbssSimulator.Services.ConsultAttest;

/// <summary>ConsultAttest: the incapacity attestations, a modelled SOA service.</summary>
public sealed class ConsultAttestModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IConsultAttestService, ConsultAttestService>(ConsultAttestNamespaces.Path, ConsultAttestService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IConsultAttestService>("ConsultAttest", "consult", ModelledContract, x => x.Modelled(ConsultAttestNamespaces.Interface, "consultIncapacityRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
