using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Vesta;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.Vesta;

/// <summary>The reason codes the Vesta services answer beyond the shared table (modelled, docs/vesta.md).</summary>
internal static class VestaReasons
{
    public static readonly ReasonCode NotFound = new("32050001", Severity.Error,
        "The Vesta record the request names (employment, care status, dossier, profile, contribution, period or performance) was not found for your home-care service.", true);

    public static readonly ReasonCode Incoherent = new("31050002", Severity.Error,
        "The Vesta request is not coherent (a performance for a collaborator absent from the key, an end before its start, a missing value).", true);

    public static readonly IReadOnlyList<ReasonCode> All = [NotFound, Incoherent];
}

/// <summary>
/// The 34 Vesta services behind sendXML (modelled contract, one family of messages): the row's control — Flemish CPAS
/// only, every SSIN of the key under the row's codes and window, one failing SSIN refusing the whole request — then the
/// consultation or change of the Vesta world (<see cref="VestaWorld"/>), per sandbox.
/// </summary>
internal sealed class VestaService(PersonStore persons, IntegrationControl control, VestaWorld world) : ISsdnService
{
    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        var message = VestaRequest.Read(request);
        string operation = VestaServices.Operation(message.Service);
        var row = ControlTable.Get(message.Service, operation);
        var ssins = message.Key.Select(k => k.Ssin).ToList();
        if (message.Invalid is { } field)
        {
            return Refuse(VestaReasons.Incoherent, operation, ssins, (field, "an amount between 0 and 1000000"));
        }

        if (VestaServices.ControlPeriod(message, out var period) is { } missing)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, (missing, null))) with { Operation = operation, Ssins = ssins };
        }

        if (message.Period is { End: { } end } p && end < p.Start)
        {
            return Refuse(VestaReasons.Incoherent, operation, ssins, ("Period/EndDate", IsoDate.Text(end)));
        }

        if (SsdnEachSsin.Check(message.Key, persons, control, row, call.Caller, period, operation, out var matched) is { } refused)
        {
            return refused;
        }

        if (message.Performances.FirstOrDefault(l => !message.Collaborators.Contains(l.Collaborator, StringComparer.Ordinal)) is { } stray)
        {
            return Refuse(VestaReasons.Incoherent, operation, ssins, ("Performance/Collaborator", stray.Collaborator), ("Key", "not in the key as a collaborator"));
        }

        var result = new VestaActions(world, call.Caller, call.Today).Run(message);
        if (result.Problem is { } problem)
        {
            return Refuse(problem.Reason, operation, ssins, problem.Information) with { QualityCodes = matched };
        }

        var reply = new XElement(VestaRequest.V + message.Service + "Reply",
            new XElement(VestaRequest.V + "Key", message.Key.Select(k => new XElement(VestaRequest.V + "SSIN", new XAttribute("role", k.Role), k.Ssin))),
            new XElement(VestaRequest.V + "Result", result.Result),
            result.Elements);
        return new SsdnOutcome([], reply) { Operation = operation, QualityCodes = matched, Ssins = ssins, Ssin = ssins.FirstOrDefault(), Evaluation = result.Result };
    }

    private static SsdnOutcome Refuse(ReasonCode reason, string operation, IReadOnlyList<string> ssins, params (string Name, string? Value)[] info) =>
        SsdnOutcome.Error(SsdnDetail.Of(reason, info)) with { Operation = operation, Ssins = ssins, Ssin = ssins.FirstOrDefault() };
}
