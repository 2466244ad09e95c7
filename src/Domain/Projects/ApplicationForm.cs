using XjKeji.Domain.Budget;
using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Projects;

/// <summary>The content of an application (申报书): what is applied for, by whom, for how long, with what budget and targets.</summary>
/// <param name="Title">Project title.</param>
/// <param name="Summary">Short description of the tasks.</param>
/// <param name="Category">The category applied for (decides the program).</param>
/// <param name="PrincipalInvestigator">The PI.</param>
/// <param name="Institution">The lead institution.</param>
/// <param name="ExecutionStartsOn">Planned start of execution.</param>
/// <param name="ExecutionEndsOn">Planned end of execution.</param>
/// <param name="Budget">The budget.</param>
/// <param name="Targets">Performance targets, one per catalog indicator of the program.</param>
/// <param name="Sco">SCO details; required for SCO categories.</param>
/// <param name="OutOfRegionPartner">The out-of-region partner institution; required for AidXinjiang C (joint teams).</param>
/// <param name="TeamMemberIds">Ids of the other team members (used to avoid conflicts of interest in review).</param>
public sealed record ApplicationForm(
    string Title,
    string Summary,
    CategoryCode Category,
    PrincipalInvestigator PrincipalInvestigator,
    Institution Institution,
    DateOnly ExecutionStartsOn,
    DateOnly ExecutionEndsOn,
    ProjectBudget Budget,
    IReadOnlyList<IndicatorTarget> Targets,
    ScoDetails? Sco = null,
    string? OutOfRegionPartner = null,
    IReadOnlyList<string>? TeamMemberIds = null)
{
    /// <summary>Longest title accepted, in characters (Chinese characters count one each).</summary>
    public const int MaxTitleLength = 100;

    /// <summary>Longest execution period accepted, in years.</summary>
    public const int MaxExecutionYears = 5;

    /// <summary>The program of the category.</summary>
    public ProgramCode Program => ProgramCatalog.Category(Category).Program;

    /// <summary>Validates the application against its call; every problem at once.</summary>
    /// <param name="call">The call applied to.</param>
    /// <param name="committedInCategoryCny">Fiscal money already committed to the category in this call.</param>
    public ValidationResult Validate(AnnualCall call, decimal committedInCategoryCny = 0)
    {
        ArgumentNullException.ThrowIfNull(call);
        var r = new ValidationResult();
        if (string.IsNullOrWhiteSpace(Title))
        {
            r.Add("title", "required", "必须填写项目名称", "The project title is required");
        }
        else if (Title.Trim().Length > MaxTitleLength)
        {
            r.Add("title", "too-long", $"项目名称不能超过{MaxTitleLength}个字", $"The title may have at most {MaxTitleLength} characters");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            r.Add("summary", "required", "必须填写项目简介", "The summary is required");
        }

        if (!Enum.IsDefined(Category))
        {
            r.Add("category", "unknown", "未知的项目类别", "Unknown category");
            return r;
        }

        if (Program != call.Program)
        {
            r.Add("category", "wrong-program", "项目类别不属于本指南的计划", "The category does not belong to the call's program");
        }

        ValidateParties(r);
        ValidateDates(call, r);
        r.AddNested(string.Empty, BudgetValidator.Validate(Budget, call, Category, committedInCategoryCny));
        ValidateTargets(r);
        ValidateCategoryExtras(r);
        return r;
    }

    private void ValidateParties(ValidationResult r)
    {
        if (string.IsNullOrWhiteSpace(PrincipalInvestigator?.Id) || string.IsNullOrWhiteSpace(PrincipalInvestigator.Name))
        {
            r.Add("principalInvestigator", "required", "必须填写项目负责人", "The principal investigator is required");
        }
        else if (!EmailAddress.IsValid(PrincipalInvestigator.Email))
        {
            r.Add("principalInvestigator.email", "invalid-email", "项目负责人邮箱格式不正确", "The PI's email address is not valid");
        }

        if (string.IsNullOrWhiteSpace(Institution?.Id) || string.IsNullOrWhiteSpace(Institution.Name))
        {
            r.Add("institution", "required", "必须填写承担单位", "The institution is required");
        }
    }

    private void ValidateDates(AnnualCall call, ValidationResult r)
    {
        if (ExecutionEndsOn <= ExecutionStartsOn)
        {
            r.Add("executionEndsOn", "before-start", "执行期结束日期必须晚于开始日期", "The execution end must be after its start");
        }
        else if (ExecutionEndsOn > ExecutionStartsOn.AddYears(MaxExecutionYears))
        {
            r.Add("executionEndsOn", "too-long", $"执行期不能超过{MaxExecutionYears}年", $"The execution period may not exceed {MaxExecutionYears} years");
        }

        if (ExecutionStartsOn.Year < call.ProgramYear)
        {
            r.Add("executionStartsOn", "before-program-year", "执行期不能早于指南的计划年度", "Execution cannot start before the call's program year");
        }
    }

    private void ValidateTargets(ValidationResult r)
    {
        var expected = IndicatorCatalog.PerProjectIndicators(Program).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Targets.Count; i++)
        {
            var t = Targets[i];
            var path = $"targets[{i}]";
            if (!expected.Contains(t.IndicatorCode))
            {
                r.Add($"{path}.indicatorCode", "unknown-indicator", $"指标“{t.IndicatorCode}”不是本计划的项目绩效指标", $"'{t.IndicatorCode}' is not a project indicator of this program");
            }
            else if (!seen.Add(t.IndicatorCode))
            {
                r.Add($"{path}.indicatorCode", "duplicate-indicator", "同一指标只能填写一次", "Each indicator may be stated once");
            }

            if (t.Value.Number is null or < 0)
            {
                r.Add($"{path}.value", "invalid-target", "指标值必须为非负数", "The target must be a non-negative number");
            }
        }

        foreach (var missing in expected.Except(seen).Order(StringComparer.Ordinal))
        {
            var name = IndicatorCatalog.Get(missing).Name;
            r.Add("targets", "missing-indicator", $"缺少绩效指标“{name.Zh}”的预期值", $"The target for '{name.En}' is missing");
        }
    }

    private void ValidateCategoryExtras(ValidationResult r)
    {
        var definition = ProgramCatalog.Category(Category);
        if (definition.RequiresForeignPartner)
        {
            if (Sco is null)
            {
                r.Add("sco", "required", "上合组织项目必须填写国外合作方、优先领域和出访计划", "SCO projects need the foreign partner, priority field and travel plans");
            }
            else
            {
                if (string.IsNullOrWhiteSpace(Sco.PartnerCountry))
                {
                    r.Add("sco.partnerCountry", "required", "必须填写合作国家", "The partner country is required");
                }

                if (string.IsNullOrWhiteSpace(Sco.PartnerInstitution))
                {
                    r.Add("sco.partnerInstitution", "required", "必须填写国外合作单位", "The foreign partner institution is required");
                }

                if (!Enum.IsDefined(Sco.PriorityField))
                {
                    r.Add("sco.priorityField", "unknown", "未知的优先领域", "Unknown priority field");
                }

                for (var i = 0; i < Sco.TravelPlans.Count; i++)
                {
                    var plan = Sco.TravelPlans[i];
                    if (plan.Travellers < 1 || string.IsNullOrWhiteSpace(plan.Country))
                    {
                        r.Add($"sco.travelPlans[{i}]", "invalid", "出访计划须填写国家且人数至少为1", "A travel plan needs a country and at least one traveller");
                    }
                    else if (plan.PlannedOn < ExecutionStartsOn || plan.PlannedOn > ExecutionEndsOn)
                    {
                        r.Add($"sco.travelPlans[{i}].plannedOn", "outside-execution", "出访时间应在项目执行期内", "The trip should fall inside the execution period");
                    }
                }
            }
        }

        if (definition.RequiresJointTeam && string.IsNullOrWhiteSpace(OutOfRegionPartner))
        {
            r.Add("outOfRegionPartner", "required", "技术创新和成果转移转化类项目须由区内外单位联合申报，请填写区外合作单位",
                "Category C requires a joint team: name the out-of-region partner institution");
        }
    }
}
