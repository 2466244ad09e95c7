namespace XjKeji.Domain.Programs;

/// <summary>The fiscal money a call sets aside for new projects of one category, in CNY.</summary>
/// <param name="Category">The category.</param>
/// <param name="FiscalCny">The envelope (预算额度) for all new projects of that category in the call.</param>
public sealed record CategoryEnvelope(CategoryCode Category, decimal FiscalCny);
