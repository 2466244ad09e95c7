namespace XjKeji.Domain.Calendar;

/// <summary>The official arrangement of one year, as published in that year's State Council notice.</summary>
/// <param name="Year">The year the notice is for.</param>
/// <param name="Source">The notice reference (文号), e.g. 国办发明电〔2017〕12号, and any later adjustment.</param>
/// <param name="Holidays">The holiday blocks, in date order.</param>
/// <param name="MakeUpWorkdays">The Saturdays and Sundays worked (调休上班), in date order.</param>
public sealed record HolidayYear(int Year, string Source, IReadOnlyList<HolidayBlock> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays);
