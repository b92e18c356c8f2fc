using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;

namespace GraciousBot.Web.Hosting;

/// <summary>Erasure participants and the outbox retrier: what keeps turns exactly-once and erasure complete.</summary>
public static class ReliabilityHosting
{
    public static IServiceCollection AddStoredStateErasure(this IServiceCollection services)
    {
        services.AddSingleton<Erasure>();
        services.AddSingleton<IErasureParticipant, StoredStateErasure>();

        // Values read from stored state are kept in memory for the conversation's next turn (customers' words included).
        services.AddSingleton<IErasureParticipant, GraciousBot.Runtime.State.StoredJsonValuesErasure>();

        // The follow-up queue keeps conversation references (names included) until the follow-up is due.
        services.AddSingleton<IErasureParticipant>(sp => sp.GetRequiredService<ScheduledTurns>());
        services.AddSingleton<OutboxRetrier>();
        services.AddHostedService<OutboxHostedService>();
        return services;
    }
}
