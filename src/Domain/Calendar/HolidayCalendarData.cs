using System.Globalization;
using System.Text.Json;

namespace XjKeji.Domain.Calendar;

/// <summary>
/// Reads and checks the holiday data file (<c>china-holidays.json</c>). The file is typed in by hand each year from the
/// State Council notice, so every entry is checked and a mistake fails loudly, naming the entry, instead of silently
/// moving deadlines.
/// </summary>
internal static class HolidayCalendarData
{
    /// <summary>The longest block ever published was 10 days (春节 2020, extended); more than this is a typo.</summary>
    internal const int LongestPlausibleBlockDays = 14;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses and validates the whole file; the years come back in ascending order.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or an entry breaks a rule; the message names it.</exception>
    internal static IReadOnlyList<HolidayYear> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw Invalid($"the text is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("years", out var years)
                || years.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("the root must be an object with a \"years\" object");
            }

            var result = new List<HolidayYear>();
            foreach (var entry in years.EnumerateObject())
            {
                var year = ParseYearKey(entry.Name);
                if (result.Exists(y => y.Year == year))
                {
                    throw Invalid($"year {year} is listed twice");
                }

                result.Add(ReadYear(year, entry.Value));
            }

            if (result.Count == 0)
            {
                throw Invalid("\"years\" is empty");
            }

            result.Sort((a, b) => a.Year.CompareTo(b.Year));
            CheckAcrossYears(result);
            return result;
        }
    }

    private static int ParseYearKey(string key)
    {
        if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000 || year > 9998)
        {
            throw Invalid($"years key \"{key}\" is not a four-digit year");
        }

        return year;
    }

    private static HolidayYear ReadYear(int year, JsonElement element)
    {
        var where = $"year {year}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"{where} must be an object");
        }

        var source = RequiredString(element, "source", where);
        var holidays = ReadHolidays(year, RequiredArray(element, "holidays", where), where);
        var makeUps = ReadMakeUpWorkdays(year, RequiredArray(element, "makeUpWorkdays", where), where);
        return new HolidayYear(year, source, holidays, makeUps);
    }

    private static List<HolidayBlock> ReadHolidays(int year, JsonElement array, string where)
    {
        var blocks = new List<HolidayBlock>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{where}, holidays[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"{at} must be an object");
            }

            var name = RequiredString(item, "name", at);
            at = $"{at} ({name})";
            var nameEn = RequiredString(item, "nameEn", at);
            var from = RequiredDate(item, "from", at, year);
            var to = RequiredDate(item, "to", at, year);
            if (to < from)
            {
                throw Invalid($"{at}: \"to\" {Show(to)} is before \"from\" {Show(from)}");
            }

            var block = new HolidayBlock(year, name, nameEn, from, to);
            if (block.Days > LongestPlausibleBlockDays)
            {
                throw Invalid($"{at}: {Show(from)} to {Show(to)} is {block.Days} days, longer than any official block ({LongestPlausibleBlockDays}); check the dates");
            }

            if (blocks.Count > 0 && from <= blocks[^1].To)
            {
                throw Invalid($"{at}: starts {Show(from)}, not after the previous block {blocks[^1].Name} which ends {Show(blocks[^1].To)}; list blocks in date order without overlap");
            }

            blocks.Add(block);
            index++;
        }

        if (blocks.Count == 0)
        {
            throw Invalid($"{where}: \"holidays\" is empty");
        }

        return blocks;
    }

    private static List<DateOnly> ReadMakeUpWorkdays(int year, JsonElement array, string where)
    {
        var days = new List<DateOnly>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{where}, makeUpWorkdays[{index}]";
            var day = ParseDate(item, at, year);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Invalid($"{at}: {Show(day)} is a {day.DayOfWeek}; a make-up working day (调休上班) must be a Saturday or Sunday");
            }

            if (days.Contains(day))
            {
                throw Invalid($"{at}: {Show(day)} is listed twice");
            }

            days.Add(day);
            index++;
        }

        days.Sort();
        return days;
    }

    /// <summary>A date may appear once in the whole file: in one holiday block or as one make-up day, never both.</summary>
    private static void CheckAcrossYears(List<HolidayYear> years)
    {
        var seen = new Dictionary<DateOnly, string>();
        foreach (var year in years)
        {
            foreach (var block in year.Holidays)
            {
                for (var day = block.From; day <= block.To; day = day.AddDays(1))
                {
                    Claim(seen, day, $"year {year.Year}, holiday {block.Name}");
                }
            }
        }

        foreach (var year in years)
        {
            foreach (var day in year.MakeUpWorkdays)
            {
                Claim(seen, day, $"year {year.Year}, make-up working day");
            }
        }
    }

    private static void Claim(Dictionary<DateOnly, string> seen, DateOnly day, string owner)
    {
        if (!seen.TryAdd(day, owner))
        {
            throw Invalid($"{owner}: {Show(day)} is also listed under {seen[day]}; a date is either a day off or a make-up working day, once");
        }
    }

    private static string RequiredString(JsonElement obj, string property, string where)
    {
        if (!obj.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Invalid($"{where}: \"{property}\" is missing or empty");
        }

        return value.GetString()!.Trim();
    }

    private static JsonElement RequiredArray(JsonElement obj, string property, string where)
    {
        if (!obj.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"{where}: \"{property}\" must be an array");
        }

        return value;
    }

    private static DateOnly RequiredDate(JsonElement obj, string property, string where, int year)
    {
        if (!obj.TryGetProperty(property, out var value))
        {
            throw Invalid($"{where}: \"{property}\" is missing");
        }

        return ParseDate(value, $"{where}, \"{property}\"", year);
    }

    /// <summary>
    /// Parses a yyyy-MM-dd date of the notice for <paramref name="year"/>. Such a notice only reaches back into the
    /// December before (元旦 blocks and their make-up days), so any other year is a typo.
    /// </summary>
    private static DateOnly ParseDate(JsonElement value, string where, int year)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid($"{where}: \"{text}\" is not a date in {DateFormat} form");
        }

        if (date.Year != year && !(date.Year == year - 1 && date.Month == 12))
        {
            throw Invalid($"{where}: {Show(date)} lies outside the notice's year {year} (only the December before may appear)");
        }

        return date;
    }

    private static string Show(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static InvalidDataException Invalid(string problem, Exception? inner = null) =>
        new($"Holiday data (china-holidays.json) is invalid: {problem}.", inner);
}
