using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using XjKeji.App.Notifications;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Http;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// What must hold after any number of kills, read straight from Table storage and from the orchestrations: every
/// lifecycle finished, its audit trail is gapless and each entry a legal transition from the one before, each email and
/// credit event exists once (and, for a deadline that ran out, all of them exist), and the stored stage is the one the
/// lifecycle orchestration ended with and the one the list index shows. Returns every violation, not just the first.
/// </summary>
internal sealed class FaultInvariants(TableServiceClient service, TableNames names, ApiClient officer, FaultCalls calls)
{
    private const string GraceExpired = "grace-expired";

    public async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var repo = new TableProjectRepository(service, names);
        var emails = await RowsByProjectAsync(names.Outbox, cancellationToken);
        var credit = await RowsByProjectAsync(names.CreditEvents, cancellationToken);
        foreach (var twin in emails.Values.SelectMany(r => r).GroupBy(r => r.GetString("Key")).Where(g => g.Count() > 1))
        {
            problems.Add($"Outbox holds {twin.Count()} rows for deduplication key '{twin.Key}'");
        }

        foreach (var twin in credit.Values.SelectMany(r => r).GroupBy(r => (r.PartitionKey, Key: r.GetString("Key"))).Where(g => g.Count() > 1))
        {
            problems.Add($"CreditEvents holds {twin.Count()} rows for '{twin.Key.Key}' of {twin.Key.PartitionKey}");
        }
        var indexed = new Dictionary<string, ProjectStage>(StringComparer.Ordinal);
        foreach (var stage in LifecycleRules.TerminalStages)
        {
            foreach (var s in await repo.ListByProgramYearAsync(FaultHost.Call.ProgramYear, ProgramCode.AidXinjiang, stage, cancellationToken))
            {
                indexed[s.ProjectId] = stage;
            }
        }

        foreach (var id in projectIds)
        {
            var found = await repo.FindAsync(id, cancellationToken);
            if (found is null)
            {
                problems.Add($"{id}: not stored");
                continue;
            }

            var project = found.Project;
            var trail = await repo.GetAuditTrailAsync(id, cancellationToken);
            if (!project.IsTerminal)
            {
                problems.Add($"{id}: still in {project.Stage}");
            }

            CheckTrail(id, project, trail, problems);
            await CheckLifecycleAsync(id, project.Stage, problems, cancellationToken);
            if (indexed.GetValueOrDefault(id) != project.Stage)
            {
                problems.Add($"{id}: stored {project.Stage} but the index lists it under {(indexed.TryGetValue(id, out var i) ? i : "no terminal stage")}");
            }

            var (surveys, deadlineEmails) = SplitSurveys(emails.GetValueOrDefault(id) ?? []);
            CheckSurveys(project, trail, surveys, problems);
            var visitsEscalated = CheckEmails(id, trail, deadlineEmails, problems);
            CheckCredit(project, trail, visitsEscalated, credit.GetValueOrDefault(id) ?? [], problems);
        }

