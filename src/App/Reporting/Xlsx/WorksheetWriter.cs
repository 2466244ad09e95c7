using System.Globalization;
using System.Text;
using System.Xml;

namespace XjKeji.App.Reporting.Xlsx;

/// <summary>
/// Streams one worksheet part: rows go through an <see cref="XmlWriter"/> into a small buffer that is copied to the zip
/// entry asynchronously after each row, so memory stays flat however long the sheet and no synchronous I/O reaches the
/// caller's stream (ASP.NET Core forbids it).
/// </summary>
internal sealed class WorksheetWriter : IAsyncDisposable
{
    private readonly Stream _entry;
    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _xml;
    private readonly List<string> _merges = [];

    private WorksheetWriter(Stream entry)
    {
        _entry = entry;
        _xml = XmlWriter.Create(_buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
    }

    /// <summary>The number of the last row written (1-based).</summary>
    public int Row { get; private set; }

    /// <summary>Starts the sheet with the given column widths (in characters).</summary>
    public static async Task<WorksheetWriter> StartAsync(Stream entry, IReadOnlyList<double> columnWidths, CancellationToken cancellationToken)
    {
        var w = new WorksheetWriter(entry);
        w._xml.WriteStartDocument(true);
        w._xml.WriteStartElement("worksheet", XlsxPackageParts.MainNs);
        w._xml.WriteStartElement("cols", XlsxPackageParts.MainNs);
        for (var i = 0; i < columnWidths.Count; i++)
        {
            w._xml.WriteStartElement("col", XlsxPackageParts.MainNs);
            w._xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            w._xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            w._xml.WriteAttributeString("width", columnWidths[i].ToString(CultureInfo.InvariantCulture));
            w._xml.WriteAttributeString("customWidth", "1");
            w._xml.WriteEndElement();
        }

        w._xml.WriteEndElement();
        w._xml.WriteStartElement("sheetData", XlsxPackageParts.MainNs);
        await w.DrainAsync(cancellationToken).ConfigureAwait(false);
        return w;
    }

    /// <summary>Writes the next row; cells must be in column order. Returns the row number.</summary>
    public async Task<int> RowAsync(IEnumerable<XlsxCell> cells, CancellationToken cancellationToken, double? height = null)
    {
        Row++;
        var r = Row.ToString(CultureInfo.InvariantCulture);
        _xml.WriteStartElement("row", XlsxPackageParts.MainNs);
        _xml.WriteAttributeString("r", r);
        if (height is { } h)
        {
            _xml.WriteAttributeString("ht", h.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customHeight", "1");
        }

        foreach (var cell in cells)
        {
            _xml.WriteStartElement("c", XlsxPackageParts.MainNs);
            _xml.WriteAttributeString("r", XlsxCell.Letters(cell.Column) + r);
            _xml.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
            if (cell.Text is { } text)
            {
                // Inline strings keep the sheet streamable: no shared-string table to collect first.
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is", XlsxPackageParts.MainNs);
                _xml.WriteStartElement("t", XlsxPackageParts.MainNs);
                _xml.WriteAttributeString("xml", "space", null, "preserve");
                _xml.WriteString(XmlSafe(text));
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }
            else if (cell.Number is { } n)
            {
                _xml.WriteElementString("v", XlsxPackageParts.MainNs, n.ToString(CultureInfo.InvariantCulture));
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        return Row;
    }

    /// <summary>Merges a rectangle given by zero-based columns and 1-based rows.</summary>
    public void Merge(int firstColumn, int firstRow, int lastColumn, int lastRow)
    {
        if (firstColumn != lastColumn || firstRow != lastRow)
        {
            _merges.Add($"{XlsxCell.Letters(firstColumn)}{firstRow}:{XlsxCell.Letters(lastColumn)}{lastRow}");
        }
    }

    /// <summary>Closes sheetData, writes the merged ranges and ends the part.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        _xml.WriteEndElement();
        if (_merges.Count > 0)
        {
            _xml.WriteStartElement("mergeCells", XlsxPackageParts.MainNs);
            _xml.WriteAttributeString("count", _merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var m in _merges)
            {
                _xml.WriteStartElement("mergeCell", XlsxPackageParts.MainNs);
                _xml.WriteAttributeString("ref", m);
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        await DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _xml.Dispose();
        await _buffer.DisposeAsync().ConfigureAwait(false);
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        _xml.Flush();
        await _entry.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
        _buffer.SetLength(0);
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters pasted into an explanation would break the file).</summary>
    private static string XmlSafe(string text)
    {
        var clean = true;
        foreach (var ch in text)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
            {
                clean = false;
                break;
            }
        }

        return clean ? text : new string([.. text.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch))]);
    }
}
