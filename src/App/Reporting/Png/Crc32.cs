namespace XjKeji.App.Reporting.Png;

/// <summary>
/// CRC-32 (ISO 3309, polynomial 0xEDB88320 reflected) as PNG chunks need it. Written here because System.IO.Hashing is a
/// separate package and this is twenty lines.
/// </summary>
public static class Crc32
{
    private static readonly uint[] Table = Build();

    /// <summary>The CRC of <paramref name="data"/>, continuing from <paramref name="crc"/> (start with 0).</summary>
    public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
    {
        var c = ~crc;
        foreach (var b in data)
        {
            c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
