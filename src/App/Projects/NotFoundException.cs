using XjKeji.Domain.Common;

namespace XjKeji.App.Projects;

/// <summary>The thing asked for does not exist (or the caller may not know it exists). Hosts answer 404.</summary>
public sealed class NotFoundException : DomainException
{
    /// <summary>Creates the error.</summary>
    public NotFoundException(string entity, string id)
        : base("not-found", new BilingualText($"找不到{entity} {id}", $"{entity} {id} was not found"))
    {
        Entity = entity;
        EntityId = id;
    }

    /// <summary>The kind of thing.</summary>
    public string Entity { get; }

    /// <summary>Its id.</summary>
    public string EntityId { get; }
}
