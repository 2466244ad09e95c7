using XjKeji.Domain.Credit;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;

namespace XjKeji.Domain.Tests.Review;

/// <summary>
/// Property tests over many seeded random pools. Eligibility and match are recomputed here from the rules as written in
/// the brief, independently of the planner's own helpers, so a planner bug cannot hide behind its own definitions.
/// </summary>
public class ReviewAssignmentPropertyTests
{
    private const int Cases = 500;
    private static readonly DateTimeOffset Now = ReviewSamples.Now;
    private static readonly ScoPriorityField[] AllFields = Enum.GetValues<ScoPriorityField>();
    private static readonly string[] KeywordPool = ["滴灌", "棉花", "光伏", "风电", "疫病", "地震", "遥感"];

    private sealed record Case(int PanelSize, List<Expert> Experts, List<ReviewApplication> Applications, List<(string, string)> CoApplied, List<MisconductFinding> Findings)
    {
        public ReviewContext Context => new(new CoApplicationHistory(CoApplied), Findings, Now);
    }

    private static Case RandomCase(Random rng)
    {
        var institutions = Enumerable.Range(0, rng.Next(1, 7)).Select(i => $"INST-{i}").ToArray();
        var people = Enumerable.Range(0, 20).Select(i => $"p{i}").ToArray();
        var experts = new List<Expert>();
        var expertCount = rng.Next(0, 26);
        for (var i = 0; i < expertCount; i++)
        {
            // Some experts are people who also apply (ids from the person pool), to exercise the team-member rule.
            var id = rng.Next(5) == 0 ? people[rng.Next(people.Length)] : $"E-{i:D2}";
            if (experts.Any(e => e.Id == id))
            {
                id = $"E-{i:D2}";
            }

            var conflicts = new List<DeclaredConflict>();
            for (var c = rng.Next(0, 3); c > 0; c--)
            {
                conflicts.Add(rng.Next(2) == 0 ? new(DeclaredConflictKind.Project, $"P-{rng.Next(15)}") : new(DeclaredConflictKind.Person, people[rng.Next(people.Length)]));
            }

            experts.Add(new Expert(id, id, institutions[rng.Next(institutions.Length)],
                [.. AllFields.Where(_ => rng.Next(4) == 0)], [.. KeywordPool.Where(_ => rng.Next(5) == 0)],
                ExpertRegion.InXinjiang, rng.Next(100) < 85, rng.Next(0, 4), conflicts));
        }

        var apps = new List<ReviewApplication>();
        for (var i = rng.Next(1, 16); i > 0; i--)
        {
            apps.Add(new ReviewApplication($"P-{i}", CategoryCode.ScoGeneral, institutions[rng.Next(institutions.Length)], people[rng.Next(people.Length)],
                [.. people.Where(_ => rng.Next(10) == 0)], rng.Next(3) == 0 ? null : AllFields[rng.Next(AllFields.Length)], [.. KeywordPool.Where(_ => rng.Next(4) == 0)]));
        }

        var coApplied = Enumerable.Range(0, rng.Next(0, 20)).Select(_ => (experts.Count == 0 ? "E-00" : experts[rng.Next(experts.Count)].Id, people[rng.Next(people.Length)])).ToList();
        var findings = experts.Where(_ => rng.Next(8) == 0)
            .Select(e => new MisconductFinding($"F-{e.Id}", CreditSubjectKind.Person, e.Id, MisconductCategory.Plagiarism, MisconductSeverity.General,
                new DateOnly(rng.Next(2015, 2019), rng.Next(1, 13), 1), rng.Next(1, 4), "officer", Now, "抄袭"))
            .ToList();
        return new Case(rng.Next(1, 7), experts, apps, coApplied, findings);
    }

