using GraciousBot.Wire.Auth;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Skill;

/// <summary>GET /manifest/graciousbot-manifest-1.0.json: the skill manifest, public (it holds no secret).</summary>
public static class SkillManifestEndpoint
{
    public static IEndpointRouteBuilder MapSkillManifest(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SkillManifest.Path, (HttpContext http, IOptions<SkillOptions> skill, IOptions<BotAuthenticationOptions> auth) =>
        {
            var configured = skill.Value.PublicUrl;
            var baseUrl = string.IsNullOrWhiteSpace(configured)
                ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
                : configured;

            // A manifest built from the request's own Host header must not be cached for anyone else.
            http.Response.Headers.CacheControl = string.IsNullOrWhiteSpace(configured) ? "no-store" : "public, max-age=300";
            var appId = auth.Value.IsAnonymous ? null : auth.Value.AppId;
            return Results.Text(SkillManifest.Build(skill.Value, baseUrl, appId).ToJsonString(), "application/json");
        });
        return endpoints;
    }
}
