using XjKeji.Domain.Credit;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// 评审专家: an entry of the expert database (专家信息库). The expert's <see cref="Id"/> is also their person id on credit
/// records, so a misconduct finding against that person applies to them as a reviewer.
/// </summary>
/// <param name="Id">Stable identifier (also the person id on credit records).</param>
/// <param name="Name">Full name.</param>
/// <param name="InstitutionId">The expert's own institution (conflicts with applications from it).</param>
/// <param name="Fields">Fields of expertise (the SCO priority fields).</param>
/// <param name="Keywords">Free-text keywords of expertise (e.g. 节水灌溉), matched against an application's keywords.</param>
/// <param name="Region">In Xinjiang or outside.</param>
/// <param name="Available">False while the expert has asked not to be assigned (leave, travel).</param>
/// <param name="ActiveAssignments">Applications the expert is currently reviewing (their load).</param>
/// <param name="DeclaredConflicts">Projects and people the expert declared they must not review.</param>
/// <param name="Email">
/// Where review reminders go; optional (older entries and files have none), checked when given. An expert without one is
/// not reminded by email.
/// </param>
public sealed record Expert(
    string Id,
    string Name,
    string InstitutionId,
    IReadOnlyList<ScoPriorityField> Fields,
    IReadOnlyList<string> Keywords,
    ExpertRegion Region,
    bool Available,
    int ActiveAssignments,
    IReadOnlyList<DeclaredConflict> DeclaredConflicts,
    string? Email = null)
{
    /// <summary>Longest id accepted; ids become storage keys.</summary>
    public const int MaxIdLength = 64;

    /// <summary>
    /// True when the expert may review at <paramref name="at"/>: no misconduct ban against them (as a person) is in force.
    /// An expert with a record loses reviewer status for its duration (REGULATIONS.md, Credit).
    /// </summary>
    public bool HasReviewerStatusAt(DateTimeOffset at, IEnumerable<MisconductFinding> findings) => ActiveMisconductAt(at, findings).Count == 0;

    /// <summary>The findings against the expert whose ban is in force at <paramref name="at"/>.</summary>
    public IReadOnlyList<MisconductFinding> ActiveMisconductAt(DateTimeOffset at, IEnumerable<MisconductFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings.Where(f => f.Concerns(CreditSubjectKind.Person, Id) && f.IsActiveAt(at))];
    }

    /// <summary>Checks the entry; every problem at once.</summary>
    public ValidationResult Validate()
    {
        var r = new ValidationResult();
        if (string.IsNullOrWhiteSpace(Id))
        {
            r.Add("id", "required", "必须填写专家编号", "The expert id is required");
        }
        else if (Id.Length > MaxIdLength || Id.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?') || Id != Id.Trim())
        {
            r.Add("id", "invalid-id", $"专家编号不能超过{MaxIdLength}个字符，且不能含有 / \\ # ? 、控制字符或首尾空格",
                $"The expert id may have at most {MaxIdLength} characters and no / \\ # ?, control characters or surrounding spaces");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            r.Add("name", "required", "必须填写专家姓名", "The expert's name is required");
        }

        if (string.IsNullOrWhiteSpace(InstitutionId))
        {
            r.Add("institutionId", "required", "必须填写专家所在单位", "The expert's institution is required");
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            if (!Enum.IsDefined(Fields[i]))
            {
                r.Add($"fields[{i}]", "unknown", "未知的专业领域", "Unknown field of expertise");
            }
            else if (Fields.Take(i).Contains(Fields[i]))
            {
                r.Add($"fields[{i}]", "duplicate", "专业领域重复", "The field is listed twice");
            }
        }

        for (var i = 0; i < Keywords.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Keywords[i]))
            {
                r.Add($"keywords[{i}]", "required", "关键词不能为空", "A keyword cannot be empty");
            }
        }

        if (!Enum.IsDefined(Region))
        {
            r.Add("region", "unknown", "地区只能是区内或区外", "The region must be in or outside Xinjiang");
        }

        if (ActiveAssignments < 0)
        {
            r.Add("activeAssignments", "negative", "在审项目数不能为负数", "Active assignments cannot be negative");
        }

        for (var i = 0; i < DeclaredConflicts.Count; i++)
        {
            var c = DeclaredConflicts[i];
            if (c is null || !Enum.IsDefined(c.Kind) || string.IsNullOrWhiteSpace(c.TargetId))
            {
                r.Add($"declaredConflicts[{i}]", "invalid", "回避项须注明项目或人员编号", "A declared conflict needs a project or person id");
            }
        }

        if (Email is not null && !EmailAddress.IsValid(Email))
        {
            r.Add("email", "invalid-email", "专家邮箱格式不正确（不需要时请留空）", "The expert's email address is not valid (leave it out when there is none)");
        }

        return r;
    }
}