        return problems;
    }

    /// <summary>Sequences 1..n with nothing missing or repeated, each entry leaving the stage the one before entered.</summary>
    private static void CheckTrail(string id, Project project, IReadOnlyList<AuditEntry> trail, List<string> problems)
    {
        if (!trail.Select(a => a.Sequence).SequenceEqual(Enumerable.Range(1, trail.Count)) || trail.Count != project.AuditSequence)
        {
            problems.Add($"{id}: audit sequences [{string.Join(",", trail.Select(a => a.Sequence))}] for audit sequence {project.AuditSequence}");
        }

        var stage = ProjectStage.Draft;
        foreach (var entry in trail)
        {
            if (entry.From != stage || LifecycleRules.Find(entry.From, entry.Action)?.To != entry.To)
            {
                problems.Add($"{id}: audit {entry.Sequence} {entry.Action} {entry.From}→{entry.To} does not follow {stage}");
            }

            stage = entry.To;
        }

        if (stage != project.Stage)
        {
            problems.Add($"{id}: the audit trail ends in {stage}, the project is in {project.Stage}");
        }
    }

    /// <summary>The orchestration's view: the lifecycle instance completed with the stage Table storage holds.</summary>
    private async Task CheckLifecycleAsync(string id, ProjectStage stored, List<string> problems, CancellationToken cancellationToken)
    {
        var r = await calls.TrySendAsync(() => officer.GetAsync($"api/ops/projects/{Uri.EscapeDataString(id)}/lifecycle"));
        if (r?.Status != System.Net.HttpStatusCode.OK)
        {
            problems.Add($"{id}: no lifecycle instance ({(r is null ? "no answer" : $"{(int)r.Status}")})");
            return;
        }

        var status = r.Json.GetProperty("runtimeStatus").GetString();
        var output = r.Json.GetProperty("output").GetString();
        var stage = output is null ? (ProjectStage?)null : StageOf(JsonDocument.Parse(output).RootElement);
        if (status != "Completed" || stage != stored)
        {
            problems.Add($"{id}: lifecycle {status} with {stage?.ToString() ?? "no output"}, stored {stored} (custom status {r.Json.GetProperty("customStatus")})");
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static (List<TableEntity> Surveys, List<TableEntity> Others) SplitSurveys(IReadOnlyList<TableEntity> rows)
    {
        var surveys = rows.Where(r => r.GetString("Kind") == nameof(EmailKind.Survey)).ToList();
        return (surveys, rows.Except(surveys).ToList());
    }

    /// <summary>
    /// The survey emails are exactly the ones the audit trail's decisions call for (one per decision and respondent),
    /// each sent: a kill between a decision and its sync must neither lose the survey nor send it twice.
    /// </summary>
    private static void CheckSurveys(Project project, IReadOnlyList<AuditEntry> trail, IReadOnlyList<TableEntity> rows, List<string> problems)
    {
        var expected = (from occasion in SurveyOccasions.In(trail)
                        from respondent in SurveyOccasions.RespondentsFor(project.Program)
                        select SurveyEmails.DeduplicationKey(project.Id, occasion.Entry.Sequence, respondent)).ToHashSet(StringComparer.Ordinal);
        var sent = rows.Where(r => r.GetString("Status") == "Sent" && r.RowKey == Hash(r.GetString("Key"))).Select(r => r.GetString("Key")).ToHashSet(StringComparer.Ordinal);
        if (!sent.SetEquals(expected) || rows.Count != sent.Count)
        {
            problems.Add($"{project.Id}: survey emails [{string.Join(", ", rows.Select(r => $"{r.GetString("Key")} {r.GetString("Status")}"))}], expected [{string.Join(", ", expected)}]");
        }
    }

    /// <summary>
    /// Each Outbox row is keyed by its deduplication key's hash and belongs to a stage visit the audit trail shows, as
    /// one of the visit's steps (reminder-7/3/1, overdue, grace-expired, or a blocked automatic transition) with the
    /// kind that step sends. Per visit no deadline email goes out twice, and a visit whose deadline was escalated also has
    /// all three reminders and the overdue notice; a visit ended by the workflow at the grace's end was escalated.
    /// Returns the visits (stage instance ids) that were escalated.
    /// </summary>
    private static HashSet<string> CheckEmails(string id, IReadOnlyList<AuditEntry> trail, IReadOnlyList<TableEntity> rows, List<string> problems)
    {
        var visits = Visits(id, trail);
        var byVisit = new Dictionary<string, List<(string Step, TableEntity Row)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = row.GetString("Key");
            if (row.RowKey != Hash(key) || row.PartitionKey != $"p|{TableKeys.Escape(id)}" || row.GetString("Status") != "Sent")
            {
                problems.Add($"{id}: Outbox row {row.RowKey} is not the deduplication row of '{key}' ({row.GetString("Status")})");
            }

            var parts = key.Split(':');
            var visit = parts.Length >= 4 ? string.Join(':', parts[..3]) : key;
            if (parts.Length < 4 || !visits.Contains(visit))
            {
                problems.Add($"{id}: email '{key}' belongs to no stage visit of the audit trail");
                continue;
            }

            var step = string.Join(':', parts[3..]);
            var expectedKind = step switch
            {
                _ when step.StartsWith("reminder-", StringComparison.Ordinal) => EmailKind.DeadlineReminder,
                "overdue" => EmailKind.OverdueNotice,
                $"{GraceExpired}:officer" => EmailKind.Escalation,
                _ when step.StartsWith("auto-", StringComparison.Ordinal) && step.EndsWith(":blocked", StringComparison.Ordinal) => EmailKind.Escalation,
                _ => (EmailKind?)null,
            };
            if (expectedKind?.ToString() != row.GetString("Kind"))
            {
                problems.Add($"{id}: email '{key}' of kind {row.GetString("Kind")} is no step of a stage visit");
            }

            byVisit.TryAdd(visit, []);
            byVisit[visit].Add((step, row));
        }

        var escalated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (visit, sent) in byVisit)
        {
            var deadline = sent.Where(s => !s.Step.StartsWith("auto-", StringComparison.Ordinal)).ToList();
            var reminders = deadline.Count(s => s.Step.StartsWith("reminder-", StringComparison.Ordinal));
            var overdue = deadline.Count(s => s.Step == "overdue");
            if (deadline.Any(s => s.Step == $"{GraceExpired}:officer"))
            {
                escalated.Add(visit);
                if (reminders != 3 || overdue != 1)
                {
                    problems.Add($"{id}: visit {visit} was escalated after {reminders} reminders and {overdue} overdue notices (3 and 1 expected)");
                }
            }

            if (reminders > 3)
            {
                problems.Add($"{id}: visit {visit} sent {reminders} reminders");
            }

            foreach (var twin in deadline.GroupBy(s => (s.Row.GetString("To"), s.Row.GetString("Subject"), s.Row.GetString("Body"))).Where(g => g.Count() > 1))
            {
                problems.Add($"{id}: visit {visit} sent the same email {twin.Count()} times: {string.Join(", ", twin.Select(t => t.Step))}");
            }
        }

        // A visit the workflow ended when the grace ran out (termination, rejection) must have been escalated.
        foreach (var entry in trail.Where(e => e.Actor.Role == Role.System && e.Actor.Id.EndsWith($":{GraceExpired}", StringComparison.Ordinal)))
        {
            var visit = entry.Actor.Id[..^(GraceExpired.Length + 1)];
            if (!escalated.Contains(visit))
            {
                problems.Add($"{id}: {entry.Action} at the end of the grace of {visit} without the escalation email");
            }
        }

        return escalated;
    }

    /// <summary>
    /// Each credit occurrence is recorded for the PI and the institution, once each, and the occurrences are exactly the
    /// ones the project's history calls for: a missed deadline for every escalated visit, the contract's only when the
    /// project was terminated for it, and the officer decisions' for their audit entries.
    /// </summary>
    private static void CheckCredit(Project project, IReadOnlyList<AuditEntry> trail, HashSet<string> escalated, IReadOnlyList<TableEntity> rows, List<string> problems)
    {
        var id = project.Id;
        var expected = new HashSet<(CreditEventKind, string)>();
        foreach (var visit in escalated)
        {
            // The stage is the second part of the stage instance id; its deadline step says whether a miss is recorded.
            var stage = Enum.Parse<ProjectStage>(visit.Split(':')[1]);
            var step = stage switch
            {
                ProjectStage.Contract => DeadlineStep.ContractSignature,
                ProjectStage.ReturnedForCorrection => DeadlineStep.Correction,
                ProjectStage.MidTermInspection => DeadlineStep.MidTermReport,
                _ => DeadlineStep.AcceptanceReport,
            };
            if (!DeadlinePolicy.OnMissed(step).HasFlag(OverdueAction.RecordCreditEvent))
            {
                continue;
            }

            // A contract's miss is recorded only if the project really ended for it (not signed after all at the last moment).
            if (step != DeadlineStep.ContractSignature)
            {
                expected.Add((CreditEventKind.DeadlineMissed, $"{visit}:{GraceExpired}"));
            }
            else if (project.TerminationCause == TerminationCause.ContractNotSigned)
            {
                expected.Add((CreditEventKind.ContractNotSigned, $"{visit}:{GraceExpired}"));
            }
        }

        foreach (var entry in trail)
        {
            CreditEventKind? kind = entry.Action switch
            {
                ProjectAction.UpholdObjection => CreditEventKind.ObjectionUpheld,
                ProjectAction.FailAcceptance => CreditEventKind.AcceptanceFailed,
                ProjectAction.Terminate when project.TerminationCause == TerminationCause.ForCause => CreditEventKind.TerminatedForCause,
                ProjectAction.PassAcceptance when CreditFromAudit.AllIndicatorsMet(project) => CreditEventKind.AcceptancePassedAllMet,
                _ => null,
            };
            if (kind is { } k)
            {
                expected.Add((k, $"{id}:audit:{entry.Sequence}:{k}"));
            }
        }

        var recorded = new Dictionary<(CreditEventKind, string), List<string>>();
        foreach (var row in rows)
        {
            var key = row.GetString("Key");
            var subject = $"{row.GetString("SubjectKind")}|{row.GetString("SubjectId")}";
            var occurrence = key[..key.LastIndexOf(':')];
            var k = (Enum.Parse<CreditEventKind>(row.GetString("Kind")), occurrence);
            recorded.TryAdd(k, []);
            recorded[k].Add(subject);
        }

        var person = $"{CreditSubjectKind.Person}|{project.Form.PrincipalInvestigator.Id}";
        var institution = $"{CreditSubjectKind.Institution}|{project.InstitutionId}";
        foreach (var (occurrence, subjects) in recorded)
        {
            if (!expected.Contains(occurrence))
            {
                problems.Add($"{id}: credit event {occurrence.Item1} '{occurrence.Item2}' has no cause in the history (stage {project.Stage}, termination {project.TerminationCause})");
            }

            if (!subjects.Order(StringComparer.Ordinal).SequenceEqual(new[] { institution, person }.Order(StringComparer.Ordinal)))
            {
                problems.Add($"{id}: credit event {occurrence.Item1} '{occurrence.Item2}' recorded for [{string.Join(", ", subjects)}]");
            }
        }

        foreach (var missing in expected.Where(e => !recorded.ContainsKey(e)))
        {
            problems.Add($"{id}: credit event {missing.Item1} '{missing.Item2}' was never recorded");
        }
    }

    /// <summary>Stage instance ids of every stage the project entered, as the workflow names them.</summary>
    private static HashSet<string> Visits(string id, IReadOnlyList<AuditEntry> trail) =>
        trail.Where(e => e.From != e.To).Select(e => $"{id}:{e.To}:{e.Sequence}").ToHashSet(StringComparer.Ordinal);

    private async Task<Dictionary<string, List<TableEntity>>> RowsByProjectAsync(string table, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var row in service.GetTableClient(table).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (row.GetString("ProjectId") is { } projectId)
            {
                rows.TryAdd(projectId, []);
                rows[projectId].Add(row);
            }
        }

        return rows;
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];

    private static ProjectStage StageOf(JsonElement outcome)
    {
        var value = outcome.EnumerateObject().Single(p => p.Name.Equals("stage", StringComparison.OrdinalIgnoreCase)).Value;
        return value.ValueKind == JsonValueKind.Number ? (ProjectStage)value.GetInt32() : Enum.Parse<ProjectStage>(value.GetString()!);
    }
}
