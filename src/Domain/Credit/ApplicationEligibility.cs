using XjKeji.Domain.Calendar;
using XjKeji.Domain.Common;

namespace XjKeji.Domain.Credit;

/// <summary>The credit check of a new application: may this PI and this lead institution apply?</summary>
/// <param name="Allowed">True when nothing blocks the application.</param>
/// <param name="Reasons">Why it is blocked, one reason per blocking fact, in Chinese and English; empty when allowed.</param>
public sealed record ApplicationEligibilityResult(bool Allowed, IReadOnlyList<BilingualText> Reasons);

/// <summary>
/// Credit blocks applying as PI or lead institution while the points grade is the blocking grade (D by default) or a
/// misconduct ban is in force (REGULATIONS.md, Credit). Both subjects are checked and every reason is given at once.
/// </summary>
public static class ApplicationEligibility
{
    /// <summary>Checks the PI's and the lead institution's standing at the time of application.</summary>
    /// <param name="principalInvestigator">The PI's standing (a person).</param>
    /// <param name="leadInstitution">The lead institution's standing.</param>
    /// <param name="rules">The scheme; <see cref="CreditRules.Defaults"/> when null.</param>
    /// <exception cref="ArgumentException">A standing is of the wrong subject kind.</exception>
    public static ApplicationEligibilityResult Check(CreditStanding principalInvestigator, CreditStanding leadInstitution, CreditRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(principalInvestigator);
        ArgumentNullException.ThrowIfNull(leadInstitution);
        if (principalInvestigator.SubjectKind != CreditSubjectKind.Person)
        {
            throw new ArgumentException("The PI's standing must be a person's.", nameof(principalInvestigator));
        }

        if (leadInstitution.SubjectKind != CreditSubjectKind.Institution)
        {
            throw new ArgumentException("The lead institution's standing must be an institution's.", nameof(leadInstitution));
        }

        rules ??= CreditRules.Defaults;
        var reasons = new List<BilingualText>();
        AddReasons(principalInvestigator, new("项目负责人", "principal investigator"), rules, reasons);
        AddReasons(leadInstitution, new("承担单位", "lead institution"), rules, reasons);
        return new ApplicationEligibilityResult(reasons.Count == 0, reasons);
    }

    private static void AddReasons(CreditStanding s, BilingualText role, CreditRules rules, List<BilingualText> reasons)
    {
        foreach (var ban in s.ActiveBans)
        {
            var category = MisconductNames.Of(ban.Category);
            var last = ban.LastBannedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            reasons.Add(new(
                $"{role.Zh}（{s.SubjectId}）因科研失信行为（{category.Zh}）被禁止申报，期限至{last}",
                $"The {role.En} ({s.SubjectId}) is banned from applying until {last} for research misconduct ({category.En})"));
        }

        if (s.PointsGrade >= rules.BlockingGrade)
        {
            var until = s.PointsGradeRecoversAt is { } t
                ? ChinaStandardTime.DateOf(t).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : null;
            reasons.Add(new(
                $"{role.Zh}（{s.SubjectId}）信用等级为{s.PointsGrade}（{s.Score}分），期间不得作为{role.Zh}申报" + (until is null ? string.Empty : $"；如无新的扣分，将于{until}恢复"),
                $"The {role.En} ({s.SubjectId}) has credit grade {s.PointsGrade} ({s.Score} points) and may not apply as {role.En} while it lasts" + (until is null ? string.Empty : $"; with no new deductions it lifts on {until}")));
        }
    }
}
