namespace CbssSimulator.Tests.Support;

/// <summary>
/// The one temp folder of a test run (<c>cbss-tests-&lt;pid&gt;</c> under the temp path): every file a test makes goes
/// under it, and it is removed when the run is over (<see cref="CleaningTestFramework"/>, or at the process's exit); folders
/// left by runs whose process is gone (killed) are removed when the next run starts.
/// </summary>
public static class TestTemp
{
    private const string Prefix = "cbss-tests-";

    private static readonly Lazy<string> RootFolder = new(() =>
    {
        RemoveLeftovers();
        var root = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    });

    public static string Root => RootFolder.Value;

    /// <summary>
    /// Made when the test assembly loads, so its exit handler runs before those of the hosts the tests start (a host's
    /// console lifetime waits in its own handler, and the test runner may end the process while it waits).
    /// </summary>
#pragma warning disable CA2255 // the test assembly's own set-up
    [System.Runtime.CompilerServices.ModuleInitializer]
#pragma warning restore CA2255
    internal static void Start() => _ = Root;

    /// <summary>A new, empty folder under the run's root.</summary>
    public static string Folder(string name)
    {
        var path = Path.Combine(Root, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A new file path under the run's root (the file is not created).</summary>
    public static string File(string name) => Path.Combine(Root, $"{Guid.NewGuid():N}-{name}");

    /// <summary>Deletes a file or folder, quietly: SQLite may still hold a file a pool has not closed.</summary>
    public static void Remove(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        RemoveTree(path);
    }

    /// <summary>
    /// Entry by entry, so one that cannot go (still being written) leaves the others going; links are removed, never
    /// followed (Directory.Delete does not follow them either).
    /// </summary>
    internal static void RemoveTree(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.Exists && info.LinkTarget is null)
            {
                foreach (var entry in info.EnumerateFileSystemInfos())
                {
                    RemoveTree(entry.FullName);
                }

                info.Delete();
            }
            else if (info.Exists || System.IO.File.Exists(path))
            {
                System.IO.File.Delete(path); // a file, or a link (to a file or a folder)
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out int pid) && !IsRunning(pid))
            {
                Remove(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
