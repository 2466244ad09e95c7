namespace XjKeji.Domain.Credit;

/// <summary>How serious a misconduct finding is; decides the allowed ban length (《科学技术活动违规行为处理规定》 2020).</summary>
public enum MisconductSeverity
{
    /// <summary>情节较轻 general: a ban of 1–3 years by default.</summary>
    General = 1,

    /// <summary>情节较重 serious: a ban of 3–5 years by default.</summary>
    Serious = 2,

    /// <summary>情节严重 very serious: a ban of 5 years or more by default.</summary>
    VerySerious = 3,
}
