namespace XjKeji.Domain.Credit;

/// <summary>信用等级: a credit grade from points (A–D), or <see cref="Banned"/> when a misconduct ban overrides the points.</summary>
public enum CreditGrade
{
    /// <summary>A: at least <see cref="CreditRules.GradeAFrom"/> points (default 90).</summary>
    A = 1,

    /// <summary>B: at least <see cref="CreditRules.GradeBFrom"/> points (default 75).</summary>
    B = 2,

    /// <summary>C: at least <see cref="CreditRules.GradeCFrom"/> points (default 60).</summary>
    C = 3,

    /// <summary>D: below <see cref="CreditRules.GradeCFrom"/> points; blocks applying as PI or lead institution while it lasts.</summary>
    D = 4,

    /// <summary>A misconduct ban is in force: it overrides the points grade (《科学技术活动违规行为处理规定》 2020).</summary>
    Banned = 5,
}
