namespace CbssSimulator.Scenarios;

/// <summary>
/// The scenario files the admin API may open: a file name, or a relative path, inside the configured scenario folder —
/// never an absolute path, never <c>..</c>, never a link that leads out of the folder, never a device or special file —
/// read up to <see cref="ScenarioLimits.MaxBytes"/> + 1 bytes. Any other name gets the same refusal, whether or not
/// something exists at that place, so the answer says nothing about the rest of the disk (docs/decisions.md, "Scenario files").
/// </summary>
public static class ScenarioFolder
{
    /// <summary>The one answer for a name that is not a scenario file of the folder.</summary>
    public static string Refusal(string name) =>
        $"'{name}' is not a scenario of the scenario folder: give a file name (e.g. debt-file.yaml) or a relative path under " +
        "Scenarios:Folder, without '..', of a .yaml, .yml or .json file.";

    /// <summary>Loads the named scenario of <paramref name="folder"/>, or throws a <see cref="ScenarioRefusedException"/>.</summary>
    public static ScenarioFile Load(string folder, string name, ScenarioLimits limits)
    {
        var path = Resolve(folder, name) ?? throw new ScenarioRefusedException(name, 0, Refusal(name));
        return ScenarioLoader.Parse(ScenarioLoader.ReadBounded(path, name, limits), name, limits);
    }

    /// <summary>The full path of the named regular file inside the folder, or null.</summary>
    public static string? Resolve(string folder, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255 || name.Contains('\0') || name.Contains('\\') || name.Contains(':')
            || Path.IsPathRooted(name) || name.StartsWith('~')
            || name.Split('/').Any(segment => segment is "" or "." or ".." || segment.StartsWith('.'))
            || !(name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                 || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        // Every step under the folder: no link (it could lead anywhere), and the last one a regular file.
        var step = root;
        foreach (var segment in name.Split('/'))
        {
            step = Path.Combine(step, segment);
            FileSystemInfo info = step == full ? new FileInfo(step) : new DirectoryInfo(step);
            if (!info.Exists || info.LinkTarget is not null)
            {
                return null;
            }
        }

        var file = new FileInfo(full);
        return IsRegularFile(file) ? full : null;
    }

    /// <summary>
    /// Not a directory nor a device. .NET does not report a Unix file's type: a FIFO or socket could only be there if someone
    /// with access to the folder put it there under a scenario's name; a device's endless content is cut at MaxBytes + 1.
    /// </summary>
    private static bool IsRegularFile(FileInfo file) =>
        !file.Attributes.HasFlag(FileAttributes.Directory) && !file.Attributes.HasFlag(FileAttributes.Device);
}
