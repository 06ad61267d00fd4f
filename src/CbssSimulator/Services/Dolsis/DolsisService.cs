using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Employment;

namespace CbssSimulator.Services.Dolsis;

public static class DolsisNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/Dolsis/v1";
    public const string Path = "/SOA4520/Dolsis/v1";
    public const string FindEmployers = "http://kszbcss.fgov.be/Dolsis/findEmployersByWorker";
    public const string EmploymentDetail = "http://kszbcss.fgov.be/Dolsis/getEmploymentDetail";
    public const string EmployerDetail = "http://kszbcss.fgov.be/Dolsis/getEmployerDetail";
    public const string PostedWorkers = "http://kszbcss.fgov.be/Dolsis/findPostedWorkers";
    public const string PostedWorkerDetail = "http://kszbcss.fgov.be/Dolsis/getPostedWorkerDetail";
    public const string PostingDocument = "http://kszbcss.fgov.be/Dolsis/findPostingDocumentDetail";
}

/// <summary>Dolsis (modelled contract, contracts/soa/Dolsis): ONSS employment data.</summary>
[ServiceContract(Namespace = DolsisNamespaces.Interface, Name = "DolsisPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IDolsisService
{
    [OperationContract(Name = "findEmployersByWorker", Action = DolsisNamespaces.FindEmployers, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<FindEmployersByWorkerResponse> FindEmployersByWorkerAsync(FindEmployersByWorkerRequest request);

    [OperationContract(Name = "getEmploymentDetail", Action = DolsisNamespaces.EmploymentDetail, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetEmploymentDetailResponse> GetEmploymentDetailAsync(GetEmploymentDetailRequest request);

    [OperationContract(Name = "getEmployerDetail", Action = DolsisNamespaces.EmployerDetail, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetEmployerDetailResponse> GetEmployerDetailAsync(GetEmployerDetailRequest request);

    [OperationContract(Name = "findPostedWorkers", Action = DolsisNamespaces.PostedWorkers, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<FindPostedWorkersResponse> FindPostedWorkersAsync(FindPostedWorkersRequest request);

    [OperationContract(Name = "getPostedWorkerDetail", Action = DolsisNamespaces.PostedWorkerDetail, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetPostedWorkerDetailResponse> GetPostedWorkerDetailAsync(GetPostedWorkerDetailRequest request);

    [OperationContract(Name = "findPostingDocumentDetail", Action = DolsisNamespaces.PostingDocument, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "dolsisFault", Namespace = DolsisNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<FindPostingDocumentDetailResponse> FindPostingDocumentDetailAsync(FindPostingDocumentDetailRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class FindEmployersByWorkerRequest { [MessageBodyMember(Name = "findEmployersByWorkerRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class FindEmployersByWorkerResponse { [MessageBodyMember(Name = "findEmployersByWorkerResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetEmploymentDetailRequest { [MessageBodyMember(Name = "getEmploymentDetailRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetEmploymentDetailResponse { [MessageBodyMember(Name = "getEmploymentDetailResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetEmployerDetailRequest { [MessageBodyMember(Name = "getEmployerDetailRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetEmployerDetailResponse { [MessageBodyMember(Name = "getEmployerDetailResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class FindPostedWorkersRequest { [MessageBodyMember(Name = "findPostedWorkersRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class FindPostedWorkersResponse { [MessageBodyMember(Name = "findPostedWorkersResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetPostedWorkerDetailRequest { [MessageBodyMember(Name = "getPostedWorkerDetailRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class GetPostedWorkerDetailResponse { [MessageBodyMember(Name = "getPostedWorkerDetailResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class FindPostingDocumentDetailRequest { [MessageBodyMember(Name = "findPostingDocumentDetailRequest", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class FindPostingDocumentDetailResponse { [MessageBodyMember(Name = "findPostingDocumentDetailResponse", Namespace = DolsisNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// findEmployersByWorker (Dimona periods; SYSDATE, 001–009 and 030), getEmploymentDetail (DmfA for 1–4 quarters at one
/// employer; SYSDATE, 001–009), getEmployerDetail (the employer repertory; no SSIN, no control). Nothing at the
/// source → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed partial class DolsisService(RegistryDatabase db, SimulatorClock clock, ModelledConsult consult) : IDolsisService
{
    private static readonly XNamespace Intf = DolsisNamespaces.Interface;
    public static readonly ControlRow FindRow = ControlTable.Get("Dolsis", "findEmployersByWorker");
    public static readonly ControlRow DetailRow = ControlTable.Get("Dolsis", "getEmploymentDetail");

    public Task<FindEmployersByWorkerResponse> FindEmployersByWorkerAsync(FindEmployersByWorkerRequest request) => Task.FromResult(new FindEmployersByWorkerResponse
    {
        Body = consult.Answer(Intf + "findEmployersByWorkerResponse", FindRow, (body, person) =>
        {
            var period = body.Element("period");
            var from = period is null ? clock.Today.AddYears(-5) : IsoDate.Parse(period.Element("beginDate")!.Value[..10]);
            var to = period?.Element("endDate") is { } e ? IsoDate.Parse(e.Value[..10]) : clock.Today;
            var careers = new CareerStore(db);
            var jobs = careers.Employments(person.Ssin).Where(j => IsoDate.Parse(j.StartDate) <= to && (j.EndDate is null || IsoDate.Parse(j.EndDate) >= from)
                && IsoDate.Parse(j.StartDate) <= clock.Today).ToList();
            return (null, jobs.Count == 0 ? null : new XElement("employments", jobs.Select(j => new XElement("employment",
                Employer(careers.Employer(j.EmployerCbe)!), new XElement("workerType", j.WorkerType), new XElement("startDate", j.StartDate),
                j.EndDate is null ? null : new XElement("endDate", j.EndDate), new XElement("workingTime", j.WorkingTime)))));
        }),
    });

    public Task<GetEmploymentDetailResponse> GetEmploymentDetailAsync(GetEmploymentDetailRequest request) => Task.FromResult(new GetEmploymentDetailResponse
    {
        Body = consult.Answer(Intf + "getEmploymentDetailResponse", DetailRow, (body, person) =>
        {
            var (begin, end) = (Quarter(body.Element("beginQuarter")!.Value), Quarter(body.Element("endQuarter")!.Value));
            int count = (end.Year - begin.Year) * 4 + end.Q - begin.Q + 1;
            if (count is < 1 or > 4)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("endQuarter", "from 1 to 4 quarters after beginQuarter")), null);
            }

            var careers = new CareerStore(db);
            string employer = body.Element("employer")!.Value;
            var committee = careers.Employer(employer)?.JointCommittee ?? "";
            var lines = careers.Employments(person.Ssin).Where(j => j.EmployerCbe == employer)
                .SelectMany(j => Enumerable.Range(0, count).Select(i => (Y: begin.Year + (begin.Q - 1 + i) / 4, Q: (begin.Q - 1 + i) % 4 + 1))
                    .Select(q => CareerStore.Quarter(j, q.Y, q.Q, clock.Today)))
                .Where(q => q is not null).Select(q => q!)
                .GroupBy(q => (q.Year, q.Quarter)).Select(g => g.First() with { GrossWage = g.Sum(x => x.GrossWage), DaysWorked = g.Sum(x => x.DaysWorked) })
                .OrderBy(q => q.Year).ThenBy(q => q.Quarter).ToList();
            return (null, lines.Count == 0 ? null : new XElement("quarters", lines.Select(q => new XElement("quarter",
                new XElement("quarter", $"{q.Year}Q{q.Quarter}"), new XElement("employer", employer), new XElement("jointCommittee", committee),
                new XElement("workerType", q.WorkerType), new XElement("grossWage", q.GrossWage.ToString("0.00", CultureInfo.InvariantCulture)),
                new XElement("daysWorked", q.DaysWorked), new XElement("workingTime", q.WorkingTime)))));
        }),
    });

    public Task<GetEmployerDetailResponse> GetEmployerDetailAsync(GetEmployerDetailRequest request) => Task.FromResult(new GetEmployerDetailResponse
    {
        Body = consult.AnswerCaller(Intf + "getEmployerDetailResponse", (body, _) =>
        {
            string cbe = body.Element("employer")!.Value;
            if (!Kbo.IsValid(cbe))
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("employer", cbe)), null);
            }

            return new CareerStore(db).Employer(cbe) is { } e ? (null, [Employer(e)]) : (StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier, Information.Of("employer", cbe)), null);
        }),
    });

    private static XElement Employer(EmployerRow e) => new("employer", new XElement("cbeNumber", e.Cbe), new XElement("name", e.Name),
        new XElement("kind", e.Kind), new XElement("jointCommittee", e.JointCommittee), new XElement("municipalityCode", e.NisCode));

    private static (int Year, int Q) Quarter(string text) => (int.Parse(text[..4], CultureInfo.InvariantCulture), text[5] - '0');

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "Dolsis", DolsisNamespaces.Path, DolsisNamespaces.Interface,
        "soa/Dolsis", "DolsisV1.wsdl", "DolsisServiceV1.xsd", "dolsisFault",
        ("findEmployersByWorker", DolsisNamespaces.FindEmployers, "findEmployersByWorkerRequest"),
        ("getEmploymentDetail", DolsisNamespaces.EmploymentDetail, "getEmploymentDetailRequest"),
        ("getEmployerDetail", DolsisNamespaces.EmployerDetail, "getEmployerDetailRequest"),
        ("findPostedWorkers", DolsisNamespaces.PostedWorkers, "findPostedWorkersRequest"),
        ("getPostedWorkerDetail", DolsisNamespaces.PostedWorkerDetail, "getPostedWorkerDetailRequest"),
        ("findPostingDocumentDetail", DolsisNamespaces.PostingDocument, "findPostingDocumentDetailRequest"));
}
