using GraciousBot.Runtime.Storage;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class MemoryStateStoreTests : StateStoreContractTests
{
    protected override Task<IStateStore> CreateStoreAsync() => Task.FromResult<IStateStore>(new MemoryStateStore(Clock, Options));
}
