namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>Unique names, so tests sharing one Azurite never see each other's data.</summary>
public static class TestNames
{
    /// <summary>A task hub name (letters and digits, starts with a letter, at most 45 characters).</summary>
    public static string TaskHub(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..16];
}
