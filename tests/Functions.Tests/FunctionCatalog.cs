using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace XjKeji.Functions.Tests;

/// <summary>Every <c>[Function]</c> method of the Functions assembly, read by reflection.</summary>
internal static class FunctionCatalog
{
    public static Assembly Assembly { get; } = typeof(FunctionsHostServices).Assembly;

    public static IReadOnlyList<FunctionMethod> All { get; } =
    [
        .. Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(f => f.Attribute is not null)
            .Select(f => new FunctionMethod(f.Attribute!.Name, f.Method)),
    ];

    /// <summary>The functions with a parameter bound by <typeparamref name="TTrigger"/>.</summary>
    public static IReadOnlyList<FunctionMethod> With<TTrigger>()
        where TTrigger : Attribute => [.. All.Where(f => f.Method.GetParameters().Any(p => p.IsDefined(typeof(TTrigger))))];
}

/// <summary>One function: its name and the method the worker invokes.</summary>
internal sealed record FunctionMethod(string Name, MethodInfo Method)
{
    /// <summary>What the worker SDK writes as the entry point in functions.metadata.</summary>
    public string EntryPoint => $"{Method.DeclaringType!.FullName}.{Method.Name}";

    /// <summary>
    /// The binding types of the parameters, as the worker SDK names them: the attribute's name without "Attribute",
    /// camel-cased (HttpTriggerAttribute is httpTrigger, DurableClientAttribute is durableClient).
    /// </summary>
    public IReadOnlyList<string> InputBindingTypes =>
    [
        .. Method.GetParameters()
            .SelectMany(p => p.GetCustomAttributes<BindingAttribute>())
            .Select(a => a.GetType().Name)
            .Select(n => n[..^"Attribute".Length])
            .Select(n => char.ToLowerInvariant(n[0]) + n[1..])
            .Order(StringComparer.Ordinal),
    ];

    public ParameterInfo TriggerParameter<TTrigger>()
        where TTrigger : Attribute => Method.GetParameters().Single(p => p.IsDefined(typeof(TTrigger)));
}
