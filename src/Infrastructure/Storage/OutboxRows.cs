using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Rows of table <c>Outbox</c>: PartitionKey = <c>p|{project}</c> (or <c>none</c>), RowKey = SHA-256 of the deduplication
/// key. The row is the deduplication: adding a second row for the same key fails, whichever sender or retry tries.
/// </summary>
internal static class OutboxRows
{
    public const string Sending = "Sending";
    public const string Sent = "Sent";

    public static string Partition(string? projectId) => projectId is null ? "none" : $"p|{TableKeys.Escape(projectId)}";

    public static string Row(string deduplicationKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(deduplicationKey)))[..40];

    public static TableEntity ToEntity(EmailMessage m, DateTimeOffset at, string status) => new(Partition(m.ProjectId), Row(m.DeduplicationKey))
    {
        ["Key"] = m.DeduplicationKey,
        ["To"] = m.To,
        ["Subject"] = m.Subject,
        ["Body"] = m.Body,
        ["Kind"] = m.Kind.ToString(),
        ["ProjectId"] = m.ProjectId,
        ["SentAt"] = at.ToUniversalTime(),
        ["Status"] = status,
    };

    public static SentEmail FromEntity(TableEntity e) => new(
        new EmailMessage(e.GetString("Key"), e.GetString("To"), e.GetString("Subject"), e.GetString("Body"), Enum.Parse<EmailKind>(e.GetString("Kind")), e.GetString("ProjectId")),
        e.GetDateTimeOffset("SentAt") ?? default);
}
