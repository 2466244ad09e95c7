namespace XjKeji.Domain.Review;

/// <summary>How well an expert's expertise fits an application; the planner prefers a better match before a lighter load.</summary>
public enum FieldMatch
{
    /// <summary>Neither the field nor a keyword matches.</summary>
    None = 0,

    /// <summary>At least one keyword matches (case-insensitive) but not the field.</summary>
    Keyword = 1,

    /// <summary>The application's field is one of the expert's fields.</summary>
    Field = 2,
}

/// <summary>Computes <see cref="FieldMatch"/>.</summary>
public static class ExpertMatching
{
    /// <summary>The match of an expert to an application.</summary>
    public static FieldMatch Match(Expert expert, ReviewApplication application)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(application);
        if (application.Field is { } field && expert.Fields.Contains(field))
        {
            return FieldMatch.Field;
        }

        var keywords = application.Keywords.Select(k => k.Trim()).Where(k => k.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return expert.Keywords.Any(k => keywords.Contains(k.Trim())) ? FieldMatch.Keyword : FieldMatch.None;
    }
}
