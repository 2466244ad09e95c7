using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Evidence;

/// <summary>
/// Reads the evidence settings of configuration section <c>Evidence</c> over the Domain defaults, so a program office
/// changes a limit or a stage's required files without a release:
/// <code>
/// Evidence:UploadLinkMinutes = 15            Evidence:DownloadLinkMinutes = 5
/// Evidence:Kinds:SignedContract:MaxMegabytes = 20
/// Evidence:Kinds:SignedContract:AllowedTypes = Pdf,Png,Jpeg
/// Evidence:Requirements:AcceptanceDue = AcceptanceReport,FinancialAudit   (empty: the stage requires nothing)
/// </code>
/// A value that names no kind, type or stage stops the host at start with the key and the accepted values: a typo must
/// not silently drop a requirement.
/// </summary>
public static class EvidenceConfiguration
{
    /// <summary>Registers options, rules and requirements read from <paramref name="section"/> (before AddXjKejiApp).</summary>
    public static IServiceCollection AddXjKejiEvidenceSettings(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.TryAddSingleton(Options(section));
        services.TryAddSingleton(Rules(section));
        services.TryAddSingleton(Requirements(section));
        return services;
    }

    /// <summary>Link lifetimes; defaults where unset.</summary>
    public static EvidenceOptions Options(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new EvidenceOptions();
        return new EvidenceOptions
        {
            UploadLinkMinutes = PositiveInt(section, nameof(EvidenceOptions.UploadLinkMinutes)) ?? defaults.UploadLinkMinutes,
            DownloadLinkMinutes = PositiveInt(section, nameof(EvidenceOptions.DownloadLinkMinutes)) ?? defaults.DownloadLinkMinutes,
        };
    }

    /// <summary>The per-kind size limits and allowed types: <see cref="EvidenceRules.Default"/> with configured overrides.</summary>
    public static EvidenceRules Rules(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var rules = EvidenceRules.Default;
        foreach (var kindSection in section.GetSection("Kinds").GetChildren())
        {
            var kind = Parse<EvidenceKind>(kindSection.Path, kindSection.Key);
            var current = rules.For(kind) ?? new EvidenceRule(new HashSet<DetectedFileType>(), 0);
            var maxBytes = PositiveInt(kindSection, "MaxMegabytes") is { } mb ? mb * 1024L * 1024 : current.MaxBytes;
            var types = kindSection["AllowedTypes"] is { } list
                ? List(list).Select(t => Parse<DetectedFileType>(kindSection.Path + ":AllowedTypes", t)).ToHashSet()
                : current.AllowedTypes;
            rules = rules.With(kind, new EvidenceRule(types, maxBytes));
        }

        return rules;
    }

    /// <summary>The files each stage requires: <see cref="StageEvidenceRequirements.Default"/> with configured stages replaced.</summary>
    public static StageEvidenceRequirements Requirements(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var requirements = StageEvidenceRequirements.Default;
        foreach (var stage in section.GetSection("Requirements").GetChildren())
        {
            requirements = requirements.With(
                Parse<ProjectStage>(stage.Path, stage.Key),
                [.. List(stage.Value ?? "").Select(k => Parse<EvidenceKind>(stage.Path, k))]);
        }

        return requirements;
    }

    private static IEnumerable<string> List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static T Parse<T>(string key, string value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new InvalidOperationException($"Configuration {key}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static int? PositiveInt(IConfiguration section, string key)
    {
        var text = section[key];
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"Configuration {section.GetSection(key).Path}: '{text}' is not a positive whole number.");
    }
}
