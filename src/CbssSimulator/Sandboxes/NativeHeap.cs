using System.Runtime.InteropServices;

namespace CbssSimulator.Sandboxes;

/// <summary>
/// Gives the C heap's free pages back to the system after a sandbox is deleted (docs/decisions.md, "Sandboxes under
/// concurrency"): SQLite's page caches of the deleted databases are freed into glibc's arenas, which otherwise keep
/// them as resident memory. glibc only (Linux); elsewhere, or with another C library, it does nothing.
/// </summary>
internal static partial class NativeHeap
{
    private static bool unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
