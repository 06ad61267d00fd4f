namespace CbssSimulator.Clock;

/// <summary>
/// The simulator's one clock (docs/decisions.md, "One clock"): an offset over the injected <see cref="TimeProvider"/>. It keeps
/// ticking; setting "today" shifts it so that the current date in Europe/Brussels is that date. Every control
/// and every "today" reads <see cref="Today"/>; delays and wall times use the unshifted provider.
/// </summary>
public sealed class SimulatorClock(TimeProvider wall)
{
    private static readonly TimeZoneInfo Brussels = FindBrussels();
    private readonly Lock writers = new();
    private long offsetTicks;

    /// <summary>The unshifted provider, for delays, timeouts and wall times.</summary>
    public TimeProvider Wall => wall;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>The simulated instant (UTC).</summary>
    public DateTimeOffset UtcNow => wall.GetUtcNow() + Offset;

    /// <summary>The simulated instant in Brussels local time.</summary>
    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(UtcNow, Brussels);

    /// <summary>D in the integration controls: the simulated date in Brussels.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    /// <summary>
    /// Shifts the clock so that <see cref="Today"/> is <paramref name="today"/>, keeping the time of day. Changes are
    /// serialised (docs/decisions.md, "Atomic clock changes"): the shift is computed and applied under one lock, so two
    /// concurrent calls both land on that date instead of shifting twice; reads stay lock-free.
    /// </summary>
    public void SetToday(DateOnly today)
    {
        lock (writers)
        {
            var shift = today.DayNumber - Today.DayNumber;
            Interlocked.Add(ref offsetTicks, TimeSpan.FromDays(shift).Ticks);
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (writers)
        {
            Interlocked.Add(ref offsetTicks, by.Ticks);
        }
    }

    public void Reset()
    {
        lock (writers)
        {
            Interlocked.Exchange(ref offsetTicks, 0);
        }
    }

    /// <summary>The Brussels UTC offset on a given date, for xs:date values written with a zone (2012-05-24+02:00).</summary>
    public static TimeSpan BrusselsOffset(DateOnly date) => Brussels.GetUtcOffset(date.ToDateTime(new TimeOnly(12, 0)));

    private static TimeZoneInfo FindBrussels()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata: Central European Time with the EU summer-time rule.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET", "CEST", [rule]);
        }
    }
}
