using GraciousBot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Closing;

public static class ClosingSkill
{
    public static IServiceCollection AddClosingSkill(this IServiceCollection services)
    {
        services.AddSingleton<IBot, ClosingBot>();
        return services;
    }
}
