using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.PcsaAlerts;

public static class PcsaAlertNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/PCSAAlertReaction/v1";
    public const string Path = "/SOA4520/PCSAAlertReaction/v1";
    public const string React = "http://kszbcss.fgov.be/PCSAAlertReaction/react";
    public const string List = "http://kszbcss.fgov.be/PCSAAlertReaction/listPendingAlerts";
}

/// <summary>PCSAAlertReaction (modelled contract, contracts/soa/PCSAAlertReaction).</summary>
[ServiceContract(Namespace = PcsaAlertNamespaces.Interface, Name = "PCSAAlertReactionPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IPcsaAlertReactionService
{
    [OperationContract(Name = "react", Action = PcsaAlertNamespaces.React, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "pcsaAlertReactionFault", Namespace = PcsaAlertNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ReactResponse> ReactAsync(ReactRequest request);

    [OperationContract(Name = "listPendingAlerts", Action = PcsaAlertNamespaces.List, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "pcsaAlertReactionFault", Namespace = PcsaAlertNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ListPendingAlertsResponse> ListAsync(ListPendingAlertsRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ReactRequest { [MessageBodyMember(Name = "reactRequest", Namespace = PcsaAlertNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ReactResponse { [MessageBodyMember(Name = "reactResponse", Namespace = PcsaAlertNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ListPendingAlertsRequest { [MessageBodyMember(Name = "listPendingAlertsRequest", Namespace = PcsaAlertNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ListPendingAlertsResponse { [MessageBodyMember(Name = "listPendingAlertsResponse", Namespace = PcsaAlertNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The SPP IS alerts on integration-income grants (modelled). When the CPAS pulls its pending alerts, the simulated SPP IS
/// compares each of the caller's valid grants with the sources up to D and raises, once each: WAGES_DURING_GRANT (an
/// employment of the registry running in the grant period), AID_AT_OTHER_CPAS (an active A036 of another CPAS
/// overlapping it), BENEFICIARY_DECEASED (a death before the grant's end). react (no control) records the CPAS's
/// motivation; an alert of another CPAS, unknown or already answered → MSG00008.
/// </summary>
public sealed class PcsaAlertReactionService(AlertStore alerts, SppisStore forms, AttestationStore attestations, PersonStore persons, RegistryDatabase db,
    ModelledConsult consult, Clock.SimulatorClock clock) : IPcsaAlertReactionService
{
    private static readonly XNamespace Intf = PcsaAlertNamespaces.Interface;

    public Task<ListPendingAlertsResponse> ListAsync(ListPendingAlertsRequest request) => Task.FromResult(new ListPendingAlertsResponse
    {
        Body = consult.AnswerCaller(Intf + "listPendingAlertsResponse", (_, caller) =>
        {
            alerts.Raise(Conflicts(caller.Cbe));
            return (null, alerts.Pending(caller.Cbe).Select(Xml).ToList());
        }),
    });

    public Task<ReactResponse> ReactAsync(ReactRequest request) => Task.FromResult(new ReactResponse
    {
        Body = consult.AnswerCaller(Intf + "reactResponse", (body, caller) =>
        {
            string alertId = body.Element("alertId")!.Value.Trim();
            var alert = alerts.Find(Alert.IdOf(alertId));
            if (alert is null || alert.Cbe != caller.Cbe || alert.ReactedOn is not null)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("alertId",
                    alert is null || alert.Cbe != caller.Cbe ? $"{alertId}: no alert of your CPAS" : $"{alertId}: already answered")), null);
            }

            alerts.React(alert.Id, body.Element("reaction")!.Value, body.Element("motivation")!.Value, Today);
            return (null, [Xml(alerts.Find(alert.Id)!)]);
        }),
    });

    /// <summary>The conflicts between the caller's valid grants and the sources known at D.</summary>
    private IEnumerable<Alert> Conflicts(string cbe)
    {
        foreach (var grant in forms.ForCpas(cbe, FormKind.RisGrant).Where(f => f.Valid))
        {
            var period = grant.Period;
            foreach (var job in new CareerStore(db).Employments(grant.Ssin))
            {
                var start = IsoDate.Parse(job.StartDate);
                if (start <= clock.Today && period.Overlaps(new(start, job.EndDate is null ? null : IsoDate.Parse(job.EndDate))))
                {
                    yield return New(grant, "WAGES_DURING_GRANT", $"employer {job.EmployerCbe} from {job.StartDate}, monthly wage {job.MonthlyWage.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
                }
            }

            foreach (var other in attestations.ForSsin(grant.Ssin).Where(a => a.Cbe != cbe && a.Status == Attestation036.Active && a.Validity.Overlaps(period)))
            {
                yield return New(grant, "AID_AT_OTHER_CPAS", $"CPAS {other.Cbe} attestation {other.AttestationId} from {other.BeginDate}");
            }

            if (persons.Find(grant.Ssin)?.DeathDate is { } death && IsoDate.Parse(death) <= clock.Today && (period.End is null || IsoDate.Parse(death) < period.End))
            {
                yield return New(grant, "BENEFICIARY_DECEASED", $"died on {death}");
            }
        }
    }

    private Alert New(SppisForm grant, string kind, string detail) => new(0, grant.Cbe, grant.Ssin, grant.Id, kind, detail, Today, null, null, null);

    private string Today => clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static XElement Xml(Alert a) => new("alert",
        new XElement("alertId", a.AlertId), new XElement("ssin", a.Ssin), new XElement("grantReference", (1_000_000_000 + a.FormId).ToString()),
        new XElement("kind", a.Kind), new XElement("detail", a.Detail), new XElement("raisedOn", a.RaisedOn),
        a.ReactedOn is null ? null : new XElement("reaction", new XElement("code", a.Reaction), new XElement("motivation", a.Motivation), new XElement("reactedOn", a.ReactedOn)));

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "PCSAAlertReaction", PcsaAlertNamespaces.Path,
        PcsaAlertNamespaces.Interface, "soa/PCSAAlertReaction", "PCSAAlertReactionV1.wsdl", "PCSAAlertReactionV1.xsd", "pcsaAlertReactionFault",
        ("react", PcsaAlertNamespaces.React, "reactRequest"),
        ("listPendingAlerts", PcsaAlertNamespaces.List, "listPendingAlertsRequest"));
}
