using System.Collections.Concurrent;

namespace CbssSimulator.Sandboxes;

/// <summary>
/// One long-lived instance per text a journal entry repeats (a CPAS, a service, an outcome, a code), so that the string
/// a call parsed or formatted dies young and the journal holds the kept one
/// (docs/decisions.md, "A journal the collector does not walk").
/// Bounded: once <see cref="Limit"/> texts are kept, or for a long text, the call's own string is held.
/// </summary>
internal static class KeptStrings
{
    public const int Limit = 4096;

    private const int LongestKept = 256;

    private static readonly ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);

    private static int count;

    public static string? Of(string? text)
    {
        if (text is null || text.Length > LongestKept)
        {
            return text;
        }

        if (Kept.TryGetValue(text, out var kept))
        {
            return kept;
        }

        if (Volatile.Read(ref count) >= Limit)
        {
            return text;
        }

        if (Kept.TryAdd(text, text))
        {
            Interlocked.Increment(ref count); // not Kept.Count, which takes every lock of the dictionary
            return text;
        }

        return Kept.TryGetValue(text, out kept) ? kept : text;
    }
}
