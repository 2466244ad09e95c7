using System.Globalization;
using System.Text;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Makes any id safe as a PartitionKey or RowKey: Table storage forbids <c>/ \ # ?</c> and control characters in keys,
/// and ids come from users (institution codes, call ids). Those characters and <c>%</c> itself are percent-encoded, so
/// the encoding is reversible and keeps Chinese readable.
/// </summary>
public static class TableKeys
{
    /// <summary>The key form of a value.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The value of a key made by <see cref="Escape"/>.</summary>
    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var sb = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length && int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 2;
            }
            else
            {
                sb.Append(key[i]);
            }
        }

        return sb.ToString();
    }
}
