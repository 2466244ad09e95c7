using System.Globalization;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>Short date literals for test data: theories take "yyyy-MM-dd" strings because attributes cannot hold DateOnly.</summary>
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
