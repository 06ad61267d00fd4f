using CbssSimulator.Hosting;

namespace CbssSimulator.Services.SocialRate;

/// <summary>SocialRateInvestigation: the social-rate investigation, a modelled SOA service.</summary>
public sealed class SocialRateModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<ISocialRateService, SocialRateService>(SocialRateNamespaces.Path, SocialRateService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ISocialRateService>("SocialRateInvestigation", "consult", ModelledContract, x => x.Modelled(SocialRateNamespaces.Interface, "consultSocialRateRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
