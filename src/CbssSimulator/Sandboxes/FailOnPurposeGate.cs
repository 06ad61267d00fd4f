using System.Buffers;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CbssSimulator.Registry.Personas;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Sandboxes;

/// <summary>The <c>Personas</c> settings: the fail-on-purpose personas' switch and delays (docs/decisions.md, "Personas that fail on purpose").</summary>
public sealed class PersonaOptions
{
    /// <summary>Off switch: false answers the fail-on-purpose personas like anyone else.</summary>
    public bool FailOnPurpose { get; set; } = true;

    /// <summary>How long a time-out persona's call is held before the connection is dropped (capped by Soap:FaultTimeoutCapSeconds).</summary>
    [Range(1, 3600, ErrorMessage = "Personas:TimeoutSeconds must lie between {1} and {2} seconds.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How long the slow persona's answer is delayed.</summary>
    [Range(0, 60_000, ErrorMessage = "Personas:SlowMs must lie between {1} and {2} milliseconds.")]
    public int SlowMs { get; set; } = 3000;
}

/// <summary>
/// Asked by the SOAP gate after validation: does the body name a fail-on-purpose persona? If so, the failure is
/// answered through <see cref="FaultInjector"/> like an injected fault. A frozen-set lookup per SSIN element; SSDN's
/// payload (xmlString) is searched for the personas' SSINs, then scanned with one regular expression when one is there.
/// </summary>
public sealed partial class FailOnPurposeGate(IOptions<PersonaOptions> options, IOptions<SoapHostOptions> soap)
{
    /// <summary>True when the call was answered (or dropped) here.</summary>
    public async Task<bool> TryAnswerAsync(HttpContext context, SoapEndpoint endpoint, XElement content, Sandbox sandbox, CallContext call)
    {
        if (!options.Value.FailOnPurpose || FailOnPurpose.BySsin.Count == 0 || Find(endpoint, content) is not { } persona)
        {
            return false;
        }

        var rule = persona.Kind switch
        {
            FailureKind.TechnicalError => new FaultRule("*", null, FaultKind.Technical),
            FailureKind.Timeout => new FaultRule("*", null, FaultKind.Timeout),
            FailureKind.Slow => new FaultRule("*", null, FaultKind.Delay, options.Value.SlowMs),
            _ when !FailOnPurpose.RegisterServices.Contains(endpoint.Service) => new FaultRule("*", null, FaultKind.Technical),
            _ => null,
        };
        if (rule is null)
        {
            return false;
        }

        try
        {
            bool answered = await FaultInjector.ApplyAsync(context, endpoint, content, sandbox, call, rule, rule.DelayMs,
                Math.Min(options.Value.TimeoutSeconds, soap.Value.FaultTimeoutCapSeconds));
            if (answered)
            {
                call.Outcome = $"persona {persona.Name}: {call.Outcome}";
            }

            return answered;
        }
        catch (OperationCanceledException)
        {
            call.Outcome = "client gave up";
            return true;
        }
    }

    public static FailingPersona? Find(SoapEndpoint endpoint, XElement content)
    {
        foreach (var e in content.Descendants())
        {
            if (!e.HasElements && e.Name.LocalName.Equals("ssin", StringComparison.OrdinalIgnoreCase)
                && FailOnPurpose.BySsin.TryGetValue(e.Value.Trim(), out var persona))
            {
                return persona;
            }
        }

        // SSDN: the regular expression runs only on a payload holding one of the personas' SSINs somewhere (one
        // vectorised search), as it can only find a persona in such a payload.
        if (endpoint.Service == "SSDN" && ElementText.Of(content) is var payload && payload.AsSpan().IndexOfAny(PersonaSsins) >= 0)
        {
            foreach (Match m in PayloadSsin().Matches(payload))
            {
                if (FailOnPurpose.BySsin.TryGetValue(m.Groups[1].Value, out var persona))
                {
                    return persona;
                }
            }
        }

        return null;
    }

    private static readonly SearchValues<string> PersonaSsins = SearchValues.Create([.. FailOnPurpose.Ssins], StringComparison.Ordinal);

    [GeneratedRegex(@"<(?:\w+:)?(?:SSIN|Ssin|ssin)>\s*([0-9]{11})\s*</")]
    private static partial Regex PayloadSsin();
}
