namespace XjKeji.Integration.Tests.Evidence;

/// <summary>
/// A read-only stream of <c>length</c> deterministic bytes beginning with a given head: large test files without a
/// large array. The same length and head always give the same bytes, so a test can hash them again.
/// </summary>
internal sealed class GeneratedContentStream(long length, byte[] head) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < n; i++)
        {
            var p = _position + i;
            // Printable ASCII after the head, varied enough that hashing is not trivially uniform.
            buffer[i] = p < head.Length ? head[p] : (byte)('a' + (int)((p * 31 + (p >> 12)) % 26));
        }

        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
