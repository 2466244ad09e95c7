namespace XjKeji.Domain.Validation;

/// <summary>
/// The outcome of a validation: every problem at once, so a user fixes a form in one round instead of one error at a time.
/// </summary>
public sealed class ValidationResult
{
    private readonly List<ValidationProblem> _problems = [];

    /// <summary>The problems found, in the order the validator met them.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems;

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Records a problem.</summary>
    public ValidationResult Add(ValidationProblem problem)
    {
        _problems.Add(problem);
        return this;
    }

    /// <summary>Records a problem from its parts.</summary>
    public ValidationResult Add(string field, string code, string zh, string en) => Add(ValidationProblem.Of(field, code, zh, en));

    /// <summary>Records every problem of another result, with its field paths put under <paramref name="prefix"/>.</summary>
    public ValidationResult AddNested(string prefix, ValidationResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var p in other.Problems)
        {
            var field = string.IsNullOrEmpty(p.Field) ? prefix : p.Field.StartsWith('[') ? prefix + p.Field : $"{prefix}.{p.Field}";
            _problems.Add(p with { Field = field });
        }

        return this;
    }

    /// <summary>Throws <see cref="DomainValidationException"/> when any problem was found.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DomainValidationException(_problems);
        }
    }
}
