using System.Text;
using XjKeji.App.Notifications;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Digest;

/// <summary>
/// The officers' daily deadline digest: every project whose applicant deadline has passed or falls within the next
/// <see cref="HorizonWorkingDays"/> working days, in one Chinese email per day (deduplicated by date, so a retried or
/// doubled timer sends one).
/// </summary>
public sealed class OfficerDigest
{
    /// <summary>How far ahead the digest looks, in working days.</summary>
    public const int HorizonWorkingDays = 5;

    /// <summary>How many program years back the digest looks (execution periods last up to five years).</summary>
    public const int YearsBack = 5;

    private readonly IProjectRepository _projects;
    private readonly IEmailSender _email;
    private readonly DeadlinePolicy _policy;
    private readonly IWorkingDayCalendar _calendar;
    private readonly IBusinessClock _clock;
    private readonly WorkflowOptions _options;

    /// <summary>Creates the digest.</summary>
    public OfficerDigest(IProjectRepository projects, IEmailSender email, DeadlinePolicy policy, IWorkingDayCalendar calendar, IBusinessClock clock, WorkflowOptions options)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _email = email ?? throw new ArgumentNullException(nameof(email));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Collects the digest's rows for today (Beijing), overdue first.</summary>
    public async Task<IReadOnlyList<DigestRow>> CollectAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.Now;
        var horizon = ChinaStandardTime.EndOfDay(_calendar.AddWorkingDays(ChinaStandardTime.DateOf(now), HorizonWorkingDays).Date);
        var rows = new List<DigestRow>();
        for (var year = now.Year - YearsBack; year <= now.Year; year++)
        {
            foreach (var program in Enum.GetValues<ProgramCode>())
            {
                foreach (var summary in await _projects.ListByProgramYearAsync(year, program, cancellationToken: cancellationToken))
                {
                    if (LifecycleRules.TerminalStages.Contains(summary.Stage) || await _projects.FindAsync(summary.ProjectId, cancellationToken) is not { } found)
                    {
                        continue;
                    }

                    if (StageSchedule.CurrentDeadline(found.Project, _policy) is { } deadline && deadline.DueAt <= horizon)
                    {
                        rows.Add(new DigestRow(summary, deadline, deadline.DueAt < now));
                    }
                }
            }
        }

        return [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Deadline.DueAt)];
    }

    /// <summary>Sends today's digest if there is anything to report; returns the number of rows.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        var rows = await CollectAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var today = ChinaStandardTime.DateOf(_clock.Now);
        var body = new StringBuilder("计划处：\n以下项目的申报人期限已逾期或即将到期：\n\n");
        foreach (var r in rows)
        {
            body.Append(r.Overdue ? "【已逾期】" : "【将到期】")
                .Append($"《{r.Summary.Title}》（{r.Summary.ProjectId}，{r.Summary.InstitutionName}）")
                .Append($"{EmailTemplates.StepName(r.Deadline.Step)}，截止 {ChinaStandardTime.Format(r.Deadline.DueAt)}\n");
        }

        await _email.SendAsync(new EmailMessage($"digest:{today:yyyy-MM-dd}", _options.OfficerEmail,
            $"【每日督办】{today:yyyy-MM-dd} 逾期 {rows.Count(r => r.Overdue)} 项，将到期 {rows.Count(r => !r.Overdue)} 项", body.ToString(), EmailKind.OfficerDigest, null), cancellationToken);
        return rows.Count;
    }
}

/// <summary>One project in the digest.</summary>
/// <param name="Summary">The project.</param>
/// <param name="Deadline">Its current deadline.</param>
/// <param name="Overdue">True when the deadline has passed.</param>
public sealed record DigestRow(ProjectSummary Summary, StepDeadline Deadline, bool Overdue);
