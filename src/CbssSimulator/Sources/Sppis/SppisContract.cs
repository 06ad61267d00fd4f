namespace CbssSimulator.Sources.Sppis;

/// <summary>What the SSDN services of the simulated SPP IS share on the wire.</summary>
public static class SppisContract
{
    /// <summary>The version of the modelled SPP IS services (their real versions are not public).</summary>
    public const string ModelledVersion = "20260101";
}
