using GraciousBot.Web.Hosting;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>glibc's mmap threshold, set at start-up so freed JIT memory leaves the resident set (issue 13).</summary>
public sealed class NativeHeapTests
{
    // The tests run on glibc Linux (Debian here and in CI); elsewhere nothing may change.
    private static readonly NativeHeap.Outcome OnThisMachine = OperatingSystem.IsLinux() ? NativeHeap.Outcome.Applied : NativeHeap.Outcome.NotApplicable;

    [Fact]
    public void The_mmap_threshold_is_set_when_the_environment_says_nothing()
    {
        Assert.Equal(OnThisMachine, NativeHeap.KeepLargeBlocksOutOfTheHeap(_ => null));
    }

    [Theory]
    [InlineData("MALLOC_MMAP_THRESHOLD_", "131072")]
    [InlineData("GLIBC_TUNABLES", "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=65536")]
    public void An_operators_own_threshold_is_kept(string name, string value)
    {
        Assert.Equal(NativeHeap.Outcome.LeftToTheOperator, NativeHeap.KeepLargeBlocksOutOfTheHeap(n => n == name ? value : null));
    }

    [Fact]
    public void Other_glibc_tunables_do_not_stop_it()
    {
        Assert.Equal(OnThisMachine, NativeHeap.KeepLargeBlocksOutOfTheHeap(n => n == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2" : null));
    }
}
