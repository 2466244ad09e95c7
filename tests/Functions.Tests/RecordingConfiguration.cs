using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace XjKeji.Functions.Tests;

/// <summary>
/// Configuration that remembers every key and section path asked of it, so a test can list what the wiring reads
/// (including what adapters read lazily when a service is first resolved).
/// </summary>
internal sealed class RecordingConfiguration(IConfiguration inner) : IConfiguration
{
    private readonly HashSet<string> _reads = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Reads
    {
        get
        {
            lock (_reads)
            {
                return [.. _reads];
            }
        }
    }

    public string? this[string key]
    {
        get
        {
            Record(key);
            return inner[key];
        }

        set => inner[key] = value;
    }

    public IConfigurationSection GetSection(string key)
    {
        Record(key);
        return inner.GetSection(key);
    }

    public IEnumerable<IConfigurationSection> GetChildren()
    {
        Record(string.Empty);
        return inner.GetChildren();
    }

    public IChangeToken GetReloadToken() => inner.GetReloadToken();

    private void Record(string key)
    {
        lock (_reads)
        {
            _reads.Add(key);
        }
    }
}
