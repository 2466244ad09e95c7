using XjKeji.Domain.Credit;

namespace XjKeji.Domain.Tests.Credit;

/// <summary>Events and findings for credit tests; every instant is in Beijing time so dates read as the officer sees them.</summary>
internal static class CreditTestData
{
    public const string Pi = "pi-1";
    public const string Inst = "91650000-INST-A";

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static CreditEvent Event(string key, CreditEventKind kind, DateTimeOffset at, int? points = null, string subject = Pi, CreditSubjectKind subjectKind = CreditSubjectKind.Person) =>
        new(key, subjectKind, subject, kind, points ?? CreditPoints.Default(kind), at, "P-1", "原因 reason");

    public static MisconductFinding Finding(MisconductSeverity severity, int years, DateOnly startsOn, string subject = Pi, CreditSubjectKind subjectKind = CreditSubjectKind.Person, string id = "F-1") =>
        new(id, subjectKind, subject, MisconductCategory.FabricatedOrFalsifiedData, severity, startsOn, years, "officer-1", At(2018, 1, 1), "篡改验收数据");

    public static CreditLedger Ledger(params CreditEvent[] events) => new(CreditSubjectKind.Person, Pi, events);
}
