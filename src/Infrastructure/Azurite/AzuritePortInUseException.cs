namespace XjKeji.Infrastructure.Azurite;

/// <summary>Azurite exited because another process took one of its ports between picking and binding.</summary>
public sealed class AzuritePortInUseException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public AzuritePortInUseException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AzuritePortInUseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public AzuritePortInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
