using System.Net;
using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.CpasOnline;

/// <summary>
/// The citizen's side of CPAS Online (docs/notifications.md): <c>GET /cpas-online/</c> serves a plain HTML form (no
/// script, no external asset), <c>POST /cpas-online/requests</c> takes it as a form or as JSON and answers with the
/// reference. Outside <c>/admin</c> on purpose: a citizen's browser uses it; per sandbox under
/// <c>/sandboxes/{name}/cpas-online/</c>.
/// </summary>
public static class CitizenPage
{
    /// <summary>A request body larger than this is refused (413).</summary>
    public const int MaxBytes = 16 * 1024;

    public static void Map(WebApplication app)
    {
        // One route for "/cpas-online" and "/cpas-online/" (routing ignores the trailing slash); without it the form's relative action would miss.
        app.MapGet("/cpas-online", (HttpContext context) => context.Request.Path.Value!.EndsWith('/')
            ? Results.Content(Form, "text/html; charset=utf-8")
            : Results.Redirect(context.Request.PathBase + "/cpas-online/")).Produces<string>(200, "text/html");
        app.MapPost("/cpas-online/requests", async (HttpContext context, Sandbox sandbox, CpasOnlineStore store, CpasStore cpas, PersonStore persons) =>
        {
            if (context.Request.ContentLength is > MaxBytes)
            {
                return Results.Problem($"A request is at most {MaxBytes} bytes.", statusCode: 413);
            }

            context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize = MaxBytes;
            OnlineRequestSpec? spec;
            bool form = context.Request.HasFormContentType;
            try
            {
                spec = form ? FromForm(await context.Request.ReadFormAsync()) : await context.Request.ReadFromJsonAsync<OnlineRequestSpec>();
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or BadHttpRequestException)
            {
                return Results.Problem("The request must be the form's fields or JSON (firstName, lastName, postalCode, nature, …).", statusCode: 400);
            }

            if (spec is null)
            {
                return Results.Problem("The request must be the form's fields or JSON (firstName, lastName, postalCode, nature, …).", statusCode: 400);
            }

            spec.SubmittedOn = null; // the citizen submits today
            if (CpasOnlineStore.Problem(spec, cpas, out var cbe) is { } problem)
            {
                return form ? Results.Content(Page("Demande refusée", WebUtility.HtmlEncode(problem)), "text/html; charset=utf-8", statusCode: 400)
                    : Results.Problem(problem, statusCode: 400);
            }

            var stored = store.Submit(spec, cbe!, sandbox.Clock.Today, persons);
            return form
                ? Results.Content(Page("Demande envoyée", $"Votre demande a été transmise au {WebUtility.HtmlEncode(cpas.Find(cbe!)!.Name)}. Référence : <strong>{stored.Reference}</strong>"),
                    "text/html; charset=utf-8", statusCode: 201)
                : Results.Created($"/admin/cpas-online/requests/{stored.Reference}", new SubmittedRequest(stored.Reference, stored.Cbe, stored.SubmittedOn));
        }).DisableAntiforgery().Produces<SubmittedRequest>(StatusCodes.Status201Created).Produces<string>(StatusCodes.Status201Created, "text/html");
    }

    private static OnlineRequestSpec FromForm(IFormCollection f)
    {
        string? V(string name) => f.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        bool? B(string name) => V(name) switch { "yes" => true, "no" => false, _ => null };
        return new OnlineRequestSpec
        {
            Cpas = V("cpas"), FirstName = V("firstName") ?? "", LastName = V("lastName") ?? "", BirthDate = V("birthDate"), Ssin = V("ssin"),
            Email = V("email"), Phone = V("phone"), PostalCode = V("postalCode") ?? "", Street = V("street"), HouseNumber = V("houseNumber"),
            Nature = V("nature") ?? "", Description = V("description"), LivesAtAddress = B("livesAtAddress"), IsStudent = B("isStudent"), InCareFacility = B("inCareFacility"),
        };
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>CPAS Online — {title}</title></head>
        <body><h1>{title}</h1><p>{body}</p><p><a href="./">Nouvelle demande</a></p></body></html>
        """;

    private const string Form = """
        <!DOCTYPE html>
        <html lang="fr">
        <head><meta charset="utf-8"><title>CPAS Online — demande d'aide (simulateur)</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:2em auto}label{display:block;margin-top:.6em}input,select,textarea{width:100%}</style></head>
        <body>
        <h1>CPAS Online</h1>
        <p>Demande d'aide en ligne (simulateur BCSS). Le CPAS est déterminé par le code postal de votre résidence, sauf si vous en indiquez un.</p>
        <form method="post" action="requests">
          <label>Prénom * <input name="firstName" required maxlength="100"></label>
          <label>Nom * <input name="lastName" required maxlength="100"></label>
          <label>Date de naissance (AAAA-MM-JJ) <input name="birthDate" maxlength="10"></label>
          <label>Numéro de registre national <input name="ssin" maxlength="11"></label>
          <label>Adresse e-mail <input name="email" type="email" maxlength="200"></label>
          <label>Téléphone <input name="phone" maxlength="40"></label>
          <label>Rue <input name="street" maxlength="200"></label>
          <label>Numéro <input name="houseNumber" maxlength="20"></label>
          <label>Code postal * <input name="postalCode" required maxlength="4"></label>
          <label>CPAS (numéro BCE, facultatif) <input name="cpas" maxlength="10"></label>
          <label>Nature de la demande *
            <select name="nature" required>
              <option>aide financière</option><option>aide financière frais d'énergie (électricité, gaz, mazout)</option>
              <option>revenu d'intégration</option><option>aide médicale</option><option>logement</option><option>autre</option>
            </select></label>
          <label>Description <textarea name="description" maxlength="4000" rows="4"></textarea></label>
          <label>Vivez-vous à votre adresse de résidence ? <select name="livesAtAddress"><option value="">—</option><option value="yes">oui</option><option value="no">non</option></select></label>
          <label>Êtes-vous étudiant ? <select name="isStudent"><option value="">—</option><option value="yes">oui</option><option value="no">non</option></select></label>
          <label>Séjournez-vous dans un lieu d'accueil, de placement ou de soins ? <select name="inCareFacility"><option value="">—</option><option value="yes">oui</option><option value="no">non</option></select></label>
          <p><button type="submit">Envoyer</button></p>
        </form>
        </body></html>
        """;
}

/// <summary>A citizen's request as received: its reference, the CPAS it reached, the day.</summary>
public sealed record SubmittedRequest(string Reference, string CbeNumber, string SubmittedOn);
