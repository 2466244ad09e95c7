namespace XjKeji.Infrastructure.Email;

/// <summary>SendGrid settings (configuration section <c>SendGrid</c>); the key comes from Key Vault in Azure.</summary>
public sealed record SendGridOptions
{
    /// <summary>API key.</summary>
    public string ApiKey { get; init; } = string.Empty;

    /// <summary>Sender address.</summary>
    public string FromAddress { get; init; } = "noreply@xjkjt.example.cn";

    /// <summary>Sender name.</summary>
    public string FromName { get; init; } = "新疆维吾尔自治区科学技术厅";

    /// <summary>API host; set only to point tests at a local fake.</summary>
    public string? Host { get; init; }

    /// <summary>A "sending" row older than this is taken as a crashed attempt and sent again (at-least-once edge).</summary>
    public TimeSpan StaleSendingAfter { get; init; } = TimeSpan.FromMinutes(10);
}
