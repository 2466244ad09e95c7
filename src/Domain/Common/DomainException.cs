namespace XjKeji.Domain.Common;

/// <summary>
/// Base of every error the domain raises on purpose. Hosts map it to a 4xx response with <see cref="Code"/> as a
/// stable machine-readable type and <see cref="Title"/> in Chinese and English.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the error with its stable code and bilingual title.</summary>
    /// <param name="code">Stable code, kebab-case, used as the problem type.</param>
    /// <param name="title">What went wrong, in Chinese and English.</param>
    protected DomainException(string code, BilingualText title)
        : base(title.En)
    {
        Code = code;
        Title = title;
    }

    /// <summary>Stable machine-readable code, e.g. <c>illegal-transition</c>.</summary>
    public string Code { get; }

    /// <summary>What went wrong, in Chinese and English.</summary>
    public BilingualText Title { get; }
}
