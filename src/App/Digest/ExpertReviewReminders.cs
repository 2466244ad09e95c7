using System.Text;
using XjKeji.App.Notifications;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;

namespace XjKeji.App.Digest;

/// <summary>
/// The experts' daily review reminder: every expert with an email address and applications assigned to them but not yet
/// scored (nor declined) while the application is still in expert review gets one Chinese email a day listing them.
/// Neither the calls nor REGULATIONS.md set a review deadline, so the reminder runs with the officers' daily digest; its
/// deduplication key is the expert and the date, so a retried or doubled timer sends one.
/// </summary>
public sealed class ExpertReviewReminders
{
    private readonly ICallRepository _calls;
    private readonly IReviewRepository _reviews;
    private readonly IExpertRepository _experts;
    private readonly IProjectRepository _projects;
    private readonly IEmailSender _email;
    private readonly IBusinessClock _clock;
    private readonly WorkflowOptions _options;

    /// <summary>Creates the reminder.</summary>
    public ExpertReviewReminders(ICallRepository calls, IReviewRepository reviews, IExpertRepository experts, IProjectRepository projects, IEmailSender email, IBusinessClock clock, WorkflowOptions options)
    {
        _calls = calls ?? throw new ArgumentNullException(nameof(calls));
        _reviews = reviews ?? throw new ArgumentNullException(nameof(reviews));
        _experts = experts ?? throw new ArgumentNullException(nameof(experts));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _email = email ?? throw new ArgumentNullException(nameof(email));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The deduplication key of an expert's reminder on a (Beijing) day.</summary>
    public static string DeduplicationKey(string expertId, DateOnly day) => $"review-reminder:{expertId}:{day:yyyy-MM-dd}";

    /// <summary>
    /// Each expert's open reviews today, by expert id. Calls of last, this and next program year are searched: a review
    /// runs in the months after its call closes, and next year's call may open in this one.
    /// </summary>
    public async Task<IReadOnlyList<ExpertReminder>> CollectAsync(CancellationToken cancellationToken = default)
    {
        var year = ChinaStandardTime.DateOf(_clock.Now).Year;
        var open = new List<(AnnualCall Call, ReviewAssignmentState Assignment, ProjectSummary Project)>();
        for (var programYear = year - 1; programYear <= year + 1; programYear++)
        {
            foreach (var call in await _calls.ListAsync(programYear, cancellationToken))
            {
                var assigned = (await _reviews.ListByCallAsync(call.Id, cancellationToken)).Where(a => a.Status == ReviewAssignmentStatus.Assigned).ToList();
                if (assigned.Count == 0)
                {
                    continue;
                }

                // An assignment left unscored after the review ended (the officer went ahead) is no longer open: only the
                // call's projects still in expert review count, from its program year's list (one query, not one read
                // per assignment).
                var inReview = (await _projects.ListByProgramYearAsync(call.ProgramYear, call.Program, ProjectStage.ExpertReview, cancellationToken))
                    .ToDictionary(p => p.ProjectId, StringComparer.Ordinal);
                open.AddRange(assigned.Where(a => inReview.ContainsKey(a.ProjectId)).Select(a => (call, a, inReview[a.ProjectId])));
            }
        }

        if (open.Count == 0)
        {
            return [];
        }

        var experts = (await _experts.ListAsync(cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return
        [
            .. open.GroupBy(o => o.Assignment.ExpertId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ExpertReminder(
                    g.Key,
                    experts.GetValueOrDefault(g.Key),
                    [.. g.OrderBy(o => o.Assignment.AssignedAt).ThenBy(o => o.Project.ProjectId, StringComparer.Ordinal)
                        .Select(o => new OpenReview(o.Call.Id, o.Call.Title.Zh, o.Project.ProjectId, o.Project.Title, o.Assignment.AssignedAt))])),
        ];
    }

    /// <summary>Sends today's reminders; experts without an email address (or no longer in the database) are listed instead.</summary>
    public async Task<ExpertReminderRun> SendAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaStandardTime.DateOf(_clock.Now);
        var reminded = 0;
        var unreachable = new List<string>();
        foreach (var reminder in await CollectAsync(cancellationToken))
        {
            if (reminder.Expert?.Email is not { } address)
            {
                unreachable.Add(reminder.ExpertId);
                continue;
            }

            await _email.SendAsync(Email(DeduplicationKey(reminder.ExpertId, today), address, reminder.Expert, reminder.Open, _options.PortalBaseUrl), cancellationToken);
            reminded++;
        }

        return new ExpertReminderRun(today, reminded, unreachable);
    }

    /// <summary>The reminder email: the applications the expert still has to score, oldest assignment first.</summary>
    public static EmailMessage Email(string key, string address, Expert expert, IReadOnlyList<OpenReview> open, Uri portal)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(open);
        var list = new StringBuilder();
        for (var i = 0; i < open.Count; i++)
        {
            var r = open[i];
            list.Append($"{i + 1}. 《{r.Title}》（编号 {r.ProjectId}，{r.CallTitle}，{ChinaStandardTime.DateOf(r.AssignedAt):yyyy-MM-dd} 分配）");
            if (i < open.Count - 1)
            {
                list.Append('\n');
            }
        }

        var body = EmailTemplates.Lines(
            $"{expert.Name}专家：",
            $"您有 {open.Count} 个项目的评审尚未提交评分：",
            list.ToString(),
            "请登录系统查看匿名申报书并提交评分；如需回避或无法评审，请在系统中说明理由，我们将另行安排专家。",
            $"系统地址：{portal}",
            EmailTemplates.Signature());
        return new EmailMessage(key, address, $"【评审提醒】您有{open.Count}个项目待评分", body, EmailKind.ReviewReminder, null);
    }
}

/// <summary>One application an expert has yet to score.</summary>
/// <param name="CallId">The call whose review it is.</param>
/// <param name="CallTitle">The call's Chinese title.</param>
/// <param name="ProjectId">The application.</param>
/// <param name="Title">Its title (experts see it in the anonymised application too).</param>
/// <param name="AssignedAt">When the expert was assigned.</param>
public sealed record OpenReview(string CallId, string CallTitle, string ProjectId, string Title, DateTimeOffset AssignedAt);

/// <summary>An expert's open reviews.</summary>
/// <param name="ExpertId">The expert.</param>
/// <param name="Expert">The expert's entry, or null when it is missing from the database.</param>
/// <param name="Open">The applications to score, oldest assignment first.</param>
public sealed record ExpertReminder(string ExpertId, Expert? Expert, IReadOnlyList<OpenReview> Open);

/// <summary>What a day's reminder run did.</summary>
/// <param name="Day">The Beijing date of the run (the reminders' key).</param>
/// <param name="Reminded">Experts with open reviews and an email address, each sent (or already sent) today's reminder.</param>
/// <param name="WithoutEmail">Experts with open reviews who could not be emailed (no address, or not in the database).</param>
public sealed record ExpertReminderRun(DateOnly Day, int Reminded, IReadOnlyList<string> WithoutEmail);
