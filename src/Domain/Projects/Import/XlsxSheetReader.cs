using System.Globalization;
using System.IO.Compression;
using System.Xml;
using XjKeji.Domain.Review;

namespace XjKeji.Domain.Projects.Import;

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx, Office Open XML) as rows of cell texts, so an officer can send
/// the file Excel saved without exporting CSV first. Shared strings, inline strings, numbers and booleans are read;
/// formulas give their cached value. Row numbers are Excel's, so problems name the rows the officer sees.
/// </summary>
internal static class XlsxSheetReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>True when the bytes start like a zip archive (PK\3\4), as every .xlsx does.</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

    /// <summary>The first sheet's non-empty rows; null with a reason when the file is not a readable workbook.</summary>
    public static (IReadOnlyList<CsvRecord>? Records, string? Error) Read(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var shared = ReadSharedStrings(zip.GetEntry("xl/sharedStrings.xml"));
            var sheet = FirstSheet(zip);
            return sheet is null ? (null, "no worksheet") : (ReadRows(sheet, shared), null);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or FormatException or OverflowException)
        {
            return (null, e.Message);
        }
    }

    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        // The workbook lists sheets in tab order; its relationships say which part each is. Fall back to sheet1.xml.
        var workbook = Load(zip.GetEntry("xl/workbook.xml"));
        var rels = Load(zip.GetEntry("xl/_rels/workbook.xml.rels"));
        var ns = new XmlNamespaceManager(new NameTable());
        ns.AddNamespace("m", Main);
        ns.AddNamespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        ns.AddNamespace("p", "http://schemas.openxmlformats.org/package/2006/relationships");
        var id = workbook?.SelectSingleNode("/m:workbook/m:sheets/m:sheet", ns)?.Attributes?["id", ns.LookupNamespace("r")!]?.Value;
        var target = id is null ? null : rels?.SelectSingleNode($"/p:Relationships/p:Relationship[@Id='{id}']", ns)?.Attributes?["Target"]?.Value;
        var path = target is null ? "xl/worksheets/sheet1.xml" : target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return zip.GetEntry(path) ?? zip.GetEntry("xl/worksheets/sheet1.xml");
    }

    private static XmlDocument? Load(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        var doc = new XmlDocument { XmlResolver = null };
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        doc.Load(reader);
        return doc;
    }

    private static List<string> ReadSharedStrings(ZipArchiveEntry? entry)
    {
        var result = new List<string>();
        var doc = Load(entry);
        if (doc?.DocumentElement is null)
        {
            return result;
        }

        foreach (XmlNode si in doc.DocumentElement.ChildNodes)
        {
            // Rich text splits a string into runs: the text is all the <t> elements of the item, in order.
            result.Add(string.Concat(si.SelectNodes(".//*[local-name()='t']")!.Cast<XmlNode>().Select(t => t.InnerText)));
        }

        return result;
    }

    private static List<CsvRecord> ReadRows(ZipArchiveEntry sheet, List<string> shared)
    {
        var doc = Load(sheet)!;
        var records = new List<CsvRecord>();
        foreach (XmlNode row in doc.GetElementsByTagName("row", Main))
        {
            var number = int.Parse(row.Attributes?["r"]?.Value ?? (records.Count + 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var cells = new SortedDictionary<int, string>();
            foreach (XmlNode c in row.ChildNodes)
            {
                if (c.LocalName != "c")
                {
                    continue;
                }

                var column = ColumnIndex(c.Attributes?["r"]?.Value, cells.Count == 0 ? 0 : cells.Keys.Max() + 1);
                cells[column] = CellText(c, shared);
            }

            if (cells.Values.Any(v => v.Trim().Length > 0))
            {
                var width = cells.Keys.Max() + 1;
                records.Add(new CsvRecord(number, [.. Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, string.Empty))]));
            }
        }

        return records;
    }

    private static string CellText(XmlNode c, List<string> shared)
    {
        var type = c.Attributes?["t"]?.Value;
        var value = c.ChildNodes.Cast<XmlNode>().FirstOrDefault(n => n.LocalName == "v")?.InnerText ?? string.Empty;
        return type switch
        {
            "s" => shared[int.Parse(value, CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(c.SelectNodes(".//*[local-name()='t']")!.Cast<XmlNode>().Select(t => t.InnerText)),
            "b" => value == "1" ? "是" : "否",
            _ => value,
        };
    }

    /// <summary>"AB12" → 27; a cell without a reference takes the next column.</summary>
    private static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index - 1;
    }
}
