using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>A token and what it opens.</summary>
internal sealed record TokenGrant(string Token, string ConversationId, DateTimeOffset ExpiresAt);

/// <summary>What a presented token is worth for a call.</summary>
internal abstract record TokenCheck
{
    private TokenCheck() { }

    public sealed record Valid(DirectLineConversation Conversation, TokenGrant Grant) : TokenCheck;

    /// <summary>Unknown, expired, or for another conversation (403).</summary>
    public sealed record Forbidden(string Code, string Reason) : TokenCheck;

    /// <summary>The conversation in the URL does not exist (any more) (404).</summary>
    public sealed record NotFound : TokenCheck;
}

/// <summary>
/// Every local Direct Line conversation and token, in memory and bounded: at most
/// <see cref="DirectLineOptions.MaxConversations"/> conversations (the least recently active one goes first), idle
/// ones forgotten after <see cref="DirectLineOptions.ConversationIdleExpiry"/>, at most a few live tokens each.
/// </summary>
internal sealed class DirectLineStore
{
    /// <summary>Live tokens kept per conversation (the current one plus a few refreshed ones not yet expired).</summary>
    public const int TokensPerConversation = 4;

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenBucket> _startLimiters = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly TimeProvider _time;

    public DirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        Options = options.Value;
        _time = time;
        ConnectorKey = NewId(24);
    }

    public DirectLineOptions Options { get; }

    /// <summary>A per-process secret in the local connector's path, so only our own bot can post replies.</summary>
    public string ConnectorKey { get; }

    public int ConversationCount => _conversations.Count;

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The limiter for conversations and tokens created by one client address (a bounded set).</summary>
    public TokenBucket StartLimiter(string client)
    {
        if (_startLimiters.Count > 10_000)
        {
            _startLimiters.Clear();
        }

        return _startLimiters.GetOrAdd(client, _ => new TokenBucket(_time, Options.StartBurst, Options.StartsPerSecond));
    }

    public int TokenCount => _tokens.Count;

    /// <summary>A new conversation (not started yet) and its first token; evicts to stay within the cap.</summary>
    public (DirectLineConversation Conversation, TokenGrant Grant) Create(ChannelAccount? user, string? locale)
    {
        var id = NewId(16);
        var account = ChannelAccount.Of(user?.Id is { Length: > 0 } userId ? userId : "user-" + NewId(9), user?.Name, RoleTypes.User);
        var conversation = new DirectLineConversation(id, account, locale, Options, _time);
        lock (_createGate)
        {
            if (_conversations.Count >= Options.MaxConversations)
            {
                Sweep();
            }

            while (_conversations.Count >= Options.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive);
                if (oldest is null)
                {
                    break;
                }

                Remove(oldest);
            }

            _conversations[id] = conversation;
        }

        return (conversation, Issue(conversation));
    }

    /// <summary>A fresh token for the conversation; the oldest kept one is revoked beyond the per-conversation cap.</summary>
    public TokenGrant Issue(DirectLineConversation conversation)
    {
        var grant = new TokenGrant(NewId(32), conversation.Id, _time.GetUtcNow() + Options.TokenLifetime);
        _tokens[grant.Token] = grant;
        if (conversation.AddToken(grant.Token, TokensPerConversation) is { } revoked)
        {
            _tokens.TryRemove(revoked, out _);
        }

        if (conversation.IsEnded)
        {
            _tokens.TryRemove(grant.Token, out _);
        }

        return grant;
    }

    /// <summary>
    /// Checks a token for a call on <paramref name="conversationId"/> (or on the token's own conversation when null).
    /// </summary>
    public TokenCheck Check(string? token, string? conversationId)
    {
        if (conversationId is not null && Find(conversationId) is null)
        {
            return new TokenCheck.NotFound();
        }

        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out var grant))
        {
            return new TokenCheck.Forbidden("TokenInvalid", "The token is missing or not valid.");
        }

        if (_time.GetUtcNow() >= grant.ExpiresAt)
        {
            _tokens.TryRemove(token, out _);
            return new TokenCheck.Forbidden("TokenExpired", "The token has expired.");
        }

        if (conversationId is not null && !string.Equals(grant.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return new TokenCheck.Forbidden("TokenInvalid", "The token is not valid for this conversation.");
        }

        var conversation = Find(grant.ConversationId);
        if (conversation is null)
        {
            return conversationId is null ? new TokenCheck.Forbidden("TokenInvalid", "The token's conversation has ended.") : new TokenCheck.NotFound();
        }

        conversation.Touch();
        return new TokenCheck.Valid(conversation, grant);
    }

    /// <summary>The conversation, unless it does not exist or has been idle too long (then it is forgotten now).</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, _time.GetUtcNow()))
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>Forgets idle conversations and expired tokens; returns how many conversations went.</summary>
    public int Sweep()
    {
        var now = _time.GetUtcNow();
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (IsIdle(conversation, now))
            {
                Remove(conversation);
                removed++;
            }
        }

        foreach (var grant in _tokens.Values)
        {
            if (now >= grant.ExpiresAt)
            {
                _tokens.TryRemove(grant.Token, out _);
            }
        }

        return removed;
    }

    public void Remove(DirectLineConversation conversation)
    {
        _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation));
        conversation.End();
        foreach (var token in conversation.Tokens)
        {
            _tokens.TryRemove(token, out _);
        }
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) => now - conversation.LastActive >= Options.ConversationIdleExpiry;

    /// <summary>A random, URL-safe identifier ([A-Za-z0-9_-]).</summary>
    internal static string NewId(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
