namespace XjKeji.Infrastructure.Azurite;

/// <summary>How to run one Azurite process.</summary>
public sealed record AzuriteOptions
{
    /// <summary>
    /// Folder for Azurite's data (<c>--location</c>). Null keeps everything in memory (<c>--inMemoryPersistence</c>),
    /// which is what tests want: on-disk data grows fast and outlives the run.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>
    /// Where to start looking for the repository root (the folder with package.json and node_modules).
    /// Null searches from the app's base directory, the current directory and this source file's folder.
    /// </summary>
    public string? SearchFrom { get; init; }

    /// <summary>How long Azurite may take to accept connections on all three ports.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Receives every line Azurite writes to its standard output, with its per-request access log turned on (one line
    /// per request, a batch counting once). Null (the default) keeps Azurite silent: the log costs time. The benchmarks
    /// use it to count the storage requests a piece of work makes.
    /// </summary>
    public Action<string>? AccessLog { get; init; }

    /// <summary>How long a graceful stop (SIGTERM) may take before the process tree is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
