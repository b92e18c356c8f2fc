using System.Net;

namespace GraciousBot.Wire.Connector;

/// <summary>A connector call that failed for good: the HTTP status and the connector's own error code and message.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode status, string? errorCode, string? errorMessage, string operation)
        : base($"Connector call '{operation}' failed with {(int)status} {status}: {errorCode ?? "no code"}: {errorMessage ?? "no message"}")
    {
        Status = status;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public HttpStatusCode Status { get; }

    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }
}
