namespace GraciousBot.Wire.Connector;

/// <summary>Retry behaviour of the connector client.</summary>
public sealed class ConnectorOptions
{
    /// <summary>Retries after the first attempt for 429, 412, 502, 503, 504 and network failures.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest single wait, including a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
