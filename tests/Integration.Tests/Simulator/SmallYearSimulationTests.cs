using System.Text.Json;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Simulator;
using XjKeji.Simulator.Driving;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Simulator;

/// <summary>
/// The simulator drives two small years through LocalHost's HTTP API and workflows (compressed time, real durable
/// timers), and each report says what its data implies — figures worked out by hand from the specs in the comments.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class SmallYearSimulationTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_small_years_give_the_reports_their_data_implies()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var log = new StringWriter();
        var folder = Path.Combine(Path.GetTempPath(), "xj-sim-" + Guid.NewGuid().ToString("N")[..8]);
        var runs = await Task.WhenAll(
            Simulation.RunAsync(SmallYearSpecs.ObjectionAndPartialAchievement(), azurite.ConnectionString, Path.Combine(folder, "a"), new ProgressBar(TextWriter.Synchronized(log), false)),
            Simulation.RunAsync(SmallYearSpecs.LateAcceptanceAndCarriedOver(), azurite.ConnectionString, Path.Combine(folder, "b"), new ProgressBar(TextWriter.Synchronized(log), false)));
        output.WriteLine(log.ToString());
        output.WriteLine($"two small years simulated in {started.Elapsed.TotalSeconds:0} s");

        ObjectionYear(runs[0].Json);
        LateYear(runs[1].Json);
        Assert.All(new[] { "a", "b" }, run =>
        {
            Assert.True(new FileInfo(Path.Combine(folder, run, "report.xlsx")).Length > 1000);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, run, "report.png"))[..4]);
        });
        Directory.Delete(folder, recursive: true);
    }

    private static void ObjectionYear(JsonElement report)
    {
        var rows = Rows(report);

        // 4 funded, 1 rejected on the upheld objection: 3 approved, each with targets 4, 2, 2, 2, 10, 50, 50; two report
        // them in full, one half: talents 4 + 4 + 2 = 10 of 12, transfers 2 + 2 + 1 = 5 of 6, trained 25 of 30, output 125 of 150.
        Assert.Equal((3m, 3m), Numbers(rows["AX-PROJECTS"]));
        Assert.Equal((12m, 10m), Numbers(rows["AX-TALENTS"]));
        Assert.Equal((6m, 5m), Numbers(rows["AX-TRANSFERS"]));
        Assert.Equal((6m, 5m), Numbers(rows["AX-PLATFORMS"]));
        Assert.Equal((6m, 5m), Numbers(rows["AX-IP"]));
        Assert.Equal((30m, 25m), Numbers(rows["AX-TRAINED"]));
        Assert.Equal((150m, 125m), Numbers(rows["AX-OUTPUT-VALUE"]));
        Assert.Equal((150m, 125m), Numbers(rows["AX-ECONOMIC"]));

        // Proportional scoring: a row achieved at 10/12 earns 10/12 of its points.
        var talents = rows["AX-TALENTS"];
        Assert.Equal(Math.Round(talents.GetProperty("points").GetDecimal() * 10m / 12m, 2, MidpointRounding.AwayFromZero), talents.GetProperty("score").GetDecimal());

        // Money: 3 approved × 200,000 this year = 60万 of a 60万 budget; the rejected and the declined ones count nothing.
        Assert.Equal((60m, 60m), Numbers(rows["AX-FISCAL"]));
        var program = FundLine(report, "Program", "AidXinjiang");
        Assert.Equal((3, 600_000m, 600_000m), (program.GetProperty("projectCount").GetInt32(), program.GetProperty("fullYearBudgetCny").GetDecimal(), program.GetProperty("executedCny").GetDecimal()));

        // No deadline missed: every process row 100%. Survey: 3 answers, 2 satisfied: 67% (the target 90 has no decimals).
        Assert.Equal((100m, 100m), Numbers(rows["AX-PROCESS"]));
        Assert.Equal((100m, 100m), Numbers(rows["PUBLICITY-TIMELINESS"]));
        Assert.Equal(67m, rows["AX-SATISFACTION"].GetProperty("actual").GetProperty("number").GetDecimal());
        Assert.Equal((3, 2), Survey(rows["AX-SATISFACTION"]));
    }

    private static void LateYear(JsonElement report)
    {
        var rows = Rows(report);

        // Two AidXinjiang A and two SCO projects, every target met in full.
        Assert.Equal((2m, 2m), Numbers(rows["AX-PROJECTS"]));
        Assert.Equal((10m, 10m), Numbers(rows["AX-TALENTS"]));
        Assert.Equal((200m, 200m), Numbers(rows["AX-OUTPUT-VALUE"]));
        Assert.Equal((40m, 40m), Numbers(rows["SCO-JOBS"]));
        Assert.Equal((100m, 100m), Numbers(rows["SCO-EXPORT"]));
        Assert.Equal("AtLeast", rows["SCO-DEMO-BASE"].GetProperty("actual").GetProperty("comparator").GetString());
        Assert.Equal((2m, 2m), Numbers(rows["SCO-DEMO-BASE"]));

        // One project per program reported after the grace period: the deadline is missed on its record, so half the
        // AidXinjiang projects comply (50%), and 2 of the 4 new projects for the fund-wide publicity row (50%).
        Assert.Equal((100m, 50m), Numbers(rows["AX-PROCESS"]));
        Assert.Equal((100m, 50m), Numbers(rows["AX-FUND-USE"]));
        Assert.Equal((100m, 50m), Numbers(rows["PUBLICITY-TIMELINESS"]));

        // Money this year: AidXinjiang 2 × 500,000 new + 2 × 150,000 carried over = 130万; SCO 2 × 200,000 + 100,000 = 50万;
        // leveraged capital is the SCO projects' self-raised 2 × 500,000 = 100万.
        Assert.Equal((130m, 130m), Numbers(rows["AX-FISCAL"]));
        Assert.Equal((50m, 50m), Numbers(rows["SCO-FISCAL"]));
        Assert.Equal((2, 300_000m), Count(FundLine(report, "CarriedOverProjects", "AidXinjiang")));
        Assert.Equal((2, 1_000_000m), Count(FundLine(report, "NewProjects", "AidXinjiang")));
        Assert.Equal((1, 100_000m), Count(FundLine(report, "CarriedOverProjects", "ScoPartnership")));
        Assert.Equal((2, 400_000m), Count(FundLine(report, "NewProjects", "ScoPartnership")));
        Assert.Equal(1_000_000m, report.GetProperty("funds").GetProperty("total").GetProperty("leveragedCny").GetDecimal());

        // Survey: one of two AidXinjiang applicants answers, satisfied; both SCO sites answer, one satisfied.
        Assert.Equal((1, 1), Survey(rows["AX-SATISFACTION"]));
        Assert.Equal((2, 1), Survey(rows["SCO-SATISFACTION"]));
        Assert.Equal(50m, rows["SCO-SATISFACTION"].GetProperty("actual").GetProperty("number").GetDecimal());
        Assert.Equal("ProjectSite", rows["SCO-SATISFACTION"].GetProperty("survey").GetProperty("byKind")[0].GetProperty("kind").GetString());
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("indicator").GetProperty("code").GetString()!);

    private static (decimal Target, decimal Actual) Numbers(JsonElement row) =>
        (row.GetProperty("target").GetProperty("number").GetDecimal(), row.GetProperty("actual").GetProperty("number").GetDecimal());

    private static (int Responses, int Satisfied) Survey(JsonElement row) =>
        (row.GetProperty("survey").GetProperty("responses").GetInt32(), row.GetProperty("survey").GetProperty("satisfied").GetInt32());

    private static JsonElement FundLine(JsonElement report, string kind, string program) =>
        report.GetProperty("funds").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == kind && l.GetProperty("program").GetString() == program);

    private static (int, decimal) Count(JsonElement line) => (line.GetProperty("projectCount").GetInt32(), line.GetProperty("fullYearBudgetCny").GetDecimal());
}
