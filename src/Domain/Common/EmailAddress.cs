namespace XjKeji.Domain.Common;

/// <summary>The plausibility check every email address of the system gets before anything is mailed to it.</summary>
public static class EmailAddress
{
    /// <summary>One @ with something before it, a dot somewhere after it, no whitespace and no trailing dot.</summary>
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
