using System.Globalization;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// The report's problems about individual projects (a missing target, actual or evidence for one row). A few are named
/// one by one; past <see cref="NamedOneByOne"/> they become one problem per row and kind that counts them and names the
/// first ones: a national year of 100,000 projects in execution would otherwise list every project under every row
/// (hundreds of thousands of lines nobody reads, and most of the report's size and time).
/// </summary>
internal static class ProjectProblems
{
    /// <summary>Up to this many projects are named one problem each; the grouped problem names this many too.</summary>
    public const int NamedOneByOne = 20;

    /// <summary>
    /// Adds the problems of <paramref name="projectIds"/> for row <paramref name="d"/>. In the templates {0} is the
    /// project (项目P1, or "1234个项目") and {1} the indicator's name; <paramref name="enOne"/> and <paramref name="enMany"/>
    /// are the English for one project and for the count.
    /// </summary>
    public static void Add(ValidationResult problems, IndicatorDefinition d, string part, string code, IReadOnlyList<string> projectIds, string zh, string enOne, string enMany)
    {
        if (projectIds.Count <= NamedOneByOne)
        {
            foreach (var id in projectIds)
            {
                problems.Add($"projects[{id}].{part}[{d.Code}]", code, Format(zh, $"项目{id}", d.Name.Zh), Format(enOne, id, d.Name.En));
            }

            return;
        }

        var named = projectIds.Take(NamedOneByOne).ToList();
        problems.Add($"rows[{d.Code}].projects.{part}", code,
            $"{Format(zh, $"{projectIds.Count}个项目", d.Name.Zh)}，包括：{string.Join("、", named)}等",
            $"{Format(enMany, projectIds.Count.ToString(CultureInfo.InvariantCulture), d.Name.En)}, among them {string.Join(", ", named)}");
    }

    private static string Format(string template, string subject, string indicator) =>
        string.Format(CultureInfo.InvariantCulture, template, subject, indicator);
}
