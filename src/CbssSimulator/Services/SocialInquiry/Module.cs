using CbssSimulator.Hosting;

namespace CbssSimulator.Services.SocialInquiry;

/// <summary>PCSASocialInquiry: the social inquiry's starting data (Nova+), a modelled SOA service.</summary>
public sealed class SocialInquiryModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<ISocialInquiryService, SocialInquiryService>(SocialInquiryNamespaces.Path, SocialInquiryService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ISocialInquiryService>("PCSASocialInquiry", "consult", ModelledContract,
            x => x.Modelled(SocialInquiryNamespaces.Interface, "consultSocialInquiryRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]> { ["PCSASocialInquiry"] = ["Nova+"] };
}
