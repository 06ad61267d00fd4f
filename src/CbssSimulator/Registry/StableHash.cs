namespace CbssSimulator.Registry;

/// <summary>
/// A stable hash of a text (FNV-1a), for the sources derived from a number rather than stored: the same SSIN gives the
/// same insurer, posting or diploma on every run (string.GetHashCode changes between runs).
/// </summary>
public static class StableHash
{
    public static uint Of(string text) => text.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);
}
