namespace CbssSimulator.Tests.Support;

/// <summary>
/// The one temp folder of a test run (<c>cbss-tests-&lt;pid&gt;</c> under the temp path): every file a test makes goes
/// under it, and it is removed when the test process ends; folders left by runs whose process is gone are removed too.
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
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (System.IO.File.Exists(path))
            {
                System.IO.File.Delete(path);
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
