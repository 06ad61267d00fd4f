using System.Runtime.CompilerServices;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// With <c>CBSS_TEST_CULTURE</c> set (CI runs the suite a second time with th-TH), the test process and the hosts it
/// starts run under that culture: the hosts keep it (<c>Globalization:KeepCulture</c>) instead of the invariant one.
/// </summary>
internal static class TestCulture
{
    public static string? Asked => Environment.GetEnvironmentVariable("CBSS_TEST_CULTURE") is { Length: > 0 } name ? name : null;

#pragma warning disable CA2255 // the test assembly sets its own process-wide culture before any test runs
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        if (Asked is not { } name)
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        Environment.SetEnvironmentVariable("Globalization__KeepCulture", "true");
    }
}
