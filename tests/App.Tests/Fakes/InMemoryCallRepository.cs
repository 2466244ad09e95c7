using System.Collections.Concurrent;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;

namespace XjKeji.App.Tests.Fakes;

internal sealed class InMemoryCallRepository : ICallRepository
{
    private readonly ConcurrentDictionary<string, AnnualCall> _calls = new(StringComparer.Ordinal);

    public Task<AnnualCall?> FindAsync(string callId, CancellationToken cancellationToken = default) => Task.FromResult(_calls.GetValueOrDefault(callId));

    public Task SaveAsync(AnnualCall call, CancellationToken cancellationToken = default)
    {
        _calls[call.Id] = call;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnnualCall>> ListAsync(int? programYear = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AnnualCall>>([.. _calls.Values.Where(c => programYear is null || c.ProgramYear == programYear)]);
}
