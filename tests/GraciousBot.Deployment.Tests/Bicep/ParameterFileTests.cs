using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Bicep;

[Collection(BicepCollection.Name)]
public sealed class ParameterFileTests(BicepCompilation compilation)
{
    public static TheoryData<string, string> ParameterFiles => new()
    {
        { "parameters/new-resource-group.bicepparam", "main.bicep" },
        { "parameters/existing-resource-group.bicepparam", "graciousbot.bicep" },
    };

    [Fact]
    public void ParameterFiles_AreTheTwoScopes()
    {
        Assert.Equal(
            ["parameters/existing-resource-group.bicepparam", "parameters/new-resource-group.bicepparam"],
            compilation.ParameterFiles);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_UsesItsTemplate(string parameterFile, string template)
    {
        var text = File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, parameterFile));

        Assert.Matches($@"(?m)^using '\.\./{Regex.Escape(template)}'\s*$", text);
    }

    [Theory]
    [InlineData("parameters/new-resource-group.bicepparam")]
    [InlineData("parameters/existing-resource-group.bicepparam")]
    public void ParameterFile_BuildsWithNoWarnings(string parameterFile)
    {
        var build = compilation.ParameterBuilds[parameterFile];

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(string.IsNullOrWhiteSpace(build.StandardError), build.Describe());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_SetsEveryRequiredParameter_AndNoUnknownOne(string parameterFile, string template)
    {
        var declared = ArmTemplate.Parameters(compilation.Compiled(template));
        var given = BuiltParameters(parameterFile);

        var missing = declared.Where(pair => ArmTemplate.IsRequired(pair.Value) && !given.ContainsKey(pair.Key)).Select(pair => pair.Key);
        var unknown = given.Select(pair => pair.Key).Where(name => !declared.ContainsKey(name));

        Assert.Empty(missing);
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_ValuesAreAllowedByTheTemplate(string parameterFile, string template)
    {
        var declared = ArmTemplate.Parameters(compilation.Compiled(template));

        foreach (var (name, value) in BuiltParameters(parameterFile))
        {
            if (declared[name]?["allowedValues"] is JsonArray allowed)
            {
                var actual = value!["value"];
                Assert.True(allowed.Any(option => JsonNode.DeepEquals(option, actual)), $"{name} = {actual?.ToJsonString()} is not allowed");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParameterFile_ReadsSecretsFromTheEnvironment_NeverHoldsThem(string parameterFile, string template)
    {
        var text = File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, parameterFile));
        var secure = ArmTemplate.Parameters(compilation.Compiled(template))
            .Where(pair => ArmTemplate.IsSecure(pair.Value))
            .Select(pair => pair.Key)
            .ToArray();

        Assert.Contains("postgresAdminPassword", secure);
        foreach (var name in secure)
        {
            foreach (Match assignment in Regex.Matches(text, $@"(?m)^param {name}\s*=\s*(?<value>.+)$"))
            {
                Assert.Matches(@"^readEnvironmentVariable\('GRACIOUSBOT_[A-Z_]+'(, '')?\)\s*$", assignment.Groups["value"].Value);
            }
        }

        foreach (var value in BicepCli.TestEnvironment.Values)
        {
            Assert.DoesNotContain(value!, text, StringComparison.Ordinal);
        }
    }

    private JsonObject BuiltParameters(string parameterFile)
    {
        var build = compilation.ParameterBuilds[parameterFile];
        Assert.True(build.ExitCode == 0, build.Describe());
        var output = JsonNode.Parse(build.StandardOutput)!;
        var parameters = JsonNode.Parse((string)output["parametersJson"]!)!;
        return parameters["parameters"]!.AsObject();
    }
}
