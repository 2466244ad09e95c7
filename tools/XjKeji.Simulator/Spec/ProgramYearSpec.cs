using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;

namespace XjKeji.Simulator.Spec;

/// <summary>
/// A program year to simulate: the calls and how many applications each category funds or declines with their money,
/// the indicator targets, the carried-over projects, how the year goes (objections, late acceptance reports, achievement,
/// survey answers) and the officer's year-end inputs. Counts derived from rates are exact (rate × n, rounded), and which
/// projects they hit is drawn from <see cref="Seed"/>, so a spec always implies the same report.
/// </summary>
/// <param name="ProgramYear">The program year (计划年度).</param>
/// <param name="Seed">Seed of every random choice.</param>
/// <param name="StartsOn">Business date the simulation starts on (China Standard Time).</param>
/// <param name="SecondsPerBusinessDay">Wall-clock seconds per business day: the compression of durable timers.</param>
/// <param name="Calls">One call (申报指南) per program.</param>
/// <param name="CarriedOver">Projects of earlier years imported at the start (结转项目).</param>
/// <param name="Objections">Objections filed during publicity.</param>
/// <param name="LateAcceptanceRate">Share of funded projects whose acceptance report comes after the grace period.</param>
/// <param name="Achievement">Bands of achievement: a share of the projects reports actual = target × ratio.</param>
/// <param name="Survey">Satisfaction answers after approval, per program.</param>
/// <param name="YearEndInputs">The officer's year-end inputs: budgets, fund targets, assessments, explanations.</param>
/// <param name="Parallelism">Requests in flight at once.</param>
public sealed record ProgramYearSpec(
    int ProgramYear,
    int Seed,
    DateOnly StartsOn,
    double SecondsPerBusinessDay,
    IReadOnlyList<CallSpec> Calls,
    IReadOnlyList<CarriedOverSpec> CarriedOver,
    ObjectionSpec Objections,
    double LateAcceptanceRate,
    IReadOnlyList<AchievementBand> Achievement,
    IReadOnlyList<SurveySpec> Survey,
    YearEndInputs YearEndInputs,
    int Parallelism = 8);

/// <summary>A call of one program and the applications filed under it.</summary>
/// <param name="Program">The program.</param>
/// <param name="OpensOn">First day of the call.</param>
/// <param name="ClosesOn">Last day of the call.</param>
/// <param name="ExecutionStartsOn">Execution start of every application.</param>
/// <param name="ExecutionEndsOn">Execution end: under two years, so no mid-term inspection is held.</param>
/// <param name="Categories">Applications per category.</param>
/// <param name="Targets">Indicator code → the total target over the funded projects, spread evenly over them.</param>
public sealed record CallSpec(
    ProgramCode Program,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateOnly ExecutionStartsOn,
    DateOnly ExecutionEndsOn,
    IReadOnlyList<CategorySpec> Categories,
    IReadOnlyDictionary<string, TargetSpec> Targets);

/// <summary>Applications of one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Funded">Applications that the review ranks into the envelope.</param>
/// <param name="Declined">Applications ranked below them: the envelope runs out.</param>
/// <param name="FiscalCny">Total fiscal funding of the funded ones, spread evenly in whole yuan.</param>
/// <param name="ThisYearFiscalCny">Of it, disbursed in the program year; the rest the year after.</param>
/// <param name="SelfRaisedCny">Total self-raised funding of the funded ones.</param>
public sealed record CategorySpec(CategoryCode Category, int Funded, int Declined, decimal FiscalCny, decimal ThisYearFiscalCny, decimal SelfRaisedCny);

/// <summary>A total target, "at least" when <paramref name="AtLeast"/>.</summary>
public sealed record TargetSpec(decimal Total, bool AtLeast = false);

/// <summary>Carried-over projects of one category, imported at the start.</summary>
public sealed record CarriedOverSpec(
    CategoryCode Category,
    int Count,
    int ProgramYear,
    decimal ApprovedFiscalCny,
    decimal ThisYearFiscalCny,
    DateOnly ExecutionStartsOn,
    DateOnly ExecutionEndsOn);

/// <summary>Objections: a share of funded projects gets one; a share of those is upheld (the project is rejected).</summary>
public sealed record ObjectionSpec(double Rate, double UpheldShare);

/// <summary>A band of achievement: <paramref name="Share"/> of the projects report target × <paramref name="Ratio"/>.</summary>
public sealed record AchievementBand(double Share, decimal Ratio);

/// <summary>Survey answers of one program's approved projects.</summary>
/// <param name="Program">The program.</param>
/// <param name="Respondent">The PI (Applicant) or the project site's officer (ProjectSite, SCO only).</param>
/// <param name="ResponseRate">Share of approved projects answering.</param>
/// <param name="SatisfiedRate">Share of the answers that are satisfied.</param>
public sealed record SurveySpec(ProgramCode Program, RespondentKind Respondent, double ResponseRate, double SatisfiedRate);
