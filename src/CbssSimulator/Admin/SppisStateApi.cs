using CbssSimulator.Registry;
using CbssSimulator.Services.Heating;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Services.PcsaAlerts;
using CbssSimulator.Services.SocialReport;
using CbssSimulator.Services.Sppis;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Admin;

/// <summary>
/// GET /admin/sppis/{ssin}: what the simulated SPP IS, heating fund and Mediprima hold about a person — forms with their
/// evaluation and state, multifunctional attestations, heating allowances of the year, eCarmed card versions, UMA
/// attestations, alerts and social-report requests — so a tester sees what the vendor's product sent.
/// </summary>
public static class SppisStateApi
{
    public static void Map(WebApplication app) => app.MapGet("/admin/sppis/{ssin}", (string ssin, PersonStore persons, SppisStore forms, AttestationStore attestations,
        AllocationStore allocations, CarmedStore cards, UmaStore uma, AlertStore alerts, SocialReportStore reports, HouseholdFinances finances, Clock.SimulatorClock clock) =>
    {
        if (persons.Find(ssin) is not { } person)
        {
            return Results.Problem($"No person with SSIN {ssin} in this registry.", statusCode: 404);
        }

        string[] kinds = [FormKind.RisGrant, FormKind.RisRefusal, FormKind.RisStop, FormKind.RisRecovery, FormKind.Premium, .. FormKind.Law1965];
        return Results.Ok(new
        {
            ssin,
            forms = forms.ForSsin(ssin, kinds).Select(f => new
            {
                reference = f.Reference, f.Kind, cbeNumber = f.Cbe, fileId = f.FileId, f.EntryDate, f.EndDate, f.Evaluation,
                errors = f.ErrorCodes, f.State, linkedReference = f.LinkedId is { } l ? (f with { Id = l }).Reference : null, f.ReceivedOn,
            }),
            attestations = attestations.ForSsin(ssin).Select(a => new
            {
                attestationId = a.AttestationId, cbeNumber = a.Cbe, a.BeginDate, a.EndDate, a.CategoryCode, a.Status, updateOf = a.UpdateOf, a.CreatedOn,
            }),
            heatingAllowances = Enumerable.Range(clock.Today.Year - 2, 3).SelectMany(y => allocations.OfHousehold(person.HouseholdId,
                finances.Household(person).Select(m => m.Ssin), y)).Select(a => new
            {
                reference = a.Reference, cbeNumber = a.Cbe, a.Ssin, a.DeliveryDate, a.Category, a.LitresAllowed, a.CentsPerLitre, amount = a.AmountCents / 100m,
            }),
            carmedCards = cards.ForSsin(ssin).Select(c => new
            {
                eCarmedNumber = c.Number, c.Version, cbeNumber = c.Cbe, c.StartDate, c.EndDate, c.RefundCode, c.BeneficiaryStatus, c.Status,
            }),
            urgentMedicalAid = uma.ForSsin(ssin).Select(a => new { attestationNumber = a.Number, a.AuthorId, a.StartDate, a.EndDate, a.MedicalCover }),
            socialReportRequests = reports.ForSsin(ssin).Select(r => new
            {
                requestId = r.RequestId, askingCpas = r.AskingCbe, previousCpas = r.PreviousCbe, r.AskedOn, r.AnsweredOn,
            }),
            alerts = alerts.ForSsin(ssin).Select(a => new { alertId = a.AlertId, cbeNumber = a.Cbe, a.Kind, a.Detail, a.RaisedOn, a.Reaction, a.ReactedOn }),
        });
    });
}
