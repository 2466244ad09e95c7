using System.Buffers;
using System.Security.Cryptography;

namespace XjKeji.App.Evidence;

/// <summary>What one pass over a file's content found: its hash, its size and its first bytes (for type sniffing).</summary>
/// <param name="Sha256">SHA-256, lowercase hex.</param>
/// <param name="SizeBytes">Bytes read.</param>
/// <param name="Head">The first bytes, at most the requested head length.</param>
public sealed record ContentScan(string Sha256, long SizeBytes, ReadOnlyMemory<byte> Head)
{
    /// <summary>Bytes read per step: big enough for throughput, small enough that memory stays flat whatever the file size.</summary>
    public const int BufferSize = 128 * 1024;

    /// <summary>Reads the stream to its end once, hashing as it goes; only one buffer and the head are held in memory.</summary>
    public static async Task<ContentScan> ReadAsync(Stream content, int headLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[headLength];
        var headFilled = 0;
        long size = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (headFilled < headLength)
                {
                    var take = Math.Min(read, headLength - headFilled);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headFilled));
                    headFilled += take;
                }

                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ContentScan(Convert.ToHexStringLower(hash.GetHashAndReset()), size, head.AsMemory(0, headFilled));
    }
}
