using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Jobseeker;

/// <summary>Jobseeker: the jobseeker registration, a modelled SOA service.</summary>
public sealed class JobseekerModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } = [SoapService.Of<IJobseekerService, JobseekerService>(JobseekerNamespaces.Path, JobseekerService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<IJobseekerService>("Jobseeker", "consult", ModelledContract, x => x.Modelled(JobseekerNamespaces.Interface, "consultJobseekerRequest", $"<ssin>{x.Ssin}</ssin>")),
    ];
}
