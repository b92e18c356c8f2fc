using System.Security.Cryptography;
using System.Text;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// Where outcome records live: its own table in the same database as the conversation state (SQLite or PostgreSQL),
/// or memory for tests. Records are written once per closing (again with the same id when a turn is re-run).
/// </summary>
public interface IOutcomeStore
{
    /// <summary>Adds the record, or replaces the one with the same id.</summary>
    Task WriteAsync(OutcomeRecord record, CancellationToken cancellationToken);

    /// <summary>The records that ended in the query's days, with its channel and locale, oldest first.</summary>
    Task<IReadOnlyList<OutcomeRecord>> QueryAsync(OutcomeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Erasure: removes the comments of this customer (and the hash that links records to them); the anonymous
    /// counts stay. Returns how many records were changed.
    /// </summary>
    Task<int> DeleteForUserAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Deletes records that ended before <paramref name="endedBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>The keyed hash of channel + user kept with a record.</summary>
    Task<string> UserHashAsync(string channelId, string userId, CancellationToken cancellationToken);
}

/// <summary>The keyed hash shared by every store: HMAC-SHA256 of "channel\nuser", lower-case hex.</summary>
public static class UserHash
{
    public static string Of(byte[] key, string channelId, string userId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(channelId.ToLowerInvariant() + "\n" + userId)));

    /// <summary>The configured key, or null when the store should use its own generated one.</summary>
    public static byte[]? Configured(InsightsOptions options) =>
        string.IsNullOrEmpty(options.UserHashKey) ? null : Encoding.UTF8.GetBytes(options.UserHashKey);
}

/// <summary>Outcome records in memory (tests and the Memory storage provider).</summary>
public sealed class MemoryOutcomeStore(InsightsOptions options) : IOutcomeStore
{
    private readonly Dictionary<string, OutcomeRecord> _records = new(StringComparer.Ordinal);
    private readonly byte[] _key = UserHash.Configured(options) ?? RandomNumberGenerator.GetBytes(32);

    public Task WriteAsync(OutcomeRecord record, CancellationToken cancellationToken)
    {
        lock (_records)
        {
            _records[record.Id] = record;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutcomeRecord>> QueryAsync(OutcomeQuery query, CancellationToken cancellationToken)
    {
        lock (_records)
        {
            return Task.FromResult<IReadOnlyList<OutcomeRecord>>([.. _records.Values.Where(query.Matches).OrderBy(r => r.EndedAt)]);
        }
    }

    public Task<int> DeleteForUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var hash = UserHash.Of(_key, channelId, userId);
        lock (_records)
        {
            var theirs = _records.Values.Where(r => r.UserHash == hash).ToList();
            foreach (var record in theirs)
            {
                _records[record.Id] = record with { Comment = null, UserHash = null };
            }

            return Task.FromResult(theirs.Count);
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        lock (_records)
        {
            var old = _records.Values.Where(r => r.EndedAt < endedBefore).Select(r => r.Id).ToList();
            old.ForEach(id => _records.Remove(id));
            return Task.FromResult(old.Count);
        }
    }

    public Task<string> UserHashAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(UserHash.Of(_key, channelId, userId));
}
