namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>
/// Test classes marked <c>[Collection(AzuriteCollection.Name)]</c> share one <see cref="AzuriteFixture"/> and run one
/// after another, which also keeps them from competing for the machine's two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Azurite";
}
