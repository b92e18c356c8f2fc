using GraciousBot.Wire.Connector;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Wire.Auth;

/// <summary>
/// Outgoing authentication when an app id is configured: a bearer token scoped to the recipient
/// (<c>https://api.botframework.com/.default</c> for a channel, <c>{callerAppId}/.default</c> for a calling bot), and
/// only for a serviceUrl that arrived on an authenticated request. Anything else is refused before a token leaves.
/// </summary>
public sealed partial class BotConnectorCredentials : IConnectorCredentials
{
    private readonly IBotTokenSource _tokens;
    private readonly BotAuthenticationOptions _options;
    private readonly TrustedServiceUrls _trusted;
    private readonly Func<string, bool> _isLocalChannel;
    private readonly ILogger<BotConnectorCredentials> _logger;

    /// <param name="isLocalChannel">
    /// Recognises this process's own local channel (the built-in Direct Line, reached by its unguessable per-process
    /// path): it gets no token at all, since it never authenticated to us and needs none.
    /// </param>
    public BotConnectorCredentials(IBotTokenSource tokens, BotAuthenticationOptions options, TrustedServiceUrls trusted, Func<string, bool>? isLocalChannel, ILogger<BotConnectorCredentials> logger)
    {
        _tokens = tokens;
        _options = options;
        _trusted = trusted;
        _isLocalChannel = isLocalChannel ?? (_ => false);
        _logger = logger;
    }

    public async ValueTask<string?> GetAuthorizationAsync(ConnectorTarget target, CancellationToken cancellationToken)
    {
        if (!_trusted.Contains(target.ServiceUrl))
        {
            if (_isLocalChannel(target.ServiceUrl))
            {
                return null;
            }

            LogUntrusted(_logger, HostOf(target.ServiceUrl));
            throw new ConnectorAuthorizationException(
                $"Refused to call {HostOf(target.ServiceUrl)}: replies only go to a serviceUrl that arrived on an authenticated request, and this one did not (or was forgotten). No token was sent.");
        }

        var scope = string.IsNullOrWhiteSpace(target.CallerAppId) ? _options.ChannelScope : BotAuthenticationOptions.AsScope(target.CallerAppId);
        var token = await _tokens.GetTokenAsync(scope, cancellationToken);
        return "Bearer " + token;
    }

    private static string HostOf(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "an unparsable serviceUrl";

    [LoggerMessage(EventId = 1211, Level = LogLevel.Warning, Message = "Refused an outgoing call to {Host}: its serviceUrl never arrived on an authenticated request")]
    private static partial void LogUntrusted(ILogger logger, string host);
}
