using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Projects;

/// <summary>Performs any action on a project with data that satisfies its guards, so the matrix tests exercise the rule table itself.</summary>
internal static class TransitionHarness
{
    public static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);

    public static Actor ActorFor(Role role) => role switch
    {
        Role.Applicant => Samples.Applicant,
        Role.Officer => Samples.Officer,
        Role.Expert => Samples.Expert,
        Role.Public => Samples.Public,
        _ => Samples.System,
    };

    /// <summary>A project in the stage, with a pending extension or an open objection when the action needs one.</summary>
    public static Project Arrange(ProjectStage stage, ProjectAction action) => action switch
    {
        ProjectAction.GrantExtension or ProjectAction.DenyExtension =>
            Samples.InStage(stage, pending: new ExtensionRequest(Samples.InCallWindow, 6, "田间试验受天气影响")),
        ProjectAction.DismissObjection or ProjectAction.UpholdObjection =>
            Samples.InStage(stage, objections: [new Objection("O-1", Samples.InCallWindow, "刘强", "13900000000", "申报材料与事实不符", ObjectionStatus.Open)]),
        _ => Samples.InStage(stage),
    };

    /// <summary>A moment at which the action's date guards pass.</summary>
    public static DateTimeOffset When(ProjectAction action) => action switch
    {
        ProjectAction.RaiseObjection => new DateTimeOffset(2018, 5, 8, 2, 0, 0, TimeSpan.Zero),
        ProjectAction.EndPublicity => new DateTimeOffset(2018, 5, 14, 2, 0, 0, TimeSpan.Zero),
        ProjectAction.RequestExtension => new DateTimeOffset(2019, 6, 3, 2, 0, 0, TimeSpan.Zero),
        ProjectAction.OpenAcceptance => new DateTimeOffset(2020, 7, 2, 2, 0, 0, TimeSpan.Zero),
        _ => Samples.InCallWindow,
    };

    public static void Act(Project p, ProjectAction action, Actor actor) => Act(p, action, actor, When(action));

    public static void Act(Project p, ProjectAction action, Actor actor, DateTimeOffset at)
    {
        const string reason = "依据管理办法";
        switch (action)
        {
            case ProjectAction.Submit: p.Submit(actor, at, Samples.AidCall()); break;
            case ProjectAction.Resubmit: p.Resubmit(actor, at, Samples.AidCall()); break;
            case ProjectAction.PassEligibility: p.PassEligibility(actor, at); break;
            case ProjectAction.RejectEligibility: p.RejectEligibility(actor, at, reason); break;
            case ProjectAction.ReturnForCorrection: p.ReturnForCorrection(actor, at, reason); break;
            case ProjectAction.ProposeForFunding: p.ProposeForFunding(actor, at, new DateOnly(2018, 5, 7), Policy); break;
            case ProjectAction.DeclineFunding: p.DeclineFunding(actor, at, reason); break;
            case ProjectAction.RaiseObjection: p.RaiseObjection(actor, at, "O-2", "刘强", "13900000000", "申报材料与事实不符", Regulations.Defaults.ObjectionRules); break;
            case ProjectAction.DismissObjection: p.ResolveObjection(actor, at, "O-1", upheld: false, reason); break;
            case ProjectAction.UpholdObjection: p.ResolveObjection(actor, at, "O-1", upheld: true, reason); break;
            case ProjectAction.EndPublicity: p.EndPublicity(actor, at); break;
            case ProjectAction.Approve: p.Approve(actor, at); break;
            case ProjectAction.SignContract: p.SignContract(actor, at); break;
            case ProjectAction.StartMidTermInspection: p.StartMidTermInspection(actor, at); break;
            case ProjectAction.SubmitMidTermReport: p.SubmitMidTermReport(actor, at); break;
            case ProjectAction.PassMidTermInspection: p.PassMidTermInspection(actor, at); break;
            case ProjectAction.RequestExtension: p.RequestExtension(actor, at, 6, reason, Regulations.Defaults.Extension); break;
            case ProjectAction.GrantExtension: p.DecideExtension(actor, at, grant: true); break;
            case ProjectAction.DenyExtension: p.DecideExtension(actor, at, grant: false, reason); break;
            case ProjectAction.OpenAcceptance: p.OpenAcceptance(actor, at); break;
            case ProjectAction.SubmitAcceptanceReport: p.SubmitAcceptanceReport(actor, at, AllActuals(p)); break;
            case ProjectAction.PassAcceptance: p.PassAcceptance(actor, at); break;
            case ProjectAction.FailAcceptance: p.FailAcceptance(actor, at, reason); break;
            case ProjectAction.Withdraw: p.Withdraw(actor, at); break;
            case ProjectAction.Terminate: p.Terminate(actor, at, TerminationCause.ForCause, reason); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "The harness does not know this action.");
        }
    }

    public static IReadOnlyList<IndicatorActual> AllActuals(Project p) =>
        [.. p.Form.Targets.Select(t => new IndicatorActual(t.IndicatorCode, IndicatorValue.Of(2), ["E-1"]))];
}
