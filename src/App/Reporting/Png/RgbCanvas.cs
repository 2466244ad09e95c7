namespace XjKeji.App.Reporting.Png;

/// <summary>A plain RGB bitmap to draw charts on: rectangles, dashed lines and <see cref="BitmapFont"/> text, clipped to the canvas.</summary>
public sealed class RgbCanvas
{
    private readonly byte[] _pixels;

    /// <summary>Creates a canvas filled with <paramref name="background"/>.</summary>
    public RgbCanvas(int width, int height, Rgb background)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The bytes of one row, R, G, B per pixel.</summary>
    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width * 3, Width * 3);

    /// <summary>The colour at a pixel.</summary>
    public Rgb this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return new Rgb(_pixels[i], _pixels[i + 1], _pixels[i + 2]);
        }
    }

    /// <summary>Fills a rectangle; parts outside the canvas are dropped.</summary>
    public void FillRect(int x, int y, int width, int height, Rgb color)
    {
        var x0 = Math.Max(0, x);
        var y0 = Math.Max(0, y);
        var x1 = Math.Min(Width, x + width);
        var y1 = Math.Min(Height, y + height);
        for (var yy = y0; yy < y1; yy++)
        {
            for (var xx = x0; xx < x1; xx++)
            {
                var i = ((yy * Width) + xx) * 3;
                _pixels[i] = color.R;
                _pixels[i + 1] = color.G;
                _pixels[i + 2] = color.B;
            }
        }
    }

    /// <summary>A horizontal line, dashed when <paramref name="dash"/> is positive (dash and gap of that length).</summary>
    public void HorizontalLine(int x, int y, int length, int thickness, Rgb color, int dash = 0)
    {
        for (var i = 0; i < length; i++)
        {
            if (dash <= 0 || (i / dash) % 2 == 0)
            {
                FillRect(x + i, y, 1, thickness, color);
            }
        }
    }

    /// <summary>Draws text with the built-in font, each font pixel a <paramref name="scale"/>-sized square.</summary>
    public void Text(int x, int y, string text, int scale, Rgb color)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var ch in text)
        {
            var glyph = BitmapFont.Glyph(ch);
            for (var row = 0; row < BitmapFont.GlyphHeight; row++)
            {
                for (var col = 0; col < BitmapFont.GlyphWidth; col++)
                {
                    if (glyph[row][col] == '#')
                    {
                        FillRect(x + (col * scale), y + (row * scale), scale, scale, color);
                    }
                }
            }

            x += BitmapFont.Advance * scale;
        }
    }
}
