using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire.Auth;

/// <summary>The result of authenticating an incoming request.</summary>
public abstract record InboundAuthResult
{
    private InboundAuthResult() { }

    /// <summary>Who the caller is proven to be.</summary>
    /// <param name="CallerAppId">The calling bot's app id (skill calls), or null for channels and anonymous mode.</param>
    /// <param name="CallerId">What the activity's <c>callerId</c> becomes, or null.</param>
    public sealed record Accepted(string? CallerAppId, string? CallerId) : InboundAuthResult;

    /// <summary>No valid credentials (HTTP 401).</summary>
    public sealed record Unauthenticated(string Reason) : InboundAuthResult;

    /// <summary>Valid credentials that are not allowed here (HTTP 403).</summary>
    public sealed record Forbidden(string Reason) : InboundAuthResult;

    /// <summary>The credentials cannot be checked right now (signing keys unreachable): HTTP 503, so the sender retries.</summary>
    public sealed record Unavailable(string Reason) : InboundAuthResult;
}

/// <summary>Decides who sent a request to the messaging endpoint, from its Authorization header and activity.</summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Local development with no app id: every request is accepted, nobody is identified.</summary>
public sealed class AnonymousInboundAuthenticator : IInboundAuthenticator
{
    public static readonly AnonymousInboundAuthenticator Instance = new();

    public Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<InboundAuthResult>(new InboundAuthResult.Accepted(null, null));
}
