using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>Projects for storage tests, built from the Domain tests' <see cref="Samples"/>.</summary>
internal static class StorageSamples
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static Project Draft(string id, Institution? institution = null)
    {
        var form = institution is null ? Samples.AidForm() : Samples.AidForm() with { Institution = institution };
        var applicant = new Actor(Role.Applicant, "pi-1", "张伟", form.Institution.Id);
        return Project.CreateDraft(id, Samples.AidCall(), form, applicant, Samples.InCallWindow);
    }

    public static Actor ApplicantOf(Project project) => new(Role.Applicant, "pi-1", "张伟", project.InstitutionId);

    /// <summary>
    /// A snapshot with every optional part filled: Chinese text, amounts with significant trailing zeros and cents, dates,
    /// objections, an extension request, indicator actuals, SCO details. Not a reachable state: a serialization sample.
    /// </summary>
    public static ProjectSnapshot Full(string id)
    {
        var at = new DateTimeOffset(2019, 11, 4, 9, 30, 15, 123, Beijing);
        var sco = Samples.ScoForm().Sco;
        var form = Samples.AidForm(CategoryCode.AidXinjiangC, 71_439_500.00m) with
        {
            Title = "南疆“节水灌溉”技术示范——喀什/和田 #2",
            TeamMemberIds = ["pi-2", "pi-3"],
            Sco = sco,
        };
        var code = Samples.Targets(ProgramCode.AidXinjiang)[0].IndicatorCode;
        return new ProjectSnapshot(
            id, "2018-AidXinjiang", 2018, form, ProjectStage.Execution, at.AddDays(-600), at.AddDays(-590),
            new DateOnly(2018, 5, 11), new DateOnly(2018, 5, 20), 71_439_500.00m, new DateOnly(2018, 6, 1),
            6, 1, new ExtensionRequest(at, 6, "受疫情影响，田间试验推迟一季。"),
            [
                new Objection("obj-1", at.AddDays(-560), "李明", "13900000000", "申报材料中的合作单位未盖章。", ObjectionStatus.Dismissed, "经核查，已补盖公章。"),
                new Objection("obj-2", at.AddDays(-559), null, null, "匿名：预算偏高", ObjectionStatus.RecordedAnonymous),
            ],
            [
                new IndicatorActual(code, new IndicatorValue(0.01m, IndicatorComparator.AtLeast), ["ev-1", "ev-2"]),
                new IndicatorActual("qualitative", IndicatorValue.Qualitative("中长期"), []),
            ],
            TerminationCause.Objective, true, 9, at, 7, true);
    }
}
