using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>
/// The ports Azurite has announced as bound ("Azurite Blob service is successfully listening at http://127.0.0.1:10000"),
/// read from its standard output. Kept apart from <see cref="OutputTail"/>, which may drop early lines.
/// </summary>
public sealed partial class ListeningAnnouncements
{
    private readonly ConcurrentDictionary<int, bool> _ports = new();

    /// <summary>Records the port of a "successfully listening" line; ignores every other line.</summary>
    public void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _ports[int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture)] = true;
        }
    }

    /// <summary>Whether Azurite announced that it listens on <paramref name="port"/>.</summary>
    public bool Announced(int port) => _ports.ContainsKey(port);

    [GeneratedRegex(@"successfully listening at https?://[^\s:]+:(?<port>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningLine();
}
