using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Qualification;

/// <summary>QualificationCertificateService: the qualification certificates, a modelled SOA service.</summary>
public sealed class QualificationModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IQualificationCertificateService, QualificationCertificateService>(QualificationNamespaces.Path, QualificationCertificateService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IQualificationCertificateService>("QualificationCertificateService", "consult", ModelledContract, x => x.Modelled(QualificationNamespaces.Interface, "consultQualificationsRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
