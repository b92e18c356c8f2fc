using System.Text.RegularExpressions;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Docker;

/// <summary>No Docker engine runs here: these read the Dockerfile for the properties it must keep.</summary>
public sealed class DockerfileTests
{
    private static readonly string[] Instructions = ReadInstructions(Path.Combine(Repository.Root, "Dockerfile"));

    [Fact]
    public void Dockerfile_BuildsWithTheSdk_AndRunsOnTheAspNetRuntime()
    {
        var stages = Instructions.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();

        Assert.Equal(2, stages.Length);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:\$\{DOTNET_VERSION\} AS build$", stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:\$\{DOTNET_VERSION\}[-a-z]* AS runtime$", stages[1]);
        Assert.Contains("ARG DOTNET_VERSION=10.0", Instructions);
    }

    [Fact]
    public void Dockerfile_PublishesTheWebProject_WithNodeAvailable()
    {
        var build = string.Join('\n', Instructions);

        Assert.Matches(@"apt-get install -y --no-install-recommends nodejs npm", build);
        Assert.Contains("dotnet publish src/GraciousBot.Web/GraciousBot.Web.csproj", build, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository.Root, "src", "GraciousBot.Web", "GraciousBot.Web.csproj")));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"GraciousBot.Web.dll\"]", Instructions);
    }

    [Fact]
    public void Dockerfile_RunsAsNonRoot_OnPort8080()
    {
        var runtime = Instructions.SkipWhile(line => !line.EndsWith(" AS runtime", StringComparison.Ordinal)).ToArray();

        var user = Assert.Single(runtime, line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^USER (root|0)(:|$)", user);
        Assert.Contains("EXPOSE 8080", runtime);
        Assert.Contains(runtime, line => line.StartsWith("ENV ", StringComparison.Ordinal) && line.Contains("ASPNETCORE_URLS=http://+:8080", StringComparison.Ordinal));
        Assert.DoesNotContain(runtime, line => Regex.IsMatch(line, "(?i)password|secret|MicrosoftApp"));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndSecretsOutOfTheContext()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".dockerignore"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var pattern in new[] { "**/.git", "**/bin", "**/obj", "**/node_modules", "**/*.db", "**/.env", "tests/" })
        {
            Assert.Contains(pattern, ignored);
        }
    }

    /// <summary>Instructions with line continuations joined and comments dropped.</summary>
    private static string[] ReadInstructions(string path)
    {
        var joined = Regex.Replace(File.ReadAllText(path), @"\\\n\s*", " ");
        return joined.Split('\n')
            .Select(line => Regex.Replace(line.Trim(), @"\s+", " "))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
    }
}
