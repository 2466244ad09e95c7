using System.Globalization;
using XjKeji.Domain.Budget;
using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Projects.Import;

/// <summary>
/// Reads carried-over projects (上年结转项目) from a CSV file, all or nothing: every problem of every row is reported at
/// once with its row number and column, and no project is returned while any problem remains.
/// </summary>
/// <remarks>
/// <para>Format: CSV in UTF-8 (with or without BOM) or GB18030, as Excel on Chinese Windows saves "CSV (逗号分隔)", or the
/// Excel workbook itself (.xlsx: its first sheet; date cells may be Excel dates). Row 1 is the header; columns may come in any order and are named in Chinese or English:</para>
/// <list type="table">
/// <item><term>编号 / id</term><description>project id (letters, digits, <c>-</c>, <c>_</c>, <c>.</c>; at most 64)</description></item>
/// <item><term>项目名称 / title</term><description>at most 100 characters</description></item>
/// <item><term>类别 / category</term><description>enum name (<c>AidXinjiangA</c>…) or the category's Chinese name</description></item>
/// <item><term>计划年度 / programYear</term><description>the year of the call it was approved under, before the import's year</description></item>
/// <item><term>承担单位编码 / institutionId, 承担单位 / institutionName</term><description>the lead institution</description></item>
/// <item><term>负责人编号 / piId, 负责人 / piName, 负责人邮箱 / piEmail</term><description>the PI</description></item>
/// <item><term>阶段 / stage</term><description>Contract, Execution, MidTermInspection, MidTermReview, AcceptanceDue or AcceptanceReview (or the Chinese stage name)</description></item>
/// <item><term>立项日期 / approvedOn, 合同签订日期 / contractSignedOn, 执行开始 / executionStartsOn, 执行结束 / executionEndsOn</term><description>dates as 2017-06-30 or 2017/6/30; the contract date is empty only at stage Contract</description></item>
/// <item><term>批复财政资金 / approvedFiscalCny</term><description>CNY (元), more than zero, at most two decimals</description></item>
/// <item><term>自筹资金 / selfRaisedCny (optional)</term><description>CNY, default 0</description></item>
/// <item><term>年度拨款 / disbursements</term><description><c>2017:1000000；2018:500000</c> — fiscal CNY per year, summing to at most the approved amount</description></item>
/// <item><term>绩效目标 / targets (optional)</term><description><c>AX-TALENTS=4；AX-IP=1</c>, <c>&gt;=</c> for "at least"</description></item>
/// <item><term>中期检查已通过 / midTermPassed (optional)</term><description>是/否 (default 否)</description></item>
/// </list>
/// </remarks>
public static class CarriedOverCsvImport
{
    /// <summary>Stages a carried-over project may be imported at: approved, not yet closed.</summary>
    public static IReadOnlySet<ProjectStage> ImportableStages { get; } = new HashSet<ProjectStage>
    {
        ProjectStage.Contract, ProjectStage.Execution, ProjectStage.MidTermInspection, ProjectStage.MidTermReview,
        ProjectStage.AcceptanceDue, ProjectStage.AcceptanceReview,
    };

    private static readonly ImportColumn[] Columns =
    [
        new(ImportField.Id, "编号", "id", true),
        new(ImportField.Title, "项目名称", "title", true),
        new(ImportField.Category, "类别", "category", true),
        new(ImportField.ProgramYear, "计划年度", "programYear", true),
        new(ImportField.InstitutionId, "承担单位编码", "institutionId", true),
        new(ImportField.InstitutionName, "承担单位", "institutionName", true),
        new(ImportField.PiId, "负责人编号", "piId", true),
        new(ImportField.PiName, "负责人", "piName", true),
        new(ImportField.PiEmail, "负责人邮箱", "piEmail", true),
        new(ImportField.Stage, "阶段", "stage", true),
        new(ImportField.ApprovedOn, "立项日期", "approvedOn", true),
        new(ImportField.ContractSignedOn, "合同签订日期", "contractSignedOn", true),
        new(ImportField.ExecutionStartsOn, "执行开始", "executionStartsOn", true),
        new(ImportField.ExecutionEndsOn, "执行结束", "executionEndsOn", true),
        new(ImportField.ApprovedFiscal, "批复财政资金", "approvedFiscalCny", true),
        new(ImportField.SelfRaised, "自筹资金", "selfRaisedCny", false),
        new(ImportField.Disbursements, "年度拨款", "disbursements", true),
        new(ImportField.Targets, "绩效目标", "targets", false),
        new(ImportField.MidTermPassed, "中期检查已通过", "midTermPassed", false),
    ];

