using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using XjKeji.App.Reporting;
using XjKeji.App.Reporting.Png;

namespace XjKeji.App.Tests.Reporting;

public class PngChartTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public async Task Png_has_signature_header_valid_crcs_and_the_layouts_size()
    {
        var report = ReportFixture.Build();
        var layout = AchievementChartWriter.Layout(report);
        var png = await WriteAsync(report);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = Chunks(png);
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal("IEND", chunks[^1].Type);
        Assert.All(chunks, c => Assert.Equal(BitwiseCrc(c.TypeAndData), c.Crc));
        var ihdr = chunks[0].Data;
        Assert.Equal((layout.Width, layout.Height, 8, 2), (BinaryPrimitives.ReadInt32BigEndian(ihdr), BinaryPrimitives.ReadInt32BigEndian(ihdr.AsSpan(4)), (int)ihdr[8], (int)ihdr[9]));
    }

    [Fact]
    public async Task Bar_heights_in_the_pixels_follow_the_achievements()
    {
        var report = ReportFixture.Build();
        var layout = AchievementChartWriter.Layout(report);
        var image = Decode(await WriteAsync(report));

        // SCO-JOBS reaches 200%, so the axis runs to 200% over the plot's height.
        Assert.Equal(200m, layout.AxisMaxPercent);
        var plot = layout.PlotBottom - layout.PlotTop;
        var measured = new Dictionary<string, int>();
        foreach (var (code, percent) in new[] { ("AX-TALENTS", 50m), ("AX-TRANSFERS", 100m), ("AX-IP", 150m), ("SCO-JOBS", 200m) })
        {
            var bar = layout.Bars.Single(b => b.Code == code);
            var height = BarPixels(image, bar.Left + (bar.BarWidth / 2), layout);
            Assert.InRange(height, (int)(percent / 200 * plot) - 2, (int)(percent / 200 * plot) + 1);
            measured[code] = height;
        }

        // Relations that need no layout numbers: 150% is three times 50%, 200% twice 100%.
        Assert.InRange(measured["AX-IP"] / (double)measured["AX-TALENTS"], 2.9, 3.1);
        Assert.InRange(measured["SCO-JOBS"] / (double)measured["AX-TRANSFERS"], 1.95, 2.05);

        // Missed rows are drawn orange, met ones green; the dashed 100% line is red at its row.
        var talents = layout.Bars.Single(b => b.Code == "AX-TALENTS");
        Assert.Equal(AchievementChartWriter.MissedBar, image.Pixel(talents.Left + 2, layout.PlotBottom - 5));
        Assert.Equal(AchievementChartWriter.TargetLine, image.Pixel(layout.PlotLeft + 1, layout.HundredPercentY));
    }

    [Fact]
    public async Task Sample_chart_can_be_saved_for_a_look()
    {
        // Set XJ_REPORT_SAMPLE_DIR to keep the image; by default only its decoding is checked.
        var png = await WriteAsync(ReportFixture.Build());
        var dir = Environment.GetEnvironmentVariable("XJ_REPORT_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(dir))
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "xjkeji-achievement.png"), png);
        }

        Assert.True(Decode(png).Width >= 640);
    }

    [Fact]
    public void Font_covers_the_characters_chart_labels_use()
    {
        foreach (var ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-%./:() ")
        {
            Assert.True(BitmapFont.Supports(ch), $"no glyph for '{ch}'");
        }

        Assert.False(BitmapFont.Supports('援'));
        Assert.Equal(BitmapFont.Glyph('?'), BitmapFont.Glyph('援'));
    }

    private static async Task<byte[]> WriteAsync(XjKeji.Domain.Reporting.SelfEvaluationReport report)
    {
        using var ms = new MemoryStream();
        await AchievementChartWriter.WriteAsync(report, ms);
        return ms.ToArray();
    }

    /// <summary>Counts bar-coloured pixels in one column from the top of the plot down to the baseline.</summary>
    private static int BarPixels(Image image, int x, ChartLayout layout)
    {
        var count = 0;
        for (var y = layout.PlotTop - 2; y < layout.PlotBottom; y++)
        {
            var p = image.Pixel(x, y);
            if (p == AchievementChartWriter.MetBar || p == AchievementChartWriter.MissedBar)
            {
                count++;
            }
        }

        return count;
    }

    private sealed record Chunk(string Type, byte[] Data, uint Crc, byte[] TypeAndData);

    private static List<Chunk> Chunks(byte[] png)
    {
        var list = new List<Chunk>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            list.Add(new Chunk(type, data, crc, png.AsSpan(at + 4, 4 + length).ToArray()));
            at += 12 + length;
        }

        return list;
    }

    /// <summary>A bit-at-a-time CRC-32, written independently of the encoder's table-driven one.</summary>
    private static uint BitwiseCrc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }

    private sealed record Image(int Width, int Height, byte[] Rgb)
    {
        public Rgb Pixel(int x, int y)
        {
            var i = ((y * Width) + x) * 3;
            return new Rgb(Rgb[i], Rgb[i + 1], Rgb[i + 2]);
        }
    }

    private static Image Decode(byte[] png)
    {
        var chunks = Chunks(png);
        var width = BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data);
        var height = BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data.AsSpan(4));
        using var idat = new MemoryStream([.. chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data)]);
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = 1 + (width * 3);
        Assert.Equal(stride * height, bytes.Length);
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, bytes[y * stride]);
            Array.Copy(bytes, (y * stride) + 1, rgb, y * width * 3, width * 3);
        }

        return new Image(width, height, rgb);
    }
}
