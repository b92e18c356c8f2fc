using GraciousBot.Web.Endpoints;

namespace GraciousBot.Web.Hosting;

/// <summary>Every HTTP surface of the bot, in one list.</summary>
public static class EndpointMapping
{
    public static WebApplication MapGraciousBot(this WebApplication app)
    {
        app.MapHealthApi();
        app.MapMessagesApi();
        DirectLine.DirectLineHosting.MapDirectLine(app);
        return app;
    }
}
