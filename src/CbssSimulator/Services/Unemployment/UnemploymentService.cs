using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Services.Unemployment;

public static class UnemploymentNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/UnemploymentDataService/v3";
    public const string Path = "/SOA4520/UnemploymentDataService/v3";
    public const string Action = "http://kszbcss.fgov.be/UnemploymentDataService/consult";
}

/// <summary>UnemploymentDataService V3 (modelled contract, contracts/soa/Unemployment).</summary>
[ServiceContract(Namespace = UnemploymentNamespaces.Interface, Name = "UnemploymentDataServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IUnemploymentService
{
    [OperationContract(Name = "consult", Action = UnemploymentNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "unemploymentDataFault", Namespace = UnemploymentNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultUnemploymentDataResponse> ConsultAsync(ConsultUnemploymentDataRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultUnemploymentDataRequest { [MessageBodyMember(Name = "consultUnemploymentDataRequest", Namespace = UnemploymentNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultUnemploymentDataResponse { [MessageBodyMember(Name = "consultUnemploymentDataResponse", Namespace = UnemploymentNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The ONEM data (SYSDATE; 001–009): the rights overlapping the period (default the twelve months before D's month and
/// that month) with their sanction, and the benefits paid per month up to D. No right → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class UnemploymentService(RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : IUnemploymentService
{
    public static readonly ControlRow Row = ControlTable.Get("UnemploymentDataService", "consult");

    public Task<ConsultUnemploymentDataResponse> ConsultAsync(ConsultUnemploymentDataRequest request) => Task.FromResult(new ConsultUnemploymentDataResponse
    {
        Body = consult.Answer(XName.Get("consultUnemploymentDataResponse", UnemploymentNamespaces.Interface), Row, (body, person) =>
        {
            var today = clock.Today;
            var period = body.Element("period");
            var from = period is null ? new DateOnly(today.Year, today.Month, 1).AddMonths(-12) : IsoDate.Parse(period.Element("beginDate")!.Value[..10]);
            var to = period?.Element("endDate") is { } e ? IsoDate.Parse(e.Value[..10]) : today;
            if (to < from)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("period/endDate", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), null);
            }

            var rights = new UnemploymentStore(db).Rights(person.Ssin).Where(r => IsoDate.Parse(r.StartDate) <= to && IsoDate.Parse(r.StartDate) <= today
                && (r.EndDate is null || IsoDate.Parse(r.EndDate) >= from)).ToList();
            var months = Enumerable.Range(0, (to.Year - from.Year) * 12 + to.Month - from.Month + 1).Select(i => new DateOnly(from.Year, from.Month, 1).AddMonths(i));
            var payments = rights.SelectMany(r => months.Select(m => UnemploymentStore.Month(r, m, today))).Where(m => m is { Days: > 0 }).Select(m => m!)
                .OrderBy(m => m.Month).ToList();
            return (null, rights.Count == 0 ? null : new XElement("unemployment",
                rights.Select(r => new XElement("right", new XElement("nature", r.Nature), new XElement("startDate", r.StartDate),
                    r.EndDate is null ? null : new XElement("endDate", r.EndDate), new XElement("dailyAmount", Money(r.DailyAmount)),
                    r.SanctionStart is null ? null : new XElement("sanction", new XElement("kind", "EXCLUSION"), new XElement("startDate", r.SanctionStart),
                        new XElement("endDate", r.SanctionEnd)))),
                payments.Select(m => new XElement("payment", new XElement("month", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)), new XElement("nature", m.Nature),
                    new XElement("days", m.Days), new XElement("amount", Money(m.Amount))))));
        }),
    });

    private static string Money(double amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "UnemploymentDataService", UnemploymentNamespaces.Path,
        UnemploymentNamespaces.Interface, "soa/Unemployment", "UnemploymentDataServiceV3.wsdl", "UnemploymentDataServiceV3.xsd", "unemploymentDataFault",
        ("consult", UnemploymentNamespaces.Action, "consultUnemploymentDataRequest"));
}