    /// <summary>The header row of a file, Chinese names in the documented order: what a blank template starts with.</summary>
    public static string TemplateHeader => string.Join(',', Columns.Select(c => c.Zh));

    /// <summary>Reads the file's bytes (CSV or .xlsx); <paramref name="today"/> (China Standard Time) bounds the program years and dates.</summary>
    public static CarriedOverImportResult Parse(ReadOnlySpan<byte> bytes, DateOnly today)
    {
        if (XlsxSheetReader.LooksLikeXlsx(bytes))
        {
            var (rows, problem) = XlsxSheetReader.Read(bytes.ToArray());
            return rows is null
                ? new([], [new ImportRowError(0, null, "unreadable-workbook", new($"无法读取Excel文件：{problem}", $"The Excel file could not be read: {problem}"))], "xlsx")
                : Read(rows, [], "xlsx", today);
        }

        var (text, encoding, decodeError) = CsvText.Decode(bytes);
        if (text is null)
        {
            return new([], [new ImportRowError(0, null, decodeError!.Code, decodeError.Message)], encoding);
        }

        var (records, syntax) = CsvText.Split(text);
        return Read(records, [.. syntax.Select(e => new ImportRowError(e.Row, null, e.Code, e.Message))], encoding, today);
    }

    private static CarriedOverImportResult Read(IReadOnlyList<CsvRecord> records, List<ImportRowError> errors, string encoding, DateOnly today)
    {
        if (records.Count == 0 || records[0].Row != 1)
        {
            errors.Insert(0, new ImportRowError(1, null, "missing-header", new($"第1行必须是表头（{TemplateHeader}）", $"Row 1 must be the header ({TemplateHeader})")));
            return new([], errors, encoding);
        }

        var header = ImportHeader.Read(records[0], Columns, errors);
        if (header is null)
        {
            return new([], [.. errors.OrderBy(e => e.Row)], encoding);
        }

        var projects = new List<CarriedOverProject>();
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var cells = new ImportRowCells(record, header, errors);
            var project = ReadRow(cells, today);
            var id = cells.Text(ImportField.Id);
            if (id.Length > 0 && !firstRowOfId.TryAdd(id, record.Row))
            {
                cells.Fail(ImportField.Id, "duplicate-id", $"编号{id}与第{firstRowOfId[id]}行重复", $"id {id} repeats row {firstRowOfId[id]}");
            }

            if (project is not null && !cells.Failed)
            {
                projects.Add(project);
            }
        }

