using GraciousBot.LocalChannel;
using GraciousBot.Web.Endpoints;
using GraciousBot.Web.Skill;

namespace GraciousBot.Web.Hosting;

/// <summary>Every HTTP surface of the bot, in one list.</summary>
public static class EndpointMapping
{
    public static WebApplication MapGraciousBot(this WebApplication app)
    {
        // Every configuration mistake at once, before anything below reads a section of its own.
        app.Services.ValidateAllSettings();
        app.MapHealthApi();
        app.MapMessagesApi();
        app.MapAdminApi();
        app.MapSkillManifest();
        app.MapLocalChannel();
        return app;
    }
}
