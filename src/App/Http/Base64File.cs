using XjKeji.Domain.Validation;

namespace XjKeji.App.Http;

/// <summary>Files travel through the JSON API base64-encoded, so their bytes (UTF-8 or GB18030 as Excel wrote them) arrive unchanged.</summary>
public static class Base64File
{
    /// <summary>The file's bytes.</summary>
    /// <exception cref="DomainValidationException">Not base64: a 400 naming <paramref name="field"/>.</exception>
    public static byte[] Decode(string? contentBase64, string field = "contentBase64")
    {
        try
        {
            return Convert.FromBase64String(contentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new DomainValidationException([ValidationProblem.Of(field, "not-base64", "文件内容须为 base64 编码", "The file content must be base64")]);
        }
    }
}
