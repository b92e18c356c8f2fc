using GraciousBot.Runtime.State;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Storage;

/// <summary>A customer to forget: a user id on a channel.</summary>
public sealed record ErasureSubject(string ChannelId, string UserId)
{
    /// <summary>The subject every document about this customer is written with (their user-state key).</summary>
    public string Key => TurnState.UserKey(ChannelId, UserId);
}

/// <summary>
/// One part of what is stored about customers. Each part that keeps personal data registers one (in DI, as
/// <see cref="IErasureParticipant"/>), so an erasure reaches it; a part added later (outcome records, say) adds its
/// own participant and nothing else changes.
/// </summary>
public interface IErasureParticipant
{
    /// <summary>For the erasure report and logs.</summary>
    string Name { get; }

    /// <summary>Removes what this part holds about <paramref name="subject"/>; returns how many items. Must be idempotent.</summary>
    Task<int> EraseAsync(ErasureSubject subject, CancellationToken cancellationToken);
}

/// <summary>What an erasure removed, per participant.</summary>
public sealed record ErasureReport(IReadOnlyDictionary<string, int> Removed)
{
    public int Total => Removed.Values.Sum();
}

/// <summary>
/// Forgets a customer everywhere: runs every participant. A participant that fails makes the whole erasure fail (the
/// caller retries: every participant is idempotent), so an erasure is never reported done while data remains.
/// </summary>
public sealed partial class Erasure(IEnumerable<IErasureParticipant> participants, ILogger<Erasure> logger)
{
    public async Task<ErasureReport> EraseAsync(ErasureSubject subject, CancellationToken cancellationToken)
    {
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            removed[participant.Name] = await participant.EraseAsync(subject, cancellationToken);
        }

        var report = new ErasureReport(removed);
        LogErased(logger, subject.ChannelId, report.Total);
        return report;
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Erased a customer's data on channel {ChannelId} ({Count} item(s))")]
    private static partial void LogErased(ILogger logger, string channelId, int count);
}

/// <summary>
/// The state store's part: the user's state and every document written for them (conversation states with their
/// transcripts, turn records, undelivered replies).
/// </summary>
public sealed class StoredStateErasure(IStateStore store) : IErasureParticipant
{
    public string Name => "state";

    public async Task<int> EraseAsync(ErasureSubject subject, CancellationToken cancellationToken) =>
        await store.DeleteAsync([subject.Key], cancellationToken) + await store.EraseSubjectAsync(subject.Key, cancellationToken);
}
