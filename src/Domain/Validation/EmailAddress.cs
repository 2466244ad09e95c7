namespace XjKeji.Domain.Validation;

/// <summary>
/// The plausibility check XjKeji applies to email addresses: one <c>@</c> with something before it, a dot in the domain
/// after at least one character, no whitespace, not ending in a dot. Delivery is what proves an address; this only
/// catches typing and column mix-ups before a reminder goes nowhere.
/// </summary>
public static class EmailAddress
{
    /// <summary>True when <paramref name="email"/> looks like a deliverable address.</summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