    // The rules restated: available, no ban in force on today's Beijing date, not from the applicant institution, not on the
    // team, never co-applied with anyone on it, nothing declared against the project or its people.
    private static bool Eligible(Expert e, ReviewApplication a, Case c)
    {
        var people = a.TeamMemberIds.Append(a.PrincipalInvestigatorId).ToHashSet();
        var today = DateOnly.FromDateTime(Now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        return e.Available
            && !c.Findings.Any(f => f.SubjectId == e.Id && today >= f.BanStartsOn && today < f.BanStartsOn.AddYears(f.BanYears))
            && e.InstitutionId != a.InstitutionId
            && !people.Contains(e.Id)
            && !c.CoApplied.Any(p => p.Item1 == e.Id && people.Contains(p.Item2))
            && !e.DeclaredConflicts.Any(d => d.Kind == DeclaredConflictKind.Project ? d.TargetId == a.ProjectId : people.Contains(d.TargetId));
    }

    private static int Tier(Expert e, ReviewApplication a) =>
        a.Field is { } f && e.Fields.Contains(f) ? 2 : e.Keywords.Intersect(a.Keywords).Any() ? 1 : 0;

    [Fact]
    public void Random_pools_never_break_the_safety_rules_and_fill_every_panel_that_can_be_filled()
    {
        var rng = new Random(20180410);
        for (var n = 0; n < Cases; n++)
        {
            var c = RandomCase(rng);
            var plan = new ReviewAssignmentPlanner(c.PanelSize).Plan(c.Applications, c.Experts, c.Context);
            var experts = c.Experts.ToDictionary(e => e.Id);
            Assert.Equal(c.Applications.Select(a => a.ProjectId), plan.Panels.Select(p => p.ProjectId));
            foreach (var (a, panel) in c.Applications.Zip(plan.Panels))
            {
                var eligible = c.Experts.Where(e => Eligible(e, a, c)).ToList();
                Assert.Equal(panel.ExpertIds.Count, panel.ExpertIds.Distinct().Count());
                Assert.All(panel.ExpertIds, id => Assert.True(Eligible(experts[id], a, c), $"case {n}: {id} on {a.ProjectId} is not eligible"));
                Assert.Equal(Math.Min(c.PanelSize, eligible.Count), panel.Assignments.Count);
                Assert.Equal(eligible.Count < c.PanelSize, panel.Shortfall is not null);
                Assert.Equal(Math.Max(0, c.PanelSize - eligible.Count), panel.Shortfall?.Missing ?? 0);

                // Match first: a panel seat of tier t means no eligible expert of a better tier was left out.
                var worst = panel.ExpertIds.Select(id => Tier(experts[id], a)).DefaultIfEmpty(3).Min();
                Assert.All(eligible.Where(e => Tier(e, a) > worst), e => Assert.Contains(e.Id, panel.ExpertIds));
                Assert.All(panel.Assignments, x => Assert.Equal(Tier(experts[x.ExpertId], a), (int)x.Match));
            }

            foreach (var e in c.Experts)
            {
                Assert.Equal(e.ActiveAssignments + plan.Assignments.Count(x => x.ExpertId == e.Id), plan.LoadAfter[e.Id]);
            }
        }
    }

    [Fact]
    public void Random_pools_give_the_same_plan_whatever_the_input_order()
    {
        var rng = new Random(7);
        for (var n = 0; n < Cases; n++)
        {
            var c = RandomCase(rng);
            var planner = new ReviewAssignmentPlanner(c.PanelSize);
            var a = planner.Plan(c.Applications, c.Experts, c.Context);
            var b = planner.Plan([.. c.Applications.OrderBy(_ => rng.Next())], [.. c.Experts.OrderBy(_ => rng.Next())], c.Context);
            foreach (var panel in a.Panels)
            {
                Assert.Equal(panel.ExpertIds, b.Panels.Single(p => p.ProjectId == panel.ProjectId).ExpertIds);
            }
        }
    }

    [Fact]
    public void When_everyone_is_equally_eligible_the_load_spread_never_grows_beyond_one()
    {
        // Provable: each panel takes the N lightest experts, so the spread stays ≤ max(initial spread, 1).
        var rng = new Random(42);
        for (var n = 0; n < Cases; n++)
        {
            var poolSize = rng.Next(1, 30);
            var panelSize = rng.Next(1, poolSize + 1);
            var equalStart = n % 2 == 0;
            var experts = Enumerable.Range(0, poolSize)
                .Select(i => ReviewSamples.Expert($"E-{i:D2}", institution: "INST-X", load: equalStart ? 2 : rng.Next(0, 5)))
                .ToList();
            var apps = Enumerable.Range(0, rng.Next(1, 40)).Select(i => ReviewSamples.App($"P-{i:D2}", institution: "INST-A", pi: $"pi-{i}")).ToList();
            var plan = new ReviewAssignmentPlanner(panelSize).Plan(apps, experts, ReviewSamples.Context());
            var before = experts.Max(e => e.ActiveAssignments) - experts.Min(e => e.ActiveAssignments);
            var after = plan.LoadAfter.Values.Max() - plan.LoadAfter.Values.Min();
            Assert.True(plan.IsComplete);
            Assert.True(after <= Math.Max(before, 1), $"case {n}: spread {before} → {after}");
            if (equalStart)
            {
                Assert.True(after <= 1, $"case {n}: spread {after}");
            }
        }
    }

    [Fact]
    public void Random_declines_are_replaced_by_an_eligible_newcomer_or_reported_as_shortfall()
    {
        var rng = new Random(99);
        var checkedDeclines = 0;
        for (var n = 0; n < Cases; n++)
        {
            var c = RandomCase(rng);
            var planner = new ReviewAssignmentPlanner(c.PanelSize);
            var plan = planner.Plan(c.Applications, c.Experts, c.Context);
            foreach (var (a, panel) in c.Applications.Zip(plan.Panels).Where(x => x.Second.ExpertIds.Count > 0))
            {
                var decliner = panel.ExpertIds[rng.Next(panel.ExpertIds.Count)];
                var earlier = c.Experts.Where(e => !panel.ExpertIds.Contains(e.Id) && rng.Next(4) == 0).Select(e => new ExpertDecline(a.ProjectId, e.Id, "回避", Now)).ToList();
                var result = planner.Replace(a, panel.ExpertIds, new ExpertDecline(a.ProjectId, decliner, "出差", Now), earlier, c.Experts, c.Context);
                var excluded = panel.ExpertIds.Concat(earlier.Select(d => d.ExpertId)).ToHashSet();
                var left = c.Experts.Where(e => !excluded.Contains(e.Id) && Eligible(e, a, c)).ToList();
                if (left.Count == 0)
                {
                    Assert.Null(result.Replacement);
                    Assert.NotNull(result.Shortfall);
                }
                else
                {
                    var chosen = left.Single(e => e.Id == result.Replacement!.ExpertId);
                    Assert.Equal(left.Max(e => Tier(e, a)), Tier(chosen, a));
                }

                checkedDeclines++;
            }
        }

        Assert.True(checkedDeclines > Cases, $"only {checkedDeclines} declines exercised");
    }
}
