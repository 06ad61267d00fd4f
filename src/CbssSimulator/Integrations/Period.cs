namespace CbssSimulator.Integrations;

/// <summary>An inclusive period; a null end runs to infinity.</summary>
public readonly record struct Period(DateOnly Start, DateOnly? End)
{
    public bool Contains(DateOnly day) => day >= Start && (End is null || day <= End);

    public bool Overlaps(Period other) =>
        (End is null || other.Start <= End) && (other.End is null || Start <= other.End);

    /// <summary>
    /// Overlapping, or adjacent (one ends the day before the other starts): merged on REGISTER (docs/decisions.md,
    /// "Registering merges, removing splits").
    /// </summary>
    public bool Touches(Period other) =>
        Overlaps(other) || (End?.DayAfter() is { } e && e == other.Start) || (other.End?.DayAfter() is { } oe && oe == Start);

    public override string ToString() => $"{IsoDate.Text(Start)}..{(End is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "∞")}";
}
