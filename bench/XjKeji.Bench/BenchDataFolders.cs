namespace XjKeji.Bench;

/// <summary>
/// Data folders of the benchmark's Azurite processes, under the system's temp folder and deleted at the end; none when
/// Azurite is to keep its data in memory.
/// </summary>
public sealed class BenchDataFolders(bool onDisk) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "xjkeji-bench-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>A new folder named <paramref name="name"/>, or null in memory.</summary>
    public string? Next(string name)
    {
        if (!onDisk)
        {
            return null;
        }

        return Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
    }

    /// <summary>Deletes the folders (Azurite has stopped by then).</summary>
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
