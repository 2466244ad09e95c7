using System.Buffers;
using System.Text.Json;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Reads a table query page's JSON (<c>{"value":[{"PartitionKey":…,"RowKey":…,property…},…]}</c>, with or without the
/// <c>odata.*</c> annotations) as it streams in, and hands over the string properties a caller asks for, unescaped to
/// UTF-8, without making entities or strings of them. It holds a small window of the page at a time (a page of the
/// report's read model is several MiB), grown only when one value does not fit.
/// </summary>
public static class TablePageJson
{
    /// <summary>Decides, from its UTF-8 name, whether a property is wanted.</summary>
    public delegate bool PropertyFilter(ReadOnlySpan<byte> utf8Name);

    /// <summary>Receives one wanted property's string value as UTF-8.</summary>
    public delegate void StringHandler(ReadOnlySpan<byte> utf8Value);

    // Inside the page object (depth 0), its "value" array (depth 1): entities at depth 2, their properties at depth 3.
    private const int PropertyDepth = 3;
    private const int WindowBytes = 64 * 1024;

    /// <summary>Calls <paramref name="handler"/> with every string property of every entity that <paramref name="wanted"/> names.</summary>
    /// <exception cref="JsonException">The page is not JSON, or ends early.</exception>
    public static async ValueTask ForEachStringAsync(Stream utf8Page, PropertyFilter wanted, StringHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Page);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(handler);
        var walk = new Walk(wanted, handler);
        var window = ArrayPool<byte>.Shared.Rent(WindowBytes);
        try
        {
            int start = 0, end = 0;
            while (true)
            {
                // Keep the unread tail, at the front of the window (a larger one when a single value fills it), and read on.
                if (start > 0)
                {
                    Buffer.BlockCopy(window, start, window, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == window.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(window.Length * 2);
                    Buffer.BlockCopy(window, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(window);
                    window = larger;
                }

                var read = await utf8Page.ReadAsync(window.AsMemory(end), cancellationToken).ConfigureAwait(false);
                end += read;
                start += walk.Over(window.AsSpan(0, end), isFinalBlock: read == 0);
                if (read == 0)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(window);
            walk.Dispose();
        }
    }

    // The reader's state between windows: where it is in the JSON, and whether a wanted property's name was read without
    // its value.
    private sealed class Walk(PropertyFilter wanted, StringHandler handler) : IDisposable
    {
        private JsonReaderState _state;
        private bool? _nameTaken;
        private byte[]? _unescaped;

        // Reads the complete tokens of data (which starts where the last call stopped); answers how many bytes it used.
        public int Over(ReadOnlySpan<byte> data, bool isFinalBlock)
        {
            var reader = new Utf8JsonReader(data, isFinalBlock, _state);
            while (true)
            {
                if (_nameTaken is null)
                {
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != PropertyDepth)
                    {
                        continue;
                    }

                    // Entity property names are plain identifiers, never escaped.
                    _nameTaken = wanted(reader.ValueSpan);
                }

                if (!reader.Read())
                {
                    break;
                }

                var take = _nameTaken.Value;
                _nameTaken = null;
                if (take && reader.TokenType == JsonTokenType.String)
                {
                    handler(reader.ValueIsEscaped ? Unescape(ref reader) : reader.ValueSpan);
                }
            }

            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        public void Dispose() => ReturnUnescaped();

        private void ReturnUnescaped()
        {
            if (_unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(_unescaped);
                _unescaped = null;
            }
        }

        private ReadOnlySpan<byte> Unescape(ref Utf8JsonReader reader)
        {
            // Unescaping never makes a string longer.
            if (_unescaped is null || _unescaped.Length < reader.ValueSpan.Length)
            {
                ReturnUnescaped();
                _unescaped = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
            }

            return _unescaped.AsSpan(0, reader.CopyString(_unescaped));
        }
    }
}
