namespace CbssSimulator.Integrations;

/// <summary>Outcome of applying seed 003 §3 to a requested integration.</summary>
public sealed record RegistrationCheck(Period? Period, string? Error, string? ErrorField, string? Warning);

/// <summary>
/// The BCSS rules for registering an integration (seed 003 §3, docs/decisions.md, "Integration periods"): default end per code, no date more
/// than 100 years from the execution date, start at most execution date + 1 year, an end beyond the code's maximum
/// shortened with a warning.
/// </summary>
public static class RegistrationRules
{
    public static RegistrationCheck Check(int code, DateOnly start, DateOnly? end, DateOnly executionDate)
    {
        var quality = QualityCodes.Find(code);
        if (quality is null)
        {
            return Refuse($"Quality code {code:000} is not a CPAS quality code (sector 17).", "Purpose");
        }

        if (Beyond100Years(start, executionDate))
        {
            return Refuse("The start date lies more than 100 years from the execution date.", "StartDate");
        }

        if (end is { } e && Beyond100Years(e, executionDate))
        {
            return Refuse("The end date lies more than 100 years from the execution date.", "EndDate");
        }

        if (start > executionDate.AddYearsOrEdge(1))
        {
            return Refuse("The start date may be at most the execution date + 1 year.", "StartDate");
        }

        if (end is { } e2 && e2 < start)
        {
            return Refuse("The end date lies before the start date.", "EndDate");
        }

        var max = quality.MaxEnd(start);
        if (end is null)
        {
            return new RegistrationCheck(new Period(start, quality.DefaultEnd(start)), null, null, null);
        }

        if (max is { } m && end > m && code != 21)
        {
            return new RegistrationCheck(new Period(start, m), null, null,
                $"The end date {IsoDate.Text(end.Value)} exceeds the maximum duration of quality code {code:000} ({quality.Duration}); it was set to {IsoDate.Text(m)}.");
        }

        return new RegistrationCheck(new Period(start, end), null, null, null);
    }

    private static bool Beyond100Years(DateOnly date, DateOnly executionDate) =>
        date > executionDate.AddYearsOrEdge(100) || date < executionDate.AddYearsOrEdge(-100);

    private static RegistrationCheck Refuse(string error, string field) => new(null, error, field, null);
}
