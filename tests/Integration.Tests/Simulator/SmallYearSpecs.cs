using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;
using XjKeji.Simulator.Spec;

namespace XjKeji.Integration.Tests.Simulator;

/// <summary>
/// Two small program years whose reports are computed by hand in <see cref="SmallYearSimulationTests"/>. Every project of
/// a program is alike (same category, amounts and targets), so the seed's choice of which project is objected to, late
/// or partly achieved changes no figure.
/// </summary>
internal static class SmallYearSpecs
{
    private const double SecondsPerBusinessDay = 0.5;

    /// <summary>
    /// AidXinjiang only: four B projects of 400,000 (200,000 this year, 100,000 self-raised) and one declined; one objection,
    /// upheld; of the three approved, two achieve every target and one half of it; all three answer the survey, two satisfied.
    /// </summary>
    public static ProgramYearSpec ObjectionAndPartialAchievement() => new(
        2018, Seed: 7, new DateOnly(2018, 3, 12), SecondsPerBusinessDay,
        [AidCall([new CategorySpec(CategoryCode.AidXinjiangB, 4, 1, 1_600_000m, 800_000m, 400_000m)],
            new() { ["AX-TALENTS"] = new(16), ["AX-TRANSFERS"] = new(8), ["AX-PLATFORMS"] = new(8), ["AX-IP"] = new(8), ["AX-TRAINED"] = new(40), ["AX-OUTPUT-VALUE"] = new(200), ["AX-ECONOMIC"] = new(200) })],
        [],
        new ObjectionSpec(0.25, 1),
        0,
        [new AchievementBand(2d / 3, 1m), new AchievementBand(1d / 3, 0.5m)],
        [new SurveySpec(ProgramCode.AidXinjiang, RespondentKind.Applicant, 1, 2d / 3)],
        new YearEndInputs([new ProgramBudget(ProgramCode.AidXinjiang, 600_000m, 600_000m)], FundTargets("AX-PROJECTS", 3), [], []),
        Parallelism: 4);

    /// <summary>
    /// Both programs: two AidXinjiang A projects of 800,000 (500,000 this year) and two SCO general projects of 350,000
    /// (200,000 this year, 500,000 self-raised each: leveraged capital); two AidXinjiang B and one SCO project carried over
    /// (150,000 and 100,000 this year); one project of each program reports acceptance after the grace period; one
    /// AidXinjiang applicant answers (satisfied), both SCO project sites answer, one satisfied.
    /// </summary>
    public static ProgramYearSpec LateAcceptanceAndCarriedOver() => new(
        2018, Seed: 11, new DateOnly(2018, 3, 12), SecondsPerBusinessDay,
        [
            AidCall([new CategorySpec(CategoryCode.AidXinjiangA, 2, 0, 1_600_000m, 1_000_000m, 0m)],
                new() { ["AX-TALENTS"] = new(10), ["AX-TRANSFERS"] = new(2), ["AX-PLATFORMS"] = new(2), ["AX-IP"] = new(2), ["AX-TRAINED"] = new(40), ["AX-OUTPUT-VALUE"] = new(200), ["AX-ECONOMIC"] = new(200) }),
            new CallSpec(ProgramCode.ScoPartnership, new DateOnly(2018, 3, 1), new DateOnly(2018, 12, 31), new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 30),
                [new CategorySpec(CategoryCode.ScoGeneral, 2, 0, 700_000m, 400_000m, 1_000_000m)],
                new Dictionary<string, TargetSpec> { ["SCO-JOBS"] = new(40), ["SCO-DEMO-BASE"] = new(2, AtLeast: true), ["SCO-EXTENSION"] = new(4), ["SCO-TRAINED"] = new(20), ["SCO-PROFIT-TAX"] = new(10), ["SCO-EXPORT"] = new(100) }),
        ],
        [
            new CarriedOverSpec(CategoryCode.AidXinjiangB, 2, 2017, 600_000m, 300_000m, new DateOnly(2017, 7, 1), new DateOnly(2019, 12, 31)),
            new CarriedOverSpec(CategoryCode.ScoGeneral, 1, 2017, 300_000m, 100_000m, new DateOnly(2017, 7, 1), new DateOnly(2019, 12, 31)),
        ],
        new ObjectionSpec(0, 0),
        0.5,
        [new AchievementBand(1, 1m)],
        [new SurveySpec(ProgramCode.AidXinjiang, RespondentKind.Applicant, 0.5, 1), new SurveySpec(ProgramCode.ScoPartnership, RespondentKind.ProjectSite, 1, 0.5)],
        new YearEndInputs(
            [new ProgramBudget(ProgramCode.AidXinjiang, 1_300_000m, 1_300_000m), new ProgramBudget(ProgramCode.ScoPartnership, 500_000m, 500_000m)],
            [.. FundTargets("AX-PROJECTS", 2), new IndicatorTarget("SCO-PROJECTS", IndicatorValue.Of(2))], [], []),
        Parallelism: 4);

    private static CallSpec AidCall(IReadOnlyList<CategorySpec> categories, Dictionary<string, TargetSpec> targets) =>
        new(ProgramCode.AidXinjiang, new DateOnly(2018, 3, 1), new DateOnly(2018, 12, 31), new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 30), categories, targets);

    // The rows whose targets only the officer can give: project count, process compliance (100%), satisfaction (≥ 90%).
    private static IndicatorTarget[] FundTargets(string projects, int count) =>
    [
        new(projects, IndicatorValue.Of(count)), new("AX-PROCESS", IndicatorValue.Of(100)), new("AX-FUND-USE", IndicatorValue.Of(100)),
        new("PUBLICITY-TIMELINESS", IndicatorValue.Of(100)), new("AX-SATISFACTION", IndicatorValue.AtLeast(90)), new("SCO-SATISFACTION", IndicatorValue.AtLeast(90)),
    ];
}
