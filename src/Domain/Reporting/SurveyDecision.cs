using XjKeji.Domain.Common;

namespace XjKeji.Domain.Reporting;

/// <summary>The decisions after which the satisfaction survey (满意度调查) is sent to the people it concerns.</summary>
public enum SurveyDecision
{
    /// <summary>批复立项: the project is approved and funded.</summary>
    Funded = 1,

    /// <summary>评审未获资助: expert review ended without funding.</summary>
    NotFunded = 2,

    /// <summary>公示异议成立: an objection during publicity was upheld and the project is not approved.</summary>
    ObjectionUpheld = 3,

    /// <summary>验收通过: acceptance passed and the project is closed.</summary>
    AcceptancePassed = 4,

    /// <summary>验收不通过: acceptance failed.</summary>
    AcceptanceFailed = 5,
}

/// <summary>Chinese and English names of the survey decisions, as written in the survey email.</summary>
public static class SurveyDecisionNames
{
    /// <summary>The names of a decision.</summary>
    public static BilingualText Of(SurveyDecision decision) => decision switch
    {
        SurveyDecision.Funded => new("批复立项", "approved and funded"),
        SurveyDecision.NotFunded => new("经专家评审未获资助", "not funded after expert review"),
        SurveyDecision.ObjectionUpheld => new("因公示异议成立不予立项", "not approved after an upheld objection"),
        SurveyDecision.AcceptancePassed => new("通过验收并结题", "accepted and closed"),
        SurveyDecision.AcceptanceFailed => new("验收未通过", "failed acceptance"),
        _ => new(decision.ToString(), decision.ToString()),
    };
}
