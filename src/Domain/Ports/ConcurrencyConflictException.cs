using XjKeji.Domain.Common;

namespace XjKeji.Domain.Ports;

/// <summary>
/// Someone else changed (or created) the entity since it was read. Nothing was written; the caller re-reads and decides
/// again. Hosts answer 412 (stale If-Match) or 409.
/// </summary>
public sealed class ConcurrencyConflictException : DomainException
{
    /// <summary>Creates the error for an entity.</summary>
    public ConcurrencyConflictException(string entity, string id)
        : base("concurrency-conflict", new BilingualText($"{entity} {id} 已被他人修改，请刷新后重试", $"{entity} {id} was changed by someone else; reload and try again"))
    {
        Entity = entity;
        EntityId = id;
    }

    /// <summary>The kind of entity.</summary>
    public string Entity { get; }

    /// <summary>Its id.</summary>
    public string EntityId { get; }
}
