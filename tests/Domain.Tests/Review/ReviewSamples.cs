using XjKeji.Domain.Credit;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;

namespace XjKeji.Domain.Tests.Review;

/// <summary>Experts, applications and contexts for review tests; each test changes only what it is about.</summary>
internal static class ReviewSamples
{
    public static readonly DateTimeOffset Now = new(2018, 4, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public static Expert Expert(
        string id,
        string institution = "INST-X",
        ScoPriorityField[]? fields = null,
        string[]? keywords = null,
        bool available = true,
        int load = 0,
        DeclaredConflict[]? conflicts = null,
        ExpertRegion region = ExpertRegion.InXinjiang) =>
        new(id, $"专家{id}", institution, fields ?? [], keywords ?? [], region, available, load, conflicts ?? []);

    public static ReviewApplication App(string id, string institution = "INST-A", string pi = "pi-1", string[]? team = null, ScoPriorityField? field = null, string[]? keywords = null) =>
        new(id, CategoryCode.ScoGeneral, institution, pi, team ?? [], field, keywords ?? []);

    public static ReviewContext Context(IEnumerable<(string, string)>? coApplied = null, params MisconductFinding[] findings) =>
        new(new CoApplicationHistory(coApplied ?? []), findings, Now);

    public static MisconductFinding Ban(string personId, DateOnly from, int years = 2) =>
        new($"F-{personId}", CreditSubjectKind.Person, personId, MisconductCategory.ReviewLobbying, MisconductSeverity.General, from, years, "officer-1", Now, "评审中请托");
}
