using GraciousBot.Runtime.Storage;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class SqliteKeyFilterTests
{
    [Fact]
    public void EveryKeyAdded_MayBeContained()
    {
        var filter = new SqliteKeyFilter(10_000);
        var keys = Enumerable.Range(0, 10_000).Select(i => $"turn/msteams/{Guid.NewGuid():N}/{i}").ToList();

        keys.ForEach(filter.Add);

        Assert.All(keys, key => Assert.True(filter.MayContain(key)));
        Assert.False(filter.Full);
    }

    [Fact]
    public void KeysNeverAdded_AreMostlyKnownAbsent()
    {
        var filter = new SqliteKeyFilter(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            filter.Add($"conversation/msteams/{i}");
        }

        var maybe = Enumerable.Range(0, 10_000).Count(i => filter.MayContain($"turn/msteams/{i}/activity"));

        Assert.InRange(maybe, 0, 300);
    }

    [Fact]
    public void MoreKeysThanItsCapacity_MakeItFull()
    {
        var filter = new SqliteKeyFilter(2);
        filter.Add("a");
        filter.Add("b");
        Assert.False(filter.Full);

        filter.Add("c");

        Assert.True(filter.Full);
        Assert.True(filter.MayContain("c"));
    }
}
