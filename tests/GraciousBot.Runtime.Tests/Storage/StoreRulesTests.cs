using System.Collections.Concurrent;
using GraciousBot.Runtime.Storage;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class StoreRulesTests
{
    [Fact]
    public void NewETag_IsThirtyTwoHexDigitsInQuotes_AndNeverRepeats_EvenFromManyThreads()
    {
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                Assert.True(seen.TryAdd(StoreRules.NewETag(), 0));
            }
        });

        Assert.Equal(160_000, seen.Count);
        Assert.All(seen.Keys.Take(100), etag => Assert.Matches("^\"[0-9a-f]{32}\"$", etag));
    }

    [Fact]
    public void NewETag_SharesThisProcessHalf_AndCountsUp()
    {
        var first = StoreRules.NewETag();
        var second = StoreRules.NewETag();

        // The process's half is the same; the count moves on (other tests may take ETags in between).
        Assert.Equal(first[1..17], second[1..17]);
        Assert.True(Convert.ToUInt64(second[17..33], 16) > Convert.ToUInt64(first[17..33], 16));
    }
}
