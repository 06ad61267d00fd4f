using CbssSimulator.Hosting;

namespace CbssSimulator.Services.SocialReport;

/// <summary>ElectronicSocialReport: CPAS exchange social reports (modelled SOA); it owns the requests' table.</summary>
public sealed class SocialReportModule : ServiceModule
{
    public override void Register(IServiceCollection services) => services.AddScoped<SocialReportStore>();

    public override IReadOnlyList<string> Tables => [SocialReportStore.Schema];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("socialReportRequests", (sp, person) => sp.GetRequiredService<SocialReportStore>().ForSsin(person.Ssin).Select(r => new
        {
            requestId = r.RequestId, askingCpas = r.AskingCbe, previousCpas = r.PreviousCbe, r.AskedOn, r.AnsweredOn,
        })),
    ];

    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<IElectronicSocialReportService, ElectronicSocialReportService>(SocialReportNamespaces.Path, ElectronicSocialReportService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IElectronicSocialReportService>("ElectronicSocialReport", "askSocialAssistanceData", ModelledContract,
            x => x.Modelled(SocialReportNamespaces.Interface, "askSocialAssistanceDataRequest", $"<ssin>{x.Ssin}</ssin>")),
        SoaOperation<IElectronicSocialReportService>("ElectronicSocialReport", "sendSocialAssistanceData", ModelledContract,
            x => x.Modelled(SocialReportNamespaces.Interface, "sendSocialAssistanceDataRequest",
                $"<ssin>{x.Ssin}</ssin><requestId>ESR0000000001</requestId><socialReport><summary>Suivi depuis 2025.</summary><aid><kind>INTEGRATION_INCOME</kind><period><beginDate>{x.Today}</beginDate></period></aid></socialReport>")),
        SoaOperation<IElectronicSocialReportService>("ElectronicSocialReport", "listSocialAssistanceRequests", ModelledContract,
            x => x.Modelled(SocialReportNamespaces.Interface, "listSocialAssistanceRequestsRequest", "")),
    ];
}
