namespace XjKeji.App.Evidence;

/// <summary>Evidence settings (configuration section <c>Evidence</c>).</summary>
public sealed record EvidenceOptions
{
    /// <summary>How long an upload link stays valid: long enough for a large file on a slow line, short enough to be useless if leaked.</summary>
    public int UploadLinkMinutes { get; init; } = 15;

    /// <summary>How long a download link stays valid: it is opened at once by the officer's browser.</summary>
    public int DownloadLinkMinutes { get; init; } = 5;
}
