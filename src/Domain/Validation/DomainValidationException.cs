using XjKeji.Domain.Common;

namespace XjKeji.Domain.Validation;

/// <summary>Input broke one or more rules; carries every problem so a host can return them as per-field errors.</summary>
public sealed class DomainValidationException : DomainException
{
    /// <summary>Creates the error from the problems found (at least one).</summary>
    public DomainValidationException(IReadOnlyList<ValidationProblem> problems)
        : base("validation-failed", new BilingualText("提交的数据未通过校验", "The submitted data failed validation"))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }
}
