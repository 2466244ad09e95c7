namespace XjKeji.App.Reporting.Png;

/// <summary>A 24-bit colour.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
public readonly record struct Rgb(byte R, byte G, byte B);
