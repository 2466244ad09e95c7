using XjKeji.Domain.Common;

namespace XjKeji.Domain.Validation;

/// <summary>One problem found while validating input: where it is, a stable code, and what to do, in both languages.</summary>
/// <param name="Field">Path of the offending field, e.g. <c>budget.lines[2].fiscalCny</c>; empty for the whole object.</param>
/// <param name="Code">Stable code, e.g. <c>out-of-range</c>.</param>
/// <param name="Message">The message shown to the user, Chinese and English.</param>
public sealed record ValidationProblem(string Field, string Code, BilingualText Message)
{
    /// <summary>Creates a problem from its parts.</summary>
    public static ValidationProblem Of(string field, string code, string zh, string en) => new(field, code, new BilingualText(zh, en));
}
