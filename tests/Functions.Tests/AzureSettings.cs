using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XjKeji.Functions.Configuration;

namespace XjKeji.Functions.Tests;

/// <summary>
/// The configuration the worker sees in Azure: exactly the app settings of <see cref="AppSettingNames.All"/> (the Bicep
/// sets those and no others), with <c>__</c> read as the section separator as the environment provider does.
/// </summary>
internal static class AzureSettings
{
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var values = AppSettingNames.All.ToDictionary(name => name.Replace("__", ":", StringComparison.Ordinal), SampleValue);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>The services of the worker as Program.cs builds them, over <paramref name="configuration"/>.</summary>
    public static ServiceProvider Services(IConfiguration configuration) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuration)
            .AddXjKejiFunctionsHost(configuration)
            .BuildServiceProvider();

    private static string? SampleValue(string name) => name switch
    {
        _ when name.EndsWith("ServiceUri", StringComparison.Ordinal) => $"https://xjkeji{name.Split("__")[0].ToLowerInvariant()}.{name.Split("__")[1][..^"ServiceUri".Length]}.core.chinacloudapi.cn/",
        _ when name.EndsWith("credential", StringComparison.Ordinal) => "managedidentity",
        AppSettingNames.SendGridApiKey => "SG.test-key",
        AppSettingNames.SendGridFromAddress => "noreply@xjkjt.example.cn",
        _ => "InstrumentationKey-free sample",
    };
}
