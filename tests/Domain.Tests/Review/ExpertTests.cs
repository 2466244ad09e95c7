using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using static XjKeji.Domain.Tests.Review.ReviewSamples;

namespace XjKeji.Domain.Tests.Review;

public class ExpertTests
{
    [Fact]
    public void A_complete_entry_is_valid()
    {
        var e = Expert("E-1", fields: [ScoPriorityField.Agriculture, ScoPriorityField.Environment], keywords: ["节水灌溉"],
            conflicts: [new(DeclaredConflictKind.Person, "pi-9")]);
        Assert.True(e.Validate().IsValid);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var e = new Expert("E/1", " ", "", [ScoPriorityField.Energy, ScoPriorityField.Energy, (ScoPriorityField)42], [" "], (ExpertRegion)7, true, -1,
            [new(DeclaredConflictKind.Project, "")]);
        Assert.Equal(
            ["id", "name", "institutionId", "fields[1]", "fields[2]", "keywords[0]", "region", "activeAssignments", "declaredConflicts[0]"],
            e.Validate().Problems.Select(p => p.Field));
        Assert.Equal("required", new Expert("", "n", "i", [], [], ExpertRegion.InXinjiang, true, 0, []).Validate().Problems.Single().Code);
        Assert.Equal("invalid-id", (Expert("E-1") with { Id = new string('x', 65) }).Validate().Problems.Single().Code);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("zhao.jiaoshou@xju.edu.cn", true)]
    [InlineData("", false)]
    [InlineData("zhao.jiaoshou", false)]
    [InlineData("zhao@xju", false)]
    [InlineData("zhao @xju.edu.cn", false)]
    [InlineData("a@b@xju.edu.cn", false)]
    public void The_email_is_optional_and_checked_when_given(string? email, bool valid)
    {
        var problems = (Expert("E-1") with { Email = email }).Validate().Problems;
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.Equal(("email", "invalid-email"), (problems.Single().Field, problems.Single().Code));
        }
    }

    [Fact]
    public void A_misconduct_record_removes_reviewer_status_for_its_duration_only()
    {
        var e = Expert("E-1");
        var ban = Ban("E-1", new DateOnly(2018, 1, 1), years: 1);
        Assert.False(e.HasReviewerStatusAt(new DateTimeOffset(2018, 12, 31, 23, 0, 0, TimeSpan.FromHours(8)), [ban]));
        Assert.True(e.HasReviewerStatusAt(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), [ban]));
        Assert.True(e.HasReviewerStatusAt(Now, [Ban("E-2", new DateOnly(2018, 1, 1))]));
        // A finding against an institution with the same id string is not a finding against the person.
        Assert.True(e.HasReviewerStatusAt(Now, [Ban("E-1", new DateOnly(2018, 1, 1)) with { SubjectKind = XjKeji.Domain.Credit.CreditSubjectKind.Institution }]));
    }

    [Fact]
    public void Field_names_parse_in_both_languages()
    {
        Assert.True(ExpertFieldNames.TryParse("医药健康", out var f));
        Assert.Equal(ScoPriorityField.MedicineAndHealth, f);
        Assert.True(ExpertFieldNames.TryParse(" disasterprevention ", out f));
        Assert.Equal(ScoPriorityField.DisasterPrevention, f);
        Assert.False(ExpertFieldNames.TryParse("天文", out _));
        Assert.All(Enum.GetValues<ScoPriorityField>(), v => Assert.True(ExpertFieldNames.TryParse(ExpertFieldNames.Of(v).Zh, out var back) && back == v));
    }
}
