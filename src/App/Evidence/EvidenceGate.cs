using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Evidence;

/// <summary>
/// Refuses a stage response whose evidence is not there: the files the stage requires, and for an acceptance report a
/// link from every actual to an accepted file. Checked after the caller may see the project and before the Domain
/// applies the step, so a refused response changes nothing.
/// </summary>
public sealed class EvidenceGate(IEvidenceRepository evidence, StageEvidenceRequirements requirements)
{
    /// <summary>
    /// A guard for a response that belongs to <paramref name="stage"/>. In any other stage it checks nothing, so the
    /// Domain still answers an out-of-stage step with its illegal-transition error rather than a list of missing files.
    /// </summary>
    /// <param name="stage">The stage whose requirements apply.</param>
    /// <param name="actuals">For an acceptance report, the actuals whose evidence links are checked too.</param>
    public Func<Project, CancellationToken, Task> For(ProjectStage stage, IReadOnlyList<IndicatorActual>? actuals = null) =>
        async (project, cancellationToken) =>
        {
            ArgumentNullException.ThrowIfNull(project);
            if (project.Stage != stage || (requirements.Required(stage).Count == 0 && actuals is null))
            {
                return;
            }

            var recorded = await evidence.ListByProjectAsync(project.Id, cancellationToken).ConfigureAwait(false);
            List<ValidationProblem> problems = [.. requirements.Missing(stage, recorded)];
            if (actuals is not null)
            {
                problems.AddRange(IndicatorEvidenceLinks.Problems(actuals, recorded));
            }

            if (problems.Count > 0)
            {
                throw new DomainValidationException(problems);
            }
        };
}
