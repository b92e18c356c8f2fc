// Linux App Service plan and web app running GraciousBot on the .NET 10 runtime stack.
// HTTPS only, TLS 1.2 minimum, FTP(S) and basic publishing credentials disabled, health check on
// /readyz. Secrets reach the app only as Key Vault references resolved with the app's
// user-assigned identity.

@description('Azure region for the plan and the app.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('App Service plan name.')
param planName string

@description('Web app name (globally unique; becomes part of the default host name).')
@minLength(2)
@maxLength(60)
param siteName string

@description('App Service plan size; Basic or higher (always-on and VNet integration need it).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param skuName string

@description('Resource id of the user-assigned identity the app runs with (Key Vault references; also the bot identity for UserAssignedMSI bots).')
param identityId string

@description('Bot authentication type, as configured on the Azure Bot resource.')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param botAppType string

@description('The bot\'s app id (the app registration\'s client id, or the managed identity\'s client id for UserAssignedMSI).')
param microsoftAppId string

@description('Tenant of the bot identity; empty for MultiTenant bots.')
param microsoftAppTenantId string

@description('Key Vault secret URI of the bot client secret; empty for UserAssignedMSI bots.')
param appCredentialUri string

@description('Key Vault secret URI of the PostgreSQL connection string.')
param postgresConnectionStringUri string

@description('App ids of the root bots allowed to call this skill.')
param allowedCallers string[]

@description('Subnet for outbound VNet integration; empty for none.')
param appSubnetId string

@description('Name of the Application Insights component (same resource group).')
param appInsightsName string

@description('Log Analytics workspace receiving the app\'s logs.')
param workspaceId string

@description('SMTP server for customer e-mails; empty leaves e-mail off.')
param emailSmtpHost string

@description('SMTP port.')
param emailSmtpPort int

@description('SMTP user name.')
param emailSmtpUserName string

@description('Sender address of customer e-mails.')
param emailFrom string

@description('Key Vault secret URI of the SMTP password; empty for none.')
param emailCredentialUri string

@description('Builds an App Service Key Vault reference from a versionless secret URI.')
func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(appSubnetId) ? null : appSubnetId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      use32BitWorkerProcess: false
      webSocketsEnabled: false
      remoteDebuggingEnabled: false
      // Only private (RFC 1918) traffic, the PostgreSQL server, goes through the VNet; calls to the
      // Bot Connector and Entra ID leave through App Service's own outbound addresses, so the
      // subnet needs no NAT gateway.
      vnetRouteAllEnabled: false
    }
  }
}

// The settings reference the app's own host name, so they are a child resource of the site.
var settings = union(
  {
    ASPNETCORE_ENVIRONMENT: 'Production'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    MicrosoftAppType: botAppType
    MicrosoftAppId: microsoftAppId
    Storage__Provider: 'Postgres'
    Storage__PostgresConnectionString: keyVaultReference(postgresConnectionStringUri)
    DirectLine__Enabled: 'false'
    Skill__PublicUrl: 'https://${site.properties.defaultHostName}'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  },
  empty(microsoftAppTenantId) ? {} : { MicrosoftAppTenantId: microsoftAppTenantId },
  empty(appCredentialUri) ? {} : { MicrosoftAppPassword: keyVaultReference(appCredentialUri) },
  empty(emailSmtpHost)
    ? {}
    : {
        Email__Smtp__Host: emailSmtpHost
        Email__Smtp__Port: string(emailSmtpPort)
        Email__Smtp__Security: 'StartTls'
        Email__Smtp__UserName: emailSmtpUserName
        Email__Smtp__From: emailFrom
      },
  empty(emailCredentialUri) ? {} : { Email__Smtp__Password: keyVaultReference(emailCredentialUri) },
  toObject(range(0, length(allowedCallers)), i => 'Skill__AllowedCallers__${i}', i => allowedCallers[i])
)

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

@description('Web app name.')
output siteName string = site.name

@description('Default host name of the web app.')
output defaultHostName string = site.properties.defaultHostName
