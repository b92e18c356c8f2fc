using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Bicep;

/// <summary>Security and wiring properties, asserted on the committed ARM JSON.</summary>
public sealed class SecurityTests
{
    private static readonly JsonObject Template =
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, "graciousbot.json")))!;

    private static readonly JsonObject SubscriptionTemplate =
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.DeploymentTemplates, "main.json")))!;

    public static TheoryData<string> CommittedTemplates => new() { "main.json", "graciousbot.json" };

    [Fact]
    public void WebApp_IsHttpsOnly_Tls12_FtpsDisabled_AlwaysOn_Dotnet10()
    {
        var site = ArmTemplate.Single(Template, "Microsoft.Web/sites");
        var config = site.Properties["siteConfig"]!;

        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/readyz", (string?)config["healthCheckPath"]);
        Assert.False(config["remoteDebuggingEnabled"]!.GetValue<bool>());
        Assert.Equal("UserAssigned", (string?)site.Resource["identity"]!["type"]);
        Assert.NotNull(site.Properties["keyVaultReferenceIdentity"]);

        var plan = ArmTemplate.Single(Template, "Microsoft.Web/serverfarms");
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>(), "the plan must be Linux");
    }

    [Fact]
    public void WebApp_BasicPublishingCredentials_AreDisabled()
    {
        var policies = ArmTemplate.OfType(Template, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToArray();

        Assert.Equal(2, policies.Length);
        Assert.All(policies, policy => Assert.False(policy.Properties["allow"]!.GetValue<bool>()));
        Assert.Contains(policies, policy => ((string)policy.Resource["name"]!).Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(policies, policy => ((string)policy.Resource["name"]!).Contains("'scm'", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_AreTheNamesGraciousBotReads()
    {
        var settings = AppSettings();

        Assert.Equal("'Production'", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("'Postgres'", settings["Storage__Provider"]);
        Assert.Equal("'false'", settings["DirectLine__Enabled"]);
        Assert.Equal("parameters('botAppType')", settings["MicrosoftAppType"]);
        Assert.Equal("parameters('microsoftAppId')", settings["MicrosoftAppId"]);
        Assert.Equal("parameters('microsoftAppTenantId')", settings["MicrosoftAppTenantId"]);
        Assert.Equal("format('https://{0}', reference('site').defaultHostName)", settings["Skill__PublicUrl"]);
        Assert.Equal("reference('appInsights').ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Contains("format('Skill__AllowedCallers__{0}', lambdaVariables('i'))", AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_SecretsAreKeyVaultReferences()
    {
        var settings = AppSettings();

        Assert.Equal("__bicep.keyVaultReference(parameters('postgresConnectionStringUri'))", settings["Storage__PostgresConnectionString"]);
        Assert.Equal("__bicep.keyVaultReference(parameters('appCredentialUri'))", settings["MicrosoftAppPassword"]);
        Assert.Contains("if(empty(parameters('appCredentialUri')), createObject(), createObject('MicrosoftAppPassword'", AppSettingsExpression(), StringComparison.Ordinal);

        // The function the references go through produces App Service's Key Vault reference syntax.
        var appTemplate = ArmTemplate.Single(Template, "Microsoft.Web/sites").Template;
        var function = appTemplate["functions"]!.AsArray()
            .SelectMany(ns => ns!["members"]!.AsObject())
            .Single(member => member.Key == "keyVaultReference").Value!;
        var output = (string)function["output"]!["value"]!;
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUri'))]", output);

        // And the URIs it is given are Key Vault secrets' versionless URIs.
        var vaultModule = ArmTemplate.Single(Template, "Microsoft.KeyVault/vaults").Template;
        Assert.Equal("[reference('postgresSecret').secretUri]", (string?)vaultModule["outputs"]!["postgresConnectionStringUri"]!["value"]);
        Assert.Equal("[coalesce(tryGet(if(parameters('storeAppPassword'), reference('appPasswordSecret', '2024-11-01', 'full'), null()), 'properties', 'secretUri'), '')]",
            (string?)vaultModule["outputs"]!["appCredentialUri"]!["value"]);
    }

    [Fact]
    public void AppSettings_HoldNoSecretValue()
    {
        var secretLike = new Regex("password|secret|connectionstring|key", RegexOptions.IgnoreCase);

        foreach (var (name, value) in AppSettings())
        {
            if (name == "APPLICATIONINSIGHTS_CONNECTION_STRING")
            {
                continue; // telemetry ingestion endpoint, not a credential
            }

            Assert.False(secretLike.IsMatch(name) && !value.StartsWith("__bicep.keyVaultReference(", StringComparison.Ordinal),
                $"app setting {name} = {value} should be a Key Vault reference");
            Assert.DoesNotContain("Password=", value, StringComparison.OrdinalIgnoreCase);
        }

        var appModule = ArmTemplate.Single(Template, "Microsoft.Web/sites").Template;
        Assert.DoesNotContain(ArmTemplate.Parameters(appModule), pair => ArmTemplate.IsSecure(pair.Value));
    }

    [Theory]
    [MemberData(nameof(CommittedTemplates))]
    public void SecureParameters_FlowOnlyIntoKeyVaultSecrets_AndThePostgresAdminPassword(string file)
    {
        var template = file == "main.json" ? SubscriptionTemplate : Template;
        var allowedSinks = new[] { "Microsoft.KeyVault/vaults/secrets", "Microsoft.DBforPostgreSQL/flexibleServers" };
        var checkedTemplates = 0;
        var sinks = 0;

        foreach (var current in ArmTemplate.AllTemplates(template))
        {
            checkedTemplates++;
            var secure = ArmTemplate.Parameters(current).Where(pair => ArmTemplate.IsSecure(pair.Value)).Select(pair => pair.Key).ToArray();
            foreach (var name in secure)
            {
                var reference = ArmTemplate.ParameterReference(name);
                Assert.False(ArmTemplate.Mentions(current["outputs"], reference), $"an output reads the secure parameter {name}");
                Assert.False(ArmTemplate.Mentions(current["variables"], reference), $"a variable reads the secure parameter {name}");

                foreach (var resource in ArmTemplate.Resources(current))
                {
                    if (resource.Type == ArmTemplate.DeploymentType)
                    {
                        var nestedParameters = ArmTemplate.Parameters(resource.NestedTemplate!);
                        foreach (var (target, value) in resource.Properties["parameters"]!.AsObject())
                        {
                            Assert.False(ArmTemplate.Mentions(value, reference) && !ArmTemplate.IsSecure(nestedParameters[target]),
                                $"secure parameter {name} is passed to the non-secure module parameter {target} ({resource.SymbolicName})");
                        }
                    }
                    else if (ArmTemplate.Mentions(resource.Resource, reference))
                    {
                        Assert.Contains(resource.Type, allowedSinks);
                        sinks++;
                    }
                }
            }
        }

        Assert.True(checkedTemplates >= 7, $"only {checkedTemplates} templates walked");
        Assert.Equal(4, sinks); // the three Key Vault secrets and the server's administrator password
    }

    [Fact]
    public void KeyVault_UsesRbac_SoftDelete_AndGrantsTheAppReadOnlySecrets()
    {
        var vault = ArmTemplate.Single(Template, "Microsoft.KeyVault/vaults");
        Assert.True(vault.Properties["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault.Properties["enableSoftDelete"]!.GetValue<bool>());
        Assert.False(vault.Properties["enabledForTemplateDeployment"]!.GetValue<bool>());

        var role = ArmTemplate.Single(Template, "Microsoft.Authorization/roleAssignments");
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string?)role.Template["variables"]!["keyVaultSecretsUserRoleId"]); // Key Vault Secrets User
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]", (string?)role.Properties["roleDefinitionId"]);
        Assert.Equal("ServicePrincipal", (string?)role.Properties["principalType"]);

        var secrets = ArmTemplate.OfType(Template, "Microsoft.KeyVault/vaults/secrets").ToArray();
        Assert.Equal(3, secrets.Length); // the connection string, the bot client secret, the SMTP password
    }

    [Fact]
    public void Postgres_RequiresTls12_AndIsPrivateUnlessAzureServicesModeIsChosen()
    {
        var configurations = ArmTemplate.OfType(Template, "Microsoft.DBforPostgreSQL/flexibleServers/configurations")
            .ToDictionary(
                configuration => Regex.Match((string)configuration.Resource["name"]!, "'([a-z_]+)'\\)\\]$").Groups[1].Value,
                configuration => (string?)configuration.Properties["value"]);
        Assert.Equal("ON", configurations["require_secure_transport"]);
        Assert.Equal("TLSv1.2", configurations["ssl_min_protocol_version"]);

        var server = ArmTemplate.Single(Template, "Microsoft.DBforPostgreSQL/flexibleServers");
        var network = (string)server.Properties["network"]!;
        Assert.StartsWith("[if(variables('privateNetwork'), createObject('delegatedSubnetResourceId'", network, StringComparison.Ordinal);
        Assert.Contains("'publicNetworkAccess', 'Disabled')", network, StringComparison.Ordinal);

        var firewall = ArmTemplate.Single(Template, "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Equal("[not(variables('privateNetwork'))]", (string?)firewall.Resource["condition"]);
        Assert.Equal("0.0.0.0", (string?)firewall.Properties["startIpAddress"]);
        Assert.Equal("0.0.0.0", (string?)firewall.Properties["endIpAddress"]);

        Assert.Equal("VNet", (string?)ArmTemplate.Parameters(Template)["networkMode"]!["defaultValue"]);
        var connectionString = ArmTemplate.Resources(Template).Single(resource => resource.SymbolicName == "keyVault")
            .Properties["parameters"]!["postgresConnectionString"]!["value"]!.GetValue<string>();
        Assert.Contains("SSL Mode=VerifyFull", connectionString, StringComparison.Ordinal);

        // Capped, so two instances fit Standard_B1ms (about 50 connections) instead of Npgsql's default of 100 each.
        Assert.Contains($"Maximum Pool Size={GraciousBot.Runtime.Storage.PostgresStateStore.DefaultMaxPoolSize}", connectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_HasTeamsWebChatAndDirectLine_AndTheMessagesEndpoint()
    {
        var bot = ArmTemplate.Single(Template, "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot.Resource["kind"]);
        Assert.Equal(["SingleTenant", "MultiTenant", "UserAssignedMSI"],
            ArmTemplate.Parameters(bot.Template)["appType"]!["allowedValues"]!.AsArray().Select(node => (string)node!));

        var channels = ArmTemplate.OfType(Template, "Microsoft.BotService/botServices/channels")
            .Select(channel => (string)channel.Properties["channelName"]!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);

        var botModule = ArmTemplate.Resources(Template).Single(resource => resource.SymbolicName == "bot");
        Assert.Equal("[format('https://{0}/api/messages', reference('app').outputs.defaultHostName.value)]",
            (string?)botModule.Properties["parameters"]!["endpoint"]!["value"]);
        // UserAssignedMSI bots are tied to the app's user-assigned identity.
        Assert.Equal("[if(variables('isMsi'), createObject('value', resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('id-{0}', parameters('name')))), createObject('value', ''))]",
            (string?)botModule.Properties["parameters"]!["msiResourceId"]);
    }

    [Fact]
    public void Monitoring_AppInsightsIsWorkspaceBased()
    {
        var insights = ArmTemplate.OfType(Template, "Microsoft.Insights/components")
            .Single(component => component.Resource["existing"] is null);
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]", (string?)insights.Properties["WorkspaceResourceId"]);
        Assert.NotEmpty(ArmTemplate.OfType(Template, "Microsoft.Insights/diagnosticSettings"));
    }

    private static string AppSettingsExpression() =>
        (string)ArmTemplate.Single(Template, "Microsoft.Web/sites/config").Resource["properties"]!;

    private static Dictionary<string, string> AppSettings()
    {
        var config = ArmTemplate.Single(Template, "Microsoft.Web/sites/config");
        Assert.Contains("'appsettings'", (string)config.Resource["name"]!, StringComparison.Ordinal);
        return ArmTemplate.CreateObjectPairs(AppSettingsExpression()).ToDictionary(pair => pair.Name, pair => pair.Value);
    }
}
