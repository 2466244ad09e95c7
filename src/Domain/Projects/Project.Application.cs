using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Projects;

/// <summary>Application-phase actions: edit, submit, eligibility check, correction, withdrawal.</summary>
public sealed partial class Project
{
    /// <summary>Replaces the application content; allowed while the applicant holds the form (draft or returned for correction).</summary>
    public void UpdateForm(ApplicationForm form, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        if (Stage is not (ProjectStage.Draft or ProjectStage.ReturnedForCorrection))
        {
            throw Refuse(ProjectAction.Submit, actor, RefusalReason.NotAllowedInStage, new BilingualText("只有草稿或退回修改的申报书可以修改", "only a draft or a returned application can be edited"));
        }

        if (actor.Role != Role.Applicant || actor.InstitutionId != InstitutionId || form.Institution.Id != InstitutionId)
        {
            throw Refuse(ProjectAction.Submit, actor, RefusalReason.NotOwner, new BilingualText("申报人只能修改本单位的申报书，且不能更换承担单位", "an applicant may edit only their institution's application and cannot change the institution"));
        }

        if (form.Program != Form.Program)
        {
            throw Refuse(ProjectAction.Submit, actor, RefusalReason.GuardFailed, new BilingualText("不能更换计划", "the program cannot be changed"));
        }

        Form = form;
    }

    /// <summary>Submits the draft (申报): the call must be open and the application valid against it.</summary>
    /// <exception cref="Validation.DomainValidationException">The application has problems; all are listed.</exception>
    public void Submit(Actor actor, DateTimeOffset at, AnnualCall call, decimal committedInCategoryCny = 0)
    {
        ArgumentNullException.ThrowIfNull(call);
        EnsureAllowed(ProjectAction.Submit, actor);
        Form.Validate(call, committedInCategoryCny).ThrowIfInvalid();
        Transition(ProjectAction.Submit, actor, at, null,
            () => call.Id != CallId ? new("申报书不属于该指南", "the application belongs to another call")
                : call.IsOpenAt(at) ? null
                : new($"申报时间为{call.OpensOn:yyyy-MM-dd}至{call.ClosesOn:yyyy-MM-dd}（北京时间）", $"the call is open from {call.OpensOn:yyyy-MM-dd} to {call.ClosesOn:yyyy-MM-dd} (Beijing time)"),
            () => SubmittedAt ??= at);
    }

    /// <summary>
    /// Whether a submission by <paramref name="actor"/> now would repeat the one that brought the project where it stands:
    /// <paramref name="lastEntry"/>, the project's newest audit entry, is that actor's <see cref="ProjectAction.Submit"/>
    /// and nothing was recorded after it. Such a repeat is the retry of a submission whose answer was lost, and is answered
    /// as that submission; any other second submission is refused as an illegal transition.
    /// </summary>
    public bool IsRepeatOfLastSubmission(Actor actor, AuditEntry? lastEntry)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return lastEntry is { Action: ProjectAction.Submit } submitted && submitted.ProjectId == Id && submitted.Sequence == AuditSequence
            && submitted.Actor.Role == actor.Role && submitted.Actor.Id == actor.Id;
    }

    /// <summary>Resubmits after correction; allowed after the call closed, since the officer asked for it.</summary>
    public void Resubmit(Actor actor, DateTimeOffset at, AnnualCall call, decimal committedInCategoryCny = 0)
    {
        ArgumentNullException.ThrowIfNull(call);
        EnsureAllowed(ProjectAction.Resubmit, actor);
        Form.Validate(call, committedInCategoryCny).ThrowIfInvalid();
        Transition(ProjectAction.Resubmit, actor, at, null);
    }

    /// <summary>The officer finds the application eligible; it goes to expert review.</summary>
    public void PassEligibility(Actor actor, DateTimeOffset at, string? note = null) => Transition(ProjectAction.PassEligibility, actor, at, note);

    /// <summary>The application is ineligible (or a returned one was not corrected in time).</summary>
    public void RejectEligibility(Actor actor, DateTimeOffset at, string reason) => Transition(ProjectAction.RejectEligibility, actor, at, reason);

    /// <summary>Returns the application, mid-term report or acceptance materials for correction.</summary>
    public void ReturnForCorrection(Actor actor, DateTimeOffset at, string reason) => Transition(ProjectAction.ReturnForCorrection, actor, at, reason);

    /// <summary>The applicant withdraws before the contract is signed.</summary>
    public void Withdraw(Actor actor, DateTimeOffset at, string? reason = null) => Transition(ProjectAction.Withdraw, actor, at, reason);
}
