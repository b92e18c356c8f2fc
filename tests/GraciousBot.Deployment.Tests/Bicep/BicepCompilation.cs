using System.Text.Json.Nodes;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Bicep;

/// <summary>
/// Builds and lints every .bicep file and builds every .bicepparam file once for the whole
/// collection (the compiler takes a second or two per run).
/// </summary>
public sealed class BicepCompilation : IAsyncLifetime
{
    private readonly string _outputFolder = Path.Combine(Path.GetTempPath(), "graciousbot-bicep-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every .bicep file, relative to deploymentTemplates, with '/' separators.</summary>
    public IReadOnlyList<string> TemplateFiles { get; private set; } = [];

    /// <summary>Every .bicepparam file, relative to deploymentTemplates.</summary>
    public IReadOnlyList<string> ParameterFiles { get; private set; } = [];

    public ProcessResult Version { get; private set; } = null!;

    public ProcessResult Build { get; private set; } = null!;

    public ProcessResult Lint { get; private set; } = null!;

    /// <summary>'bicep format' run over a copy of the folder; see <see cref="FormattedText"/>.</summary>
    public ProcessResult Format { get; private set; } = null!;

    /// <summary>The build-params run of each parameter file (stdout holds parametersJson and templateJson).</summary>
    public IReadOnlyDictionary<string, ProcessResult> ParameterBuilds { get; private set; } = new Dictionary<string, ProcessResult>();

    /// <summary>The freshly compiled ARM JSON of a template.</summary>
    public JsonObject Compiled(string bicepFile)
    {
        var path = Path.Combine(_outputFolder, Path.ChangeExtension(bicepFile, ".json"));
        Assert.True(File.Exists(path), $"bicep produced no {Path.ChangeExtension(bicepFile, ".json")}.\n{Build.Describe()}");
        return (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
    }

    /// <summary>A Bicep or Bicep parameters file as 'bicep format' writes it.</summary>
    public string FormattedText(string file) => File.ReadAllText(Path.Combine(_outputFolder, "formatted", file));

    public async Task InitializeAsync()
    {
        TemplateFiles = FindFiles("*.bicep");
        ParameterFiles = FindFiles("*.bicepparam");
        Directory.CreateDirectory(_outputFolder);

        var formatted = Path.Combine(_outputFolder, "formatted");
        foreach (var file in TemplateFiles.Concat(ParameterFiles).Append("bicepconfig.json"))
        {
            var copy = Path.Combine(formatted, file);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Path.Combine(Repository.DeploymentTemplates, file), copy);
        }

        // Independent runs, started together.
        var version = BicepCli.RunAsync("--version");
        var build = BicepCli.RunAsync("build", "--pattern", "**/*.bicep", "--outdir", _outputFolder);
        var lint = BicepCli.RunAsync("lint", "--pattern", "**/*.bicep");
        var format = BicepCli.RunAsync(["format", "--pattern", "**/*.bicep*"], formatted, CancellationToken.None);
        var parameterBuilds = ParameterFiles.ToDictionary(file => file, file => BicepCli.RunAsync("build-params", file, "--stdout"));
        await Task.WhenAll(parameterBuilds.Values.Append(version).Append(build).Append(lint).Append(format));

        Version = await version;
        Build = await build;
        Lint = await lint;
        Format = await format;
        var builtParameters = new Dictionary<string, ProcessResult>();
        foreach (var (file, run) in parameterBuilds)
        {
            builtParameters[file] = await run;
        }

        ParameterBuilds = builtParameters;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputFolder, recursive: true);
        return Task.CompletedTask;
    }

    private static string[] FindFiles(string pattern) =>
        Directory.EnumerateFiles(Repository.DeploymentTemplates, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.DeploymentTemplates, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<BicepCompilation>
{
    public const string Name = "bicep";
}
