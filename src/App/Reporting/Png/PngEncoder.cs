using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace XjKeji.App.Reporting.Png;

/// <summary>
/// Encodes an <see cref="RgbCanvas"/> as PNG (8-bit truecolour, no interlace): signature, IHDR, IDAT chunks of zlib data,
/// IEND, each chunk with its CRC-32. Compressed data is written out as IDAT chunks while rows are still being compressed,
/// asynchronously, so the caller's stream never sees synchronous writes.
/// </summary>
public static class PngEncoder
{
    /// <summary>The 8-byte PNG signature.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private const int ChunkTarget = 32 * 1024;

    /// <summary>Writes the canvas as PNG to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(RgbCanvas canvas, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Signature.ToArray(), cancellationToken).ConfigureAwait(false);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, canvas.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), canvas.Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour RGB
        await ChunkAsync(output, "IHDR", header, cancellationToken).ConfigureAwait(false);

        using var compressed = new MemoryStream();
        var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        await using (zlib.ConfigureAwait(false))
        {
            var line = new byte[1 + (canvas.Width * 3)];
            for (var y = 0; y < canvas.Height; y++)
            {
                // Filter type 0 (None): flat chart colours compress well without prediction.
                line[0] = 0;
                canvas.Row(y).CopyTo(line.AsSpan(1));
                zlib.Write(line);
                if (compressed.Length >= ChunkTarget)
                {
                    await FlushIdatAsync(output, compressed, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await FlushIdatAsync(output, compressed, cancellationToken).ConfigureAwait(false);
        await ChunkAsync(output, "IEND", ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
    }

    private static async Task FlushIdatAsync(Stream output, MemoryStream compressed, CancellationToken cancellationToken)
    {
        if (compressed.Length == 0)
        {
            return;
        }

        await ChunkAsync(output, "IDAT", compressed.GetBuffer().AsMemory(0, (int)compressed.Length), cancellationToken).ConfigureAwait(false);
        compressed.SetLength(0);
    }

    private static async Task ChunkAsync(Stream output, string type, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        var crc = Crc32.Compute(data.Span, Crc32.Compute(head.AsSpan(4)));
        var tail = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        await output.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(tail, cancellationToken).ConfigureAwait(false);
    }
}
