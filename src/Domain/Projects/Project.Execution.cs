using XjKeji.Domain.Common;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Projects;

/// <summary>Contract, execution, mid-term inspection, extension, acceptance and termination.</summary>
public sealed partial class Project
{
    /// <summary>The applicant signs the contract (任务书); execution starts.</summary>
    public void SignContract(Actor actor, DateTimeOffset at) =>
        Transition(ProjectAction.SignContract, actor, at, null, effect: () => ContractSignedOn = Today(at));

    /// <summary>The mid-term inspection is notified.</summary>
    public void StartMidTermInspection(Actor actor, DateTimeOffset at) => Transition(ProjectAction.StartMidTermInspection, actor, at, null);

    /// <summary>The applicant submits the mid-term report.</summary>
    public void SubmitMidTermReport(Actor actor, DateTimeOffset at, string? note = null) => Transition(ProjectAction.SubmitMidTermReport, actor, at, note);

    /// <summary>The officer accepts the mid-term report.</summary>
    public void PassMidTermInspection(Actor actor, DateTimeOffset at, string? note = null) =>
        Transition(ProjectAction.PassMidTermInspection, actor, at, note, effect: () => MidTermPassed = true);

    /// <summary>
    /// The applicant asks to extend execution by <paramref name="months"/>: at most <see cref="ExtensionRule.MaximumCount"/>
    /// times, at most <see cref="ExtensionRule.MaximumMonths"/> months, no later than
    /// <see cref="ExtensionRule.MinimumNoticeMonths"/> months before the end date.
    /// </summary>
    public void RequestExtension(Actor actor, DateTimeOffset at, int months, string reason, ExtensionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var latest = ExecutionEndsOn.AddMonths(-rule.MinimumNoticeMonths);
        Transition(ProjectAction.RequestExtension, actor, at, reason,
            () => PendingExtension is not null ? new("已有待审批的延期申请", "an extension request is already pending")
                : ExtensionsGranted >= rule.MaximumCount ? new($"延期最多{rule.MaximumCount}次", $"at most {rule.MaximumCount} extension(s) allowed")
                : months < 1 || months > rule.MaximumMonths ? new($"延期时长应为1至{rule.MaximumMonths}个月", $"an extension is 1 to {rule.MaximumMonths} months")
                : Today(at) > latest ? new($"延期须在执行期结束前{rule.MinimumNoticeMonths}个月（{latest:yyyy-MM-dd}前）提出", $"extensions must be requested {rule.MinimumNoticeMonths} months before the end date (by {latest:yyyy-MM-dd})")
                : null,
            () => PendingExtension = new ExtensionRequest(at, months, reason));
    }

    /// <summary>The officer grants or denies the pending extension.</summary>
    public void DecideExtension(Actor actor, DateTimeOffset at, bool grant, string? reason = null)
    {
        var pending = PendingExtension;
        Transition(grant ? ProjectAction.GrantExtension : ProjectAction.DenyExtension, actor, at, reason,
            () => pending is null ? new("没有待审批的延期申请", "no extension request is pending") : null,
            () =>
            {
                if (grant)
                {
                    ExtendedByMonths += pending!.Months;
                    ExtensionsGranted++;
                }

                PendingExtension = null;
            });
    }

    /// <summary>Execution has ended; acceptance materials become due. The system may do this only once the end date has passed.</summary>
    public void OpenAcceptance(Actor actor, DateTimeOffset at) =>
        Transition(ProjectAction.OpenAcceptance, actor, at, null,
            () => actor.Role == Role.System && Today(at) <= ExecutionEndsOn ? new($"执行期至{ExecutionEndsOn:yyyy-MM-dd}", $"execution runs until {ExecutionEndsOn:yyyy-MM-dd}") : null);

    /// <summary>The applicant submits acceptance materials with an actual value for every target.</summary>
    public void SubmitAcceptanceReport(Actor actor, DateTimeOffset at, IReadOnlyList<IndicatorActual> actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        Transition(ProjectAction.SubmitAcceptanceReport, actor, at, null,
            () =>
            {
                var missing = Form.Targets.Select(t => t.IndicatorCode).Except(actuals.Select(a => a.IndicatorCode), StringComparer.Ordinal).ToList();
                return missing.Count > 0
                    ? new($"缺少以下指标的实际完成值：{string.Join("、", missing.Select(c => IndicatorCatalog.Get(c).Name.Zh))}", $"actual values missing for: {string.Join(", ", missing)}")
                    : actuals.Any(a => a.Value.Number is null or < 0) ? new("实际完成值必须为非负数", "actual values must be non-negative numbers") : null;
            },
            () =>
            {
                _actuals.Clear();
                _actuals.AddRange(actuals);
            });
    }

    /// <summary>The officer passes acceptance; the project is closed (结题).</summary>
    public void PassAcceptance(Actor actor, DateTimeOffset at, string? note = null) => Transition(ProjectAction.PassAcceptance, actor, at, note);

    /// <summary>Acceptance fails (or materials never came).</summary>
    public void FailAcceptance(Actor actor, DateTimeOffset at, string reason) => Transition(ProjectAction.FailAcceptance, actor, at, reason);

    /// <summary>Terminates an approved project (终止/撤销), recording why for its credit consequence.</summary>
    public void Terminate(Actor actor, DateTimeOffset at, TerminationCause cause, string reason) =>
        Transition(ProjectAction.Terminate, actor, at, reason,
            () => Enum.IsDefined(cause) ? null : new BilingualText("未知的终止原因类别", "unknown termination cause"),
            () => TerminationCause = cause);
}
