using XjKeji.Domain.Common;
using XjKeji.Domain.Deadlines;

namespace XjKeji.Domain.Projects;

/// <summary>Review outcome, publicity with objections, and approval.</summary>
public sealed partial class Project
{
    /// <summary>
    /// The review proposes the project for funding: it is published on <paramref name="publishedOn"/> for the publicity
    /// period computed by <paramref name="policy"/>, with <paramref name="approvedFiscalCny"/> (null: the amount requested).
    /// </summary>
    public void ProposeForFunding(Actor actor, DateTimeOffset at, DateOnly publishedOn, DeadlinePolicy policy, decimal? approvedFiscalCny = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Transition(ProjectAction.ProposeForFunding, actor, at, null,
            () => approvedFiscalCny is <= 0 ? new("资助金额必须大于零", "the funded amount must be greater than zero") : null,
            () =>
            {
                PublicityEndsOn = policy.Publicity(publishedOn).DueOn;
                ApprovedFiscalCny = approvedFiscalCny ?? Form.Budget.FiscalTotalCny;
            });
    }

    /// <summary>The review does not fund the project.</summary>
    public void DeclineFunding(Actor actor, DateTimeOffset at, string reason) => Transition(ProjectAction.DeclineFunding, actor, at, reason);

    /// <summary>
    /// Files an objection (异议). Named objections (a person's real name or an organisation's seal) hold approval until
    /// resolved; anonymous ones are recorded but not accepted for handling, unless the rules say otherwise.
    /// </summary>
    /// <returns>The recorded objection.</returns>
    public Objection RaiseObjection(Actor actor, DateTimeOffset at, string objectionId, string? filedBy, string? contact, string text, ObjectionRulesRule rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var anonymous = string.IsNullOrWhiteSpace(filedBy) || string.IsNullOrWhiteSpace(contact);
        var objection = new Objection(objectionId, at, anonymous ? null : filedBy!.Trim(), anonymous ? null : contact!.Trim(), text,
            anonymous && !rules.AnonymousAccepted ? ObjectionStatus.RecordedAnonymous : ObjectionStatus.Open);
        Transition(ProjectAction.RaiseObjection, actor, at, text,
            () => rules.OnlyWithinPeriod && PublicityEndsOn is { } end && Today(at) > end
                ? new($"公示期已于{end:yyyy-MM-dd}结束，不再受理异议", $"the publicity period ended on {end:yyyy-MM-dd}; objections are no longer accepted")
                : _objections.Any(o => o.Id == objectionId) ? new("异议编号重复", "duplicate objection id") : null,
            () => _objections.Add(objection));
        return objection;
    }

    /// <summary>Resolves an open objection: upheld rejects the project; dismissed lets it continue.</summary>
    public void ResolveObjection(Actor actor, DateTimeOffset at, string objectionId, bool upheld, string resolution)
    {
        var action = upheld ? ProjectAction.UpholdObjection : ProjectAction.DismissObjection;
        var index = _objections.FindIndex(o => o.Id == objectionId);
        Transition(action, actor, at, resolution,
            () => index < 0 ? new("找不到该异议", "no such objection")
                : !_objections[index].Holds ? new("该异议不在待处理状态", "the objection is not open") : null,
            () => _objections[index] = _objections[index] with { Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed, Resolution = resolution });
    }

    /// <summary>The publicity period is over (not before its last day has ended) and no objection is open.</summary>
    public void EndPublicity(Actor actor, DateTimeOffset at) =>
        Transition(ProjectAction.EndPublicity, actor, at, null,
            () => PublicityEndsOn is { } end && Today(at) <= end ? new($"公示期至{end:yyyy-MM-dd}结束", $"the publicity period runs until {end:yyyy-MM-dd}")
                : HasOpenObjection ? new("存在尚未处理的异议", "an objection is still open") : null);

    /// <summary>Issues the approval (批复/立项); the contract window starts.</summary>
    public void Approve(Actor actor, DateTimeOffset at) =>
        Transition(ProjectAction.Approve, actor, at, null, effect: () => ApprovedOn = Today(at));
}
