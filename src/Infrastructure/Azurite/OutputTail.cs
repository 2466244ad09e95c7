using System.Collections.Concurrent;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>
/// Keeps the last lines a child process wrote, so a failure can show them. Draining the pipes also matters by itself:
/// a child blocks once an unread pipe buffer fills.
/// </summary>
public sealed class OutputTail(int maxLines = 60)
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Records one line (null, which marks end of stream, is ignored).</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > maxLines && _lines.TryDequeue(out _))
        {
        }
    }

    /// <summary>Whether any kept line contains <paramref name="text"/>.</summary>
    public bool Contains(string text) => _lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, _lines);
}
