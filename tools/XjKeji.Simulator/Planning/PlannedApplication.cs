using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Simulator.Planning;

/// <summary>What happens to an objection filed against a project in publicity.</summary>
public enum ObjectionOutcome
{
    /// <summary>No objection.</summary>
    None,

    /// <summary>Filed and dismissed: the project goes on.</summary>
    Dismissed,

    /// <summary>Filed and upheld: the project is rejected.</summary>
    Upheld,
}

/// <summary>One application of the simulated year and everything the year does to it.</summary>
/// <param name="Key">Stable key (idempotency keys, institution and PI ids).</param>
/// <param name="Call">The call it is filed under.</param>
/// <param name="Form">The application form.</param>
/// <param name="Funded">True when the review ranks it into the envelope.</param>
/// <param name="Objection">What its publicity brings.</param>
/// <param name="LateAcceptance">True when its acceptance report comes after the grace period.</param>
/// <param name="Actuals">The actual values its acceptance report states (evidence is added when sent).</param>
/// <param name="Survey">Its survey answer after approval: who answers and whether satisfied; null for none.</param>
public sealed record PlannedApplication(
    string Key,
    AnnualCall Call,
    ApplicationForm Form,
    bool Funded,
    ObjectionOutcome Objection,
    bool LateAcceptance,
    IReadOnlyList<IndicatorTarget> Actuals,
    (RespondentKind Respondent, bool Satisfied)? Survey)
{
    /// <summary>True when it should end the year approved (funded, no upheld objection).</summary>
    public bool Approved => Funded && Objection != ObjectionOutcome.Upheld;

    /// <summary>The applicant acting for it.</summary>
    public Actor Applicant => new(Role.Applicant, Form.PrincipalInvestigator.Id, Form.PrincipalInvestigator.Name, Form.Institution.Id);
}
