using System.Text;
using XjKeji.Domain.Evidence;

namespace XjKeji.Domain.Tests.Evidence;

public class FileTypeSnifferTests
{
    private static DetectedFileType Sniff(byte[] bytes) => FileTypeSniffer.Sniff(bytes, bytes.Length);

    private static byte[] Bytes(params byte[] head) => [.. head, .. new byte[64]];

    [Fact]
    public void Each_signature_is_recognised()
    {
        Assert.Equal(DetectedFileType.Pdf, Sniff([.. "%PDF-1.7\n"u8, .. new byte[32]]));
        Assert.Equal(DetectedFileType.Png, Sniff(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)));
        Assert.Equal(DetectedFileType.Jpeg, Sniff(Bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        Assert.Equal(DetectedFileType.OfficeOpenXml, Sniff(Bytes(0x50, 0x4B, 0x03, 0x04)));
        Assert.Equal(DetectedFileType.LegacyOffice, Sniff(Bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)));
        Assert.Equal(DetectedFileType.Executable, Sniff(Bytes(0x4D, 0x5A, 0x90, 0x00)));
        Assert.Equal(DetectedFileType.Executable, Sniff(Bytes(0x7F, 0x45, 0x4C, 0x46, 0x02)));
    }

    [Fact]
    public void A_renamed_exe_or_elf_is_an_executable_and_rejected_as_a_report()
    {
        // The name says .pdf; the sniffer never sees it, and the rules refuse what the bytes are.
        foreach (var program in new[] { Bytes(0x4D, 0x5A), Bytes(0x7F, 0x45, 0x4C, 0x46) })
        {
            var detected = Sniff(program);
            Assert.Equal(DetectedFileType.Executable, detected);
            var problem = EvidenceRules.Default.Check(EvidenceKind.AcceptanceReport, detected, program.Length);
            Assert.NotNull(problem);
            Assert.Equal("executable", problem.Code);
            Assert.Contains("可执行程序", problem.Message.Zh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Utf8_text_with_chinese_is_text_and_binary_is_unknown()
    {
        Assert.Equal(DetectedFileType.Text, Sniff(Encoding.UTF8.GetBytes("姓名,单位,日期\r\n张伟,新疆大学,2018-03-15\r\n")));
        Assert.Equal(DetectedFileType.Text, Sniff([0xEF, 0xBB, 0xBF, .. "a,b\n"u8]));
        Assert.Equal(DetectedFileType.Unknown, Sniff([0x01, 0x02, 0x03, 0x00, 0xFF]));
        Assert.Equal(DetectedFileType.Unknown, Sniff([.. "abc"u8, 0xC3, 0x28, .. "def"u8]));
    }

    [Fact]
    public void A_head_cut_inside_a_chinese_character_is_still_text()
    {
        var full = Encoding.UTF8.GetBytes(new string('疆', FileTypeSniffer.HeadLength));
        var head = full.AsSpan(0, FileTypeSniffer.HeadLength - 1);
        Assert.NotEqual(0, head.Length % 3);
        Assert.Equal(DetectedFileType.Text, FileTypeSniffer.Sniff(head, full.Length));
        // The same cut at the true end of the file is broken text.
        Assert.Equal(DetectedFileType.Unknown, FileTypeSniffer.Sniff(head, head.Length));
    }

    [Fact]
    public void An_empty_file_is_empty_and_refused()
    {
        Assert.Equal(DetectedFileType.Empty, FileTypeSniffer.Sniff([], 0));
        Assert.Equal("empty", EvidenceRules.Default.Check(EvidenceKind.Other, DetectedFileType.Empty, 0)!.Code);
    }
}
