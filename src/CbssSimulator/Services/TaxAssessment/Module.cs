using CbssSimulator.Hosting;

namespace CbssSimulator.Services.TaxAssessment;

/// <summary>TaxAssessmentData: the tax assessment data (SPF Finances), a modelled SOA service.</summary>
public sealed class TaxAssessmentModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<ITaxAssessmentService, TaxAssessmentService>(TaxAssessmentNamespaces.Path, TaxAssessmentService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ITaxAssessmentService>("TaxAssessmentData", "consult", ModelledContract, x => x.Modelled(TaxAssessmentNamespaces.Interface, "consultTaxAssessmentRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
