using Azure.Data.Tables;
using XjKeji.Domain.Projects;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Maps audit entries to rows <c>audit-{sequence:D6}</c> in their project's partition, one column per field.</summary>
internal static class AuditRows
{
    public static TableEntity ToEntity(AuditEntry a) => new(TableKeys.Escape(a.ProjectId), $"audit-{a.Sequence:D6}")
    {
        ["Sequence"] = a.Sequence,
        ["At"] = a.At.ToUniversalTime(),
        ["ActorRole"] = a.Actor.Role.ToString(),
        ["ActorId"] = a.Actor.Id,
        ["ActorName"] = a.Actor.DisplayName,
        ["ActorInstitution"] = a.Actor.InstitutionId,
        ["Action"] = a.Action.ToString(),
        ["From"] = a.From.ToString(),
        ["To"] = a.To.ToString(),
        ["Reason"] = a.Reason,
    };

    public static AuditEntry FromEntity(string projectId, TableEntity e) => new(
        projectId,
        e.GetInt32("Sequence") ?? 0,
        e.GetDateTimeOffset("At") ?? default,
        new Actor(Enum.Parse<Role>(e.GetString("ActorRole")), e.GetString("ActorId"), e.GetString("ActorName"), e.GetString("ActorInstitution")),
        Enum.Parse<ProjectAction>(e.GetString("Action")),
        Enum.Parse<ProjectStage>(e.GetString("From")),
        Enum.Parse<ProjectStage>(e.GetString("To")),
        e.GetString("Reason"));
}
