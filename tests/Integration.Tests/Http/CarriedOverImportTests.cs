using System.Net;
using System.Text;
using XjKeji.App.Projects.Import;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Carried-over projects imported over HTTP on LocalHost: a file with any bad row stores nothing and names every row;
/// a good file places each project at its stage with its lifecycle running; the same file again changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class CarriedOverImportTests(AzuriteFixture azurite)
{
    private const string Header = "编号,项目名称,类别,计划年度,承担单位编码,承担单位,负责人编号,负责人,负责人邮箱,阶段,立项日期,合同签订日期,执行开始,执行结束,批复财政资金,自筹资金,年度拨款,绩效目标";

    [Fact]
    public async Task A_file_is_imported_all_or_nothing_and_a_retry_changes_nothing()
    {
        await using var s = await LocalHostScenario.StartAsync(azurite, TimeSpan.FromSeconds(2));
        using var officer = s.Officer();
        var tag = Guid.NewGuid().ToString("N")[..6];
        string Row(int i, string stage, string category = "AidXinjiangB", string approved = "400000") =>
            $"CO-{tag}-{i},结转项目{i}：南疆林果业提质增效,{category},2017,91650000-INST-{i},喀什地区林业局,pi-co-{i},阿依古丽,pi{i}@example.cn,{stage},2017-06-01,2017-06-20,2017-07-01,2019-12-31,{approved},50000,2017:250000；2018:150000,";

        var bad = Header + "\n" + Row(1, "执行") + "\n" + Row(2, "结题") + "\n" + Row(3, "执行", approved: "四十万");
        var refused = await officer.PostAsync("api/officer/projects/import", new CarriedOverImportRequest(Base64(bad), "结转项目.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var fields = refused.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["rows[3].阶段", "rows[4].批复财政资金"], fields);
        (await officer.GetAsync($"api/projects/CO-{tag}-1")).Ensure(HttpStatusCode.NotFound);

        var good = Header + "\n" + Row(1, "执行") + "\n" + Row(2, "中期检查") + "\n" + Row(3, "Execution", "ScoGeneral", "450000");
        var imported = (await officer.PostAsync("api/officer/projects/import", new CarriedOverImportRequest(Base64(good), "结转项目.csv"))).Ensure(HttpStatusCode.OK);
        Assert.Equal((3, 0), (imported.Json.GetProperty("imported").GetInt32(), imported.Json.GetProperty("alreadyImported").GetInt32()));

        var project = (await officer.GetAsync($"api/projects/CO-{tag}-2")).Ensure(HttpStatusCode.OK).Json;
        Assert.Equal(("MidTermInspection", true, "结转项目2：南疆林果业提质增效"), (project.GetProperty("stage").GetString(), project.GetProperty("isCarriedOver").GetBoolean(), project.GetProperty("form").GetProperty("title").GetString()));
        var audit = (await officer.GetAsync($"api/projects/CO-{tag}-2/audit")).Ensure(HttpStatusCode.OK).Json.EnumerateArray().Single();
        Assert.Equal(("ImportCarriedOver", "officer-1"), (audit.GetProperty("action").GetString(), audit.GetProperty("actor").GetProperty("id").GetString()));
        Assert.Contains("结转项目.csv", audit.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Each lifecycle runs, waiting in the imported stage.
        await HttpLifecycleTests.Poll(() => officer.GetAsync($"api/ops/projects/CO-{tag}-1/lifecycle"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("runtimeStatus").GetString() == "Running" && r.Body.Contains("Execution", StringComparison.Ordinal), "lifecycle of an imported project", 60);

        var again = (await officer.PostAsync("api/officer/projects/import", new CarriedOverImportRequest(Base64(good), "结转项目.csv"))).Ensure(HttpStatusCode.OK);
        Assert.Equal((0, 3), (again.Json.GetProperty("imported").GetInt32(), again.Json.GetProperty("alreadyImported").GetInt32()));
        Assert.Single((await officer.GetAsync($"api/projects/CO-{tag}-2/audit")).Ensure(HttpStatusCode.OK).Json.EnumerateArray());
    }

    private static string Base64(string csv) => Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));
}
