namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// The numbers the report's read model stores in place of indicator codes. A year's report reads every project's targets
/// and actuals, and the codes were two fifths of an entry's characters (about 125 of 320 per project, the quotes escaped
/// again inside the entity's JSON): a number of one or two digits is read and served for a fraction of that.
/// </summary>
/// <remarks>
/// <b>Append only.</b> Stored entries name a code by its position here, so a code keeps its number for as long as any
/// entry may hold it: add new codes at the end, never reorder or remove. A code missing from the list is stored as
/// itself, so an indicator added to the catalog and not here still round-trips, only longer.
/// </remarks>
public static class StoredIndicatorCodes
{
    // The 2018 catalog's codes in its order, at the time numbers were introduced.
    private static readonly string[] Codes =
    [
        "AX-PROJECTS", "AX-TALENTS", "AX-TRANSFERS", "AX-PLATFORMS", "AX-IP", "AX-TRAINED", "AX-OUTPUT-VALUE", "AX-FISCAL",
        "SCO-FISCAL", "SCO-PROJECTS", "SCO-JOBS", "SCO-DEMO-BASE", "SCO-EXTENSION", "SCO-TRAINED", "SCO-PROFIT-TAX", "SCO-EXPORT",
        "AX-PROCESS", "AX-FUND-USE", "PUBLICITY-TIMELINESS", "AX-ECONOMIC", "AX-POLICY-PUBLICITY", "SCO-SOCIAL", "INNOVATION-IMPACT",
        "AX-SATISFACTION", "SCO-SATISFACTION",
    ];

    private static readonly Dictionary<string, int> Numbers = Codes.Select((code, number) => (code, number)).ToDictionary(x => x.code, x => x.number, StringComparer.Ordinal);

    /// <summary>Every numbered code, by number.</summary>
    public static IReadOnlyList<string> All => Codes;

    /// <summary>The number stored for <paramref name="code"/>, when it has one.</summary>
    public static bool TryNumber(string code, out int number) => Numbers.TryGetValue(code, out number);

    /// <summary>The code a stored number stands for.</summary>
    /// <exception cref="InvalidDataException">No code has that number.</exception>
    public static string Code(int number) =>
        (uint)number < (uint)Codes.Length ? Codes[number] : throw new InvalidDataException($"The report read model names indicator number {number}, which no code has.");
}
