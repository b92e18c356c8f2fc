namespace GraciousBot.Wire.Connector;

/// <summary>
/// A channel served by this very process (the local Direct Line): its serviceUrls never authenticated to us, so the
/// bot's replies to them carry no token and no token is requested for them.
/// </summary>
public interface ILocalServiceUrls
{
    /// <summary>True when <paramref name="serviceUrl"/> is this process's own channel.</summary>
    bool IsLocal(string serviceUrl);
}
