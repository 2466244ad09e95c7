using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;

namespace XjKeji.Simulator.Spec;

/// <summary>Reads a spec with the API's strict JSON rules and checks it, naming every problem at once.</summary>
public static class SpecReader
{
    /// <summary>Reads and checks a spec file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid spec; the message lists every problem.</exception>
    public static ProgramYearSpec Read(string json)
    {
        ProgramYearSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize<ProgramYearSpec>(json, ApiJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The spec is not valid JSON for a program year: {e.Message}", e);
        }

        var problems = Check(spec ?? throw new InvalidDataException("The spec is empty."));
        return problems.Count == 0 ? spec : throw new InvalidDataException("The spec has problems:\n- " + string.Join("\n- ", problems));
    }

    /// <summary>Every problem of a spec; empty when it can run.</summary>
    public static List<string> Check(ProgramYearSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var p = new List<string>();
        Rate(p, "objections.rate", spec.Objections.Rate);
        Rate(p, "objections.upheldShare", spec.Objections.UpheldShare);
        Rate(p, "lateAcceptanceRate", spec.LateAcceptanceRate);
        if (spec.SecondsPerBusinessDay is <= 0 or > 86_400)
        {
            p.Add("secondsPerBusinessDay must be above 0 and at most 86400");
        }

        if (spec.Achievement.Count == 0 || Math.Abs(spec.Achievement.Sum(a => a.Share) - 1) > 1e-9 || spec.Achievement.Any(a => a.Share < 0 || a.Ratio < 0))
        {
            p.Add("achievement: the shares must be non-negative and add up to 1, ratios non-negative");
        }

        foreach (var c in spec.Calls)
        {
            CheckCall(p, spec, c);
        }

        if (spec.Calls.GroupBy(c => c.Program).Any(g => g.Count() > 1))
        {
            p.Add("calls: one call per program");
        }

        foreach (var s in spec.Survey)
        {
            Rate(p, $"survey[{s.Program}].responseRate", s.ResponseRate);
            Rate(p, $"survey[{s.Program}].satisfiedRate", s.SatisfiedRate);
            if (s.Respondent == RespondentKind.ProjectSite && s.Program != ProgramCode.ScoPartnership)
            {
                p.Add($"survey[{s.Program}]: project-site answers are for SCO projects only");
            }
        }

        foreach (var k in spec.CarriedOver)
        {
            if (k.Count < 0 || k.ProgramYear >= spec.ProgramYear || k.ThisYearFiscalCny > k.ApprovedFiscalCny || (k.Count > 0 && k.ApprovedFiscalCny <= 0))
            {
                p.Add($"carriedOver[{k.Category}]: count ≥ 0, an earlier program year, approved > 0 and this year's share at most the approved amount");
            }
        }

        return p;
    }

    private static void CheckCall(List<string> p, ProgramYearSpec spec, CallSpec c)
    {
        if (c.ExecutionEndsOn >= c.ExecutionStartsOn.AddYears(2).AddDays(-1) || c.ExecutionEndsOn <= c.ExecutionStartsOn)
        {
            // A two-year project gets a mid-term inspection, which the simulator does not play.
            p.Add($"calls[{c.Program}]: execution must end after it starts and last under two years");
        }

        if (!(c.OpensOn <= spec.StartsOn && spec.StartsOn <= c.ClosesOn))
        {
            p.Add($"calls[{c.Program}]: the call must be open on startsOn {spec.StartsOn:yyyy-MM-dd}");
        }

        foreach (var k in c.Categories)
        {
            if (!ProgramCatalog.Belongs(k.Category, c.Program))
            {
                p.Add($"calls[{c.Program}].{k.Category}: not a category of the program");
                continue;
            }

            var rule = ProgramCatalog.Category(k.Category).DefaultFunding;
            if (k.Funded < 0 || k.Declined < 0 || (k.Funded > 0 && (k.FiscalCny / k.Funded < rule.MinCny || Math.Ceiling(k.FiscalCny / k.Funded) > rule.MaxCny)))
            {
                p.Add($"calls[{c.Program}].{k.Category}: each funded project's fiscal amount ({(k.Funded > 0 ? k.FiscalCny / k.Funded : 0):0.##}) must lie in {rule.MinCny:0}–{rule.MaxCny:0} CNY");
            }

            if (k.ThisYearFiscalCny > k.FiscalCny || k.SelfRaisedCny < 0)
            {
                p.Add($"calls[{c.Program}].{k.Category}: this year's fiscal share cannot exceed the fiscal total; self-raised ≥ 0");
            }
        }

        var expected = IndicatorCatalog.PerProjectIndicators(c.Program).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        if (!expected.SetEquals(c.Targets.Keys))
        {
            p.Add($"calls[{c.Program}].targets: need exactly {string.Join(", ", expected.Order(StringComparer.Ordinal))}");
        }
    }

    private static void Rate(List<string> p, string name, double rate)
    {
        if (rate is < 0 or > 1 || double.IsNaN(rate))
        {
            p.Add($"{name} must be between 0 and 1");
        }
    }
}