        return errors.Count > 0 ? new([], [.. errors.OrderBy(e => e.Row)], encoding) : new(projects, [], encoding);
    }

    private static CarriedOverProject? ReadRow(ImportRowCells c, DateOnly today)
    {
        var id = c.Required(ImportField.Id);
        if (id.Length > 64 || id.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.')))
        {
            c.Fail(ImportField.Id, "invalid-id", "编号只能包含字母、数字、-、_、.，且不超过64个字符", "the id may hold letters, digits, -, _ and . only, at most 64");
        }

        var title = c.Required(ImportField.Title);
        if (title.Length > ApplicationForm.MaxTitleLength)
        {
            c.Fail(ImportField.Title, "too-long", $"项目名称不能超过{ApplicationForm.MaxTitleLength}个字", $"the title may have at most {ApplicationForm.MaxTitleLength} characters");
        }

        var category = ImportCellParsers.Category(c);
        var year = c.Integer(ImportField.ProgramYear);
        if (year is not null && (year < 2000 || year >= today.Year))
        {
            c.Fail(ImportField.ProgramYear, "not-carried-over", $"计划年度应早于{today.Year}年（结转项目）", $"the program year must be before {today.Year} (a carried-over project)");
        }

        var institution = new Institution(c.Required(ImportField.InstitutionId), c.Required(ImportField.InstitutionName));
        var pi = new PrincipalInvestigator(c.Required(ImportField.PiId), c.Required(ImportField.PiName), c.Required(ImportField.PiEmail));
        if (pi.Email.Length > 0 && !EmailAddress.IsValid(pi.Email))
        {
            c.Fail(ImportField.PiEmail, "invalid-email", $"邮箱“{pi.Email}”格式不正确", $"'{pi.Email}' is not a valid email address");
        }

        var stage = ImportCellParsers.Stage(c);
        var approvedOn = c.Date(ImportField.ApprovedOn, required: true);
        var signedOn = c.Date(ImportField.ContractSignedOn, required: false);
        var startsOn = c.Date(ImportField.ExecutionStartsOn, required: true);
        var endsOn = c.Date(ImportField.ExecutionEndsOn, required: true);
        var approved = c.Amount(ImportField.ApprovedFiscal, required: true);
        var selfRaised = c.Amount(ImportField.SelfRaised, required: false) ?? 0m;
        var disbursements = ImportCellParsers.Disbursements(c);
        var targets = category is null ? [] : ImportCellParsers.Targets(c, ProgramCatalog.Category(category.Value).Program);
        var midTermPassed = c.YesNo(ImportField.MidTermPassed) ?? false;

        CheckDates(c, stage, year, approvedOn, signedOn, startsOn, endsOn, today);
        if (approved is <= 0)
        {
            c.Fail(ImportField.ApprovedFiscal, "required", "批复财政资金必须大于零", "the approved fiscal funding must be more than zero");
        }

        if (approved is not null && disbursements.Sum(d => d.FiscalCny) > approved)
        {
            c.Fail(ImportField.Disbursements, "exceeds-approved", "年度拨款合计超过批复财政资金", "the disbursements add up to more than the approved fiscal funding");
        }

        if (year is not null && disbursements.Any(d => d.ProgramYear < year))
        {
            c.Fail(ImportField.Disbursements, "before-program-year", "拨款年度不能早于计划年度", "a disbursement cannot be before the program year");
        }

        return c.Failed || category is null || year is null || stage is null || approvedOn is null || startsOn is null || endsOn is null || approved is null
            ? null
            : new CarriedOverProject(c.Row, id, title, category.Value, year.Value, institution, pi, stage.Value, approvedOn.Value, signedOn,
                startsOn.Value, endsOn.Value, approved.Value, selfRaised, disbursements, targets, midTermPassed);
    }

    private static void CheckDates(ImportRowCells c, ProjectStage? stage, int? year, DateOnly? approvedOn, DateOnly? signedOn, DateOnly? startsOn, DateOnly? endsOn, DateOnly today)
    {
        if (approvedOn is { } a && ((year is { } y && a.Year < y) || a > today))
        {
            c.Fail(ImportField.ApprovedOn, "out-of-range", "立项日期应在计划年度之后、今天之前", "the approval date must fall between the program year and today");
        }

        if (stage is ProjectStage.Contract && signedOn is not null)
        {
            c.Fail(ImportField.ContractSignedOn, "not-yet-signed", "签订任务书阶段的项目不应有合同签订日期", "a project still at the contract stage has no signature date");
        }
        else if (stage is not null and not ProjectStage.Contract && signedOn is null)
        {
            c.Fail(ImportField.ContractSignedOn, "required", "已执行的项目必须填写合同签订日期", "a project past its contract needs the signature date");
        }
        else if (signedOn is { } s && ((approvedOn is { } ap && s < ap) || s > today))
        {
            c.Fail(ImportField.ContractSignedOn, "out-of-range", "合同签订日期应在立项日期之后、今天之前", "the signature date must fall between approval and today");
        }

        if (startsOn is { } from && endsOn is { } to)
        {
            if (to <= from)
            {
                c.Fail(ImportField.ExecutionEndsOn, "before-start", "执行期结束日期必须晚于开始日期", "the execution end must be after its start");
            }
            else if (to > from.AddYears(ApplicationForm.MaxExecutionYears))
            {
                c.Fail(ImportField.ExecutionEndsOn, "too-long", $"执行期不能超过{ApplicationForm.MaxExecutionYears}年", $"the execution period may not exceed {ApplicationForm.MaxExecutionYears} years");
            }
        }
    }
}
