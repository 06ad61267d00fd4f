using CbssSimulator.Sources.Sppis;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Sppis;

/// <summary>
/// The SPP IS (SSDN, modelled on the SPP IS forms): integration-income attestations, the multifunctional 036
/// attestations, the law of 1965 refund forms and the living-wage periods (SOA).
/// </summary>
public sealed class SppisModule : ServiceModule
{
    private const string SppisModelled = "modelled (no public schema, ServiceId version or client found; fields from the SPP IS forms)";
    private const string ClientShape = "modelled (no public schema found; shape from a real client)";
    private const string Loi65Contract = "public schema (BCSS SSDN Loi65Wet65); ServiceId (AB, C) and Version modelled";
    private const string ManageAttests = "ssdn/SSDN/OCMW_CPAS/ManageAttests/ManageAttests.xsd";
    private const string L036 = "ssdn/SSDN/OCMW_CPAS/L036/L036.xsd";
    private const string Loi65 = "ssdn/SSDN/OCMW_CPAS/Loi65Wet65/LoiWet65.xsd";
    private const string Version = RegisterAttestService.ModelledVersion;

    public override void Register(IServiceCollection services) => services.AddScoped<Loi65Forms>();

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("forms", (sp, person) => sp.GetRequiredService<SppisStore>()
            .ForSsin(person.Ssin, [FormKind.RisGrant, FormKind.RisRefusal, FormKind.RisStop, FormKind.RisRecovery, FormKind.Premium, .. FormKind.Law1965])
            .Select(f => new
            {
                reference = f.Reference, f.Kind, cbeNumber = f.Cbe, fileId = f.FileId, f.EntryDate, f.EndDate, f.Evaluation,
                errors = f.ErrorCodes, f.State, linkedReference = f.LinkedId is { } l ? (f with { Id = l }).Reference : null, f.ReceivedOn,
            })),
        new("attestations", (sp, person) => sp.GetRequiredService<AttestationStore>().ForSsin(person.Ssin).Select(a => new
        {
            attestationId = a.AttestationId, cbeNumber = a.Cbe, a.BeginDate, a.EndDate, a.CategoryCode, a.Status, updateOf = a.UpdateOf, a.CreatedOn,
        })),
    ];

    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<ILivingWagesService, LivingWagesService>(LivingWagesNamespaces.Path, LivingWagesService.Endpoint)];

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } =
    [
        SsdnServiceRow.Of<RegisterAttestService>(RegisterAttestService.ServiceId, Version, RegisterAttestService.Ns + "RegisterAttestRequest", [ManageAttests]),
        SsdnServiceRow.Of<StopAttestService>(StopAttestService.ServiceId, Version, RegisterAttestService.Ns + "StopAttestRequest", [ManageAttests]),
        SsdnServiceRow.Of<RegisterRecoveredAmountService>("OCMWCPASRegisterRecoveredAmount", Version, RegisterAttestService.Ns + "RegisterRecoveredAmountRequest",
            [ManageAttests]),
        SsdnServiceRow.Of<OrganicLawService>(OrganicLawService.ServiceId, Version, RegisterAttestService.Ns + "OrganicLawRequest", [ManageAttests]),
        SsdnServiceRow.Of<ListOfAttestationsService>(ListOfAttestationsService.ServiceId, "20080317", RegisterAttestService.Ns + "ListOfAttestationsRequest",
            [ManageAttests], "OCMWCPASListOfAttestation"),
        SsdnServiceRow.Of<A036Service>(A036Service.ServiceId, Version, A036Service.Ns + "A036Request", [L036]),
        SsdnServiceRow.Of<L036Service>(L036Service.ServiceId, "20060315", A036Service.Ns + "L036RequestReply", [L036]),
        SsdnServiceRow.Of<Loi65ABService>("OCMWCPASWet65Loi65AB", Version, Loi65Forms.Ns + "L65_AB_DecisionRequest", [Loi65]),
        SsdnServiceRow.Of<Loi65CService>(Loi65CService.ServiceId, Version, Loi65Forms.Ns + "L65_C_DecisionRequest", [Loi65]),
        SsdnServiceRow.Of<Loi65DFService>(Loi65DFService.ServiceId, Version, Loi65Forms.Ns + "L65_DF_DecisionRequest", [Loi65]),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SsdnOperation("OCMWCPASRegisterAttest", "grant", SppisModelled, x => SppisExamples.RegisterAttest(x, "GRANT")),
        SsdnOperation("OCMWCPASRegisterAttest", "refuse", SppisModelled, x => SppisExamples.RegisterAttest(x, "REFUSAL")),
        SsdnOperation("OCMWCPASStopAttest", "stop", SppisModelled, SppisExamples.StopAttest),
        SsdnOperation("OCMWCPASRegisterRecoveredAmount", "register", SppisModelled, SppisExamples.RegisterRecoveredAmount),
        SsdnOperation("OCMWCPASOrganicLaw", "send", SppisModelled, SppisExamples.OrganicLaw),
        SsdnOperation("OCMWCPASListOfAttestations", "bySsin", ClientShape, x => SppisExamples.ListOfAttestations(x, bySsin: true)),
        SsdnOperation("OCMWCPASListOfAttestations", "byCpas", ClientShape, x => SppisExamples.ListOfAttestations(x, bySsin: false)),
        SsdnOperation("OCMWCPASA036", "send", "modelled (no public schema, ServiceId version or client found)", SppisExamples.A036),
        SsdnOperation("OCMWCPASL036", "consult", ClientShape, SppisExamples.L036),
        SoaOperation<ILivingWagesService>("LivingWages", "consult", ModelledContract,
            x => x.Modelled(LivingWagesNamespaces.Interface, "consultLivingWagesPeriodsRequest", $"<ssin>{x.Ssin}</ssin>")),
        SsdnOperation("OCMWCPASWet65Loi65AB", "send", Loi65Contract, SppisExamples.Loi65AB),
        SsdnOperation("OCMWCPASWet65Loi65C", "send", Loi65Contract, SppisExamples.Loi65C),
        SsdnOperation("OCMWCPASWet65Loi65DF", "D", Loi65Contract, SppisExamples.Loi65D),
        SsdnOperation("OCMWCPASWet65Loi65DF", "F", Loi65Contract, SppisExamples.Loi65F),
    ];

    public override IReadOnlyDictionary<string, string[]> Aliases { get; } =
        new Dictionary<string, string[]> { ["OCMWCPASListOfAttestations"] = ["OCMWCPASListOfAttestation"] };
}
