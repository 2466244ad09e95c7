using System.Collections.Concurrent;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Tests.Fakes;

internal sealed class InMemoryCreditEventLog : ICreditEventLog
{
    private readonly ConcurrentDictionary<string, CreditEvent> _events = new(StringComparer.Ordinal);

    public IReadOnlyList<CreditEvent> All => [.. _events.Values.OrderBy(e => e.At)];

    public Task<bool> RecordAsync(CreditEvent creditEvent, CancellationToken cancellationToken = default) =>
        Task.FromResult(_events.TryAdd(creditEvent.Key, creditEvent));

    public Task<IReadOnlyList<CreditEvent>> ListAsync(CreditSubjectKind subjectKind, string subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CreditEvent>>([.. All.Where(e => e.SubjectKind == subjectKind && e.SubjectId == subjectId)]);

    public Task<IReadOnlyList<CreditEvent>> ListOfKindsAsync(CreditSubjectKind subjectKind, IReadOnlyCollection<CreditEventKind> kinds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CreditEvent>>([.. All.Where(e => e.SubjectKind == subjectKind && kinds.Contains(e.Kind))]);
}
