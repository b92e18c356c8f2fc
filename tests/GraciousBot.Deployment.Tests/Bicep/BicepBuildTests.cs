using System.Text.Json.Nodes;
using System.Xml.Linq;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Bicep;

[Collection(BicepCollection.Name)]
public sealed class BicepBuildTests(BicepCompilation compilation)
{
    /// <summary>The templates a user deploys; their ARM JSON is committed next to them.</summary>
    public static TheoryData<string> EntryTemplates => new() { "main.bicep", "graciousbot.bicep" };

    [Fact]
    public void Compiler_IsThePinnedNuGetPackage()
    {
        var pinned = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == "Azure.Bicep.CommandLine.linux-x64")
            .Attribute("Version")!.Value;

        Assert.Equal(0, compilation.Version.ExitCode);
        Assert.Contains($"Bicep CLI version {pinned} ", compilation.Version.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_AreFound()
    {
        Assert.Contains("main.bicep", compilation.TemplateFiles);
        Assert.Contains("graciousbot.bicep", compilation.TemplateFiles);
        Assert.True(compilation.TemplateFiles.Count(file => file.StartsWith("modules/", StringComparison.Ordinal)) >= 6,
            string.Join(", ", compilation.TemplateFiles));
    }

    [Fact]
    public void EveryTemplate_BuildsWithNoWarnings()
    {
        Assert.True(compilation.Build.ExitCode == 0, compilation.Build.Describe());
        Assert.True(string.IsNullOrWhiteSpace(compilation.Build.StandardError), compilation.Build.Describe());
        foreach (var file in compilation.TemplateFiles)
        {
            Assert.NotNull(compilation.Compiled(file)["resources"]);
        }
    }

    [Fact]
    public void EveryTemplate_LintsClean()
    {
        Assert.True(compilation.Lint.ExitCode == 0, compilation.Lint.Describe());
        Assert.True(string.IsNullOrWhiteSpace(compilation.Lint.StandardError), compilation.Lint.Describe());
        Assert.True(string.IsNullOrWhiteSpace(compilation.Lint.StandardOutput), compilation.Lint.Describe());
    }

    [Fact]
    public void EveryBicepFile_IsFormatted()
    {
        Assert.True(compilation.Format.ExitCode == 0, compilation.Format.Describe());
        foreach (var file in compilation.TemplateFiles.Concat(compilation.ParameterFiles))
        {
            var committed = File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, file));
            Assert.True(committed == compilation.FormattedText(file), $"{file} is not formatted: run 'bicep format {file}'");
        }
    }

    [Fact]
    public void BicepConfig_KeepsTheLinterOn_WithNoRuleSilenced()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, "bicepconfig.json")))!;
        var core = config["analyzers"]!["core"]!;

        Assert.True(core["enabled"]!.GetValue<bool>());
        Assert.Null(core["verbose"]);
        foreach (var (rule, settings) in core["rules"]!.AsObject())
        {
            var level = (string?)settings!["level"];
            Assert.True(level is "warning" or "error", $"rule {rule} is set to '{level}'");
        }
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void CommittedArmJson_EqualsFreshCompile(string bicepFile)
    {
        var committedPath = Path.Combine(Repository.DeploymentTemplates, Path.ChangeExtension(bicepFile, ".json"));
        Assert.True(File.Exists(committedPath), $"commit the compiled {Path.GetFileName(committedPath)} (bicep build {bicepFile})");

        // The compiler stamps its version and a template hash into metadata._generator (at every
        // module level); those lines are not part of the deployment and are left out of the comparison.
        var committed = ArmTemplate.WithoutGeneratorInfo(JsonNode.Parse(File.ReadAllText(committedPath))!);
        var fresh = ArmTemplate.WithoutGeneratorInfo(compilation.Compiled(bicepFile));

        Assert.True(JsonNode.DeepEquals(committed, fresh),
            $"{Path.GetFileName(committedPath)} is stale: run 'bicep build {bicepFile}' in deploymentTemplates and commit the result.");
    }

    [Fact]
    public void CommittedArmJson_ExistsOnlyForEntryTemplates()
    {
        var jsonFiles = Directory.EnumerateFiles(Repository.DeploymentTemplates, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.DeploymentTemplates, path).Replace('\\', '/'))
            .Where(path => path is not "bicepconfig.json" && !path.StartsWith("teams/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["graciousbot.json", "main.json"], jsonFiles);
    }

    [Fact]
    public void SubscriptionTemplate_CreatesTheGroup_AndForwardsEveryParameter()
    {
        var main = compilation.Compiled("main.bicep");
        var resourceGroupTemplate = compilation.Compiled("graciousbot.bicep");
        Assert.Contains("subscriptionDeploymentTemplate", (string)main["$schema"]!, StringComparison.Ordinal);
        Assert.Contains("/deploymentTemplate.json", (string)resourceGroupTemplate["$schema"]!, StringComparison.Ordinal);
        ArmTemplate.Single(main, "Microsoft.Resources/resourceGroups");

        var mainParameters = ArmTemplate.Parameters(main);
        var innerParameters = ArmTemplate.Parameters(resourceGroupTemplate);
        Assert.Equal(
            innerParameters.Select(pair => pair.Key).Append("resourceGroupName").Order(StringComparer.Ordinal),
            mainParameters.Select(pair => pair.Key).Order(StringComparer.Ordinal));

        foreach (var (name, inner) in innerParameters)
        {
            var outer = mainParameters[name]!.DeepClone().AsObject();
            var expected = inner!.DeepClone().AsObject();
            if (name == "location")
            {
                // The only intended difference: the group's region defaults to the deployment's.
                Assert.Equal("[deployment().location]", (string?)outer["defaultValue"]);
                outer.Remove("defaultValue");
                expected.Remove("defaultValue");
                outer.Remove("metadata");
                expected.Remove("metadata");
            }

            Assert.True(JsonNode.DeepEquals(expected, outer), $"parameter {name} differs between main.bicep and graciousbot.bicep");
        }

        var module = ArmTemplate.Resources(main).Single(resource => resource.Type == ArmTemplate.DeploymentType);
        var passed = module.Properties["parameters"]!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal);
        Assert.Equal(innerParameters.Select(pair => pair.Key).Order(StringComparer.Ordinal), passed);
    }
}
