using GraciousBot.Runtime.Storage;

namespace GraciousBot.Closing.Insights;

/// <summary>The outcome records' part of an erasure: the customer's kept comments (records hold nothing else personal).</summary>
public sealed class OutcomeErasure(IOutcomeStore store) : IErasureParticipant
{
    public string Name => "outcomeComments";

    public Task<int> EraseAsync(ErasureSubject subject, CancellationToken cancellationToken) =>
        store.DeleteForUserAsync(subject.ChannelId, subject.UserId, cancellationToken);
}
