using System.Collections.Concurrent;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Review;

namespace XjKeji.App.Tests.Fakes;

internal sealed class InMemoryExpertRepository : IExpertRepository
{
    private readonly ConcurrentDictionary<string, Expert> _experts = new(StringComparer.Ordinal);

    public Task<Expert?> FindAsync(string expertId, CancellationToken cancellationToken = default) => Task.FromResult(_experts.GetValueOrDefault(expertId));

    public Task<IReadOnlyList<Expert>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Expert>>([.. _experts.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]);

    public Task SaveAsync(IReadOnlyList<Expert> experts, CancellationToken cancellationToken = default)
    {
        foreach (var e in experts)
        {
            _experts[e.Id] = e;
        }

        return Task.CompletedTask;
    }
}
