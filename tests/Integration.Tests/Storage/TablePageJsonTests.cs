using System.Text;
using System.Text.Json;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>A table query page's wanted string properties come out exactly, however the page arrives in pieces.</summary>
public class TablePageJsonTests
{
    // Two entities with annotations as the minimal-metadata format has them, escapes of every kind in the values, a
    // property name that looks wanted at another depth, and properties of other types.
    private const string Page = """
        {"odata.metadata":"http://127.0.0.1/devstoreaccount1/$metadata#t","value":[
          {"odata.etag":"W/\"datetime'2026-11-29T00%3A00%3A00Z'\"","PartitionKey":"2018","RowKey":"f-0001","Timestamp@odata.type":"Edm.DateTime",
           "Timestamp":"2026-11-29T00:00:00Z","pa":"[\"P-报告-1\",3,\"引号\\\"与反斜杠\\\\\"]","PaidUntil":2018,"pb":"\u9879\u76ee\ud83d\ude00","pc":null,"qx":"not wanted"},
          {"PartitionKey":"2018","RowKey":"f-0002","pa":"","pd":"tab\there\nnewline","pe":true}
        ]}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task Wanted_strings_come_out_unescaped_in_order_whatever_pieces_the_page_arrives_in(int piece)
    {
        var found = await WantedAsync(Encoding.UTF8.GetBytes(Page), piece);

        Assert.Equal(["[\"P-报告-1\",3,\"引号\\\"与反斜杠\\\\\"]", "项目😀", "", "tab\there\nnewline"], found);
    }

    [Fact]
    public async Task A_value_longer_than_the_read_window_comes_out_whole()
    {
        // Far beyond the 64 KiB window, with escapes throughout so the value is unescaped too.
        var value = string.Concat(Enumerable.Repeat("项目\"x\\", 40_000));
        var page = Encoding.UTF8.GetBytes($$"""{"value":[{"PartitionKey":"p","RowKey":"r","pa":{{JsonSerializer.Serialize(value)}}}]}""");

        Assert.Equal([value], await WantedAsync(page, 4096));
    }

    [Fact]
    public async Task A_page_that_breaks_off_is_an_error_not_a_shorter_page()
    {
        var page = Encoding.UTF8.GetBytes(Page);

        await Assert.ThrowsAnyAsync<JsonException>(() => WantedAsync(page[..(page.Length / 2)], 64));
    }

    private static async Task<List<string>> WantedAsync(byte[] page, int piece)
    {
        var found = new List<string>();
        await TablePageJson.ForEachStringAsync(new PiecewiseStream(page, piece), name => name.Length == 2 && name[0] == (byte)'p',
            value => found.Add(Encoding.UTF8.GetString(value)), CancellationToken.None);
        return found;
    }

    // Hands out at most `piece` bytes a read, as a network stream may.
    private sealed class PiecewiseStream(byte[] data, int piece) : MemoryStream(data, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }
}
