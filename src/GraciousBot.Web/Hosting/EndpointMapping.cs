using GraciousBot.Web.Endpoints;
using GraciousBot.Web.Skill;

namespace GraciousBot.Web.Hosting;

/// <summary>Every HTTP surface of the bot, in one list.</summary>
public static class EndpointMapping
{
    public static WebApplication MapGraciousBot(this WebApplication app)
    {
        app.MapHealthApi();
        app.MapMessagesApi();
        app.MapAdminApi();
        app.MapSkillManifest();
        DirectLine.DirectLineHosting.MapDirectLine(app);
        return app;
    }
}
