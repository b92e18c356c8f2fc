// GraciousBot in one resource group: a Linux App Service running the bot, the Azure Bot resource
// with the Web Chat, Direct Line and Teams channels, PostgreSQL flexible server for state, Key Vault
// for secrets, and Application Insights on a Log Analytics workspace.
//
// Deploy into an existing resource group with:
//   az deployment group create --resource-group <group> --parameters parameters/existing-resource-group.bicepparam
// (main.bicep creates the group first.) See README.md.

metadata description = 'GraciousBot, the closing skill for customer-support bots, on Azure App Service with Azure Bot, PostgreSQL and Key Vault.'

@description('Base name for every resource: 3 to 40 lowercase letters, digits and hyphens, starting with a letter. The web app and the bot get this name; it must be globally unique.')
@minLength(3)
@maxLength(40)
param name string

@description('Azure region for the regional resources (the Azure Bot resource is global).')
param location string = resourceGroup().location

@description('Tags applied to every resource.')
param tags { *: string } = {}

@description('App Service plan size (Basic or higher).')
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
param appServicePlanSku string = 'B1'

@description('How the bot authenticates to the Bot Framework: SingleTenant or MultiTenant (an Entra ID app registration with a client secret), or UserAssignedMSI (the managed identity this template creates; no secret).')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('Client id of the bot\'s Entra ID app registration (SingleTenant and MultiTenant). Leave empty for UserAssignedMSI.')
param microsoftAppId string = ''

@description('Client secret of that app registration (SingleTenant and MultiTenant). Stored in Key Vault only. Leave empty for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Tenant of the app registration (SingleTenant and UserAssignedMSI); ignored for MultiTenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('Azure Bot pricing tier: F0 (free) or S1 (standard; needed beyond the free premium-channel messages).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Bot name shown in Web Chat and Teams.')
param botDisplayName string = 'GraciousBot'

@description('App ids of the root bots allowed to call GraciousBot as a skill (Skill__AllowedCallers). Empty: no root bot may call it (Teams and Web Chat still work).')
param allowedCallers string[] = []

@description('PostgreSQL administrator login (not "azure_superuser", "admin", "root", "postgres" and similar reserved names).')
param postgresAdminLogin string = 'graciousbot'

@description('PostgreSQL administrator password: 12 to 128 characters from three of upper case, lower case, digits and symbols; no ; \' or " (it goes into a connection string). Stored in Key Vault only.')
@secure()
@minLength(12)
@maxLength(128)
param postgresAdminPassword string

@description('PostgreSQL compute size.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL major version.')
@allowed([
  '14'
  '15'
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL storage in GB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('VNet (recommended): PostgreSQL has no public endpoint and the app reaches it through VNet integration. AzureServices: PostgreSQL keeps a public endpoint restricted by the "allow Azure services" firewall rule.')
@allowed([
  'VNet'
  'AzureServices'
])
param networkMode string = 'VNet'

@description('Address space of the virtual network (networkMode VNet); a /16 to /22 from which two /24 subnets are taken.')
param vnetAddressPrefix string = '10.42.0.0/16'

@description('Days of log retention in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Key Vault purge protection. Recommended for production; once on it cannot be turned off, and the vault name stays reserved for 90 days after deletion.')
param keyVaultPurgeProtection bool = true

@description('SMTP server for the recap e-mail and e-mailed follow-ups; empty leaves e-mail off. Production: Azure Communication Services, smtp.azurecomm.net.')
param emailSmtpHost string = ''

@description('SMTP port (587 with STARTTLS for Azure Communication Services).')
@minValue(1)
@maxValue(65535)
param emailSmtpPort int = 587

@description('SMTP user name (Azure Communication Services: the SMTP username configured on the resource).')
param emailSmtpUserName string = ''

@description('SMTP password (Azure Communication Services: the Entra app\'s client secret); stored in Key Vault as "email-smtp-password".')
@secure()
param emailSmtpPassword string = ''

@description('Sender address of customer e-mails (a MailFrom address of the verified domain).')
param emailFrom string = ''

var suffix = uniqueString(resourceGroup().id, name)
var isMsi = botAppType == 'UserAssignedMSI'
var databaseName = 'graciousbot'
var appInsightsName = 'appi-${name}'
var keyVaultName = 'kv-${take(suffix, 13)}-gb'
var postgresServerName = 'psql-${name}-${suffix}'
var botAppId = isMsi ? identity.properties.clientId : microsoftAppId
var botTenantId = botAppType == 'MultiTenant' ? '' : (isMsi ? identity.properties.tenantId : microsoftAppTenantId)

// The app's identity: reads the Key Vault secrets, and is the bot identity for UserAssignedMSI.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${name}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: '${name}-monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${name}'
    appInsightsName: appInsightsName
    retentionInDays: logRetentionInDays
  }
}

module network 'modules/network.bicep' = if (networkMode == 'VNet') {
  name: '${name}-network'
  params: {
    location: location
    tags: tags
    vnetName: 'vnet-${name}'
    addressPrefix: vnetAddressPrefix
    postgresServerName: postgresServerName
  }
}

module postgres 'modules/postgres.bicep' = {
  name: '${name}-postgres'
  params: {
    location: location
    tags: tags
    serverName: postgresServerName
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    postgresVersion: postgresVersion
    storageSizeGB: postgresStorageSizeGB
    databaseName: databaseName
    networkMode: networkMode
    delegatedSubnetId: network.?outputs.postgresSubnetId ?? ''
    privateDnsZoneId: network.?outputs.postgresDnsZoneId ?? ''
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: '${name}-keyVault'
  params: {
    location: location
    tags: tags
    vaultName: keyVaultName
    enablePurgeProtection: keyVaultPurgeProtection
    // Maximum Pool Size: each instance opens at most 20 connections, so two fit Standard_B1ms (about 50 allowed);
    // lower it when scaling out further or raise it with a bigger server.
    postgresConnectionString: 'Host=${postgres.outputs.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull;Maximum Pool Size=20'
    storeAppPassword: !isMsi
    microsoftAppPassword: isMsi ? '' : microsoftAppPassword
    storeEmailPassword: !empty(emailSmtpHost) && !empty(emailSmtpUserName)
    emailSmtpPassword: emailSmtpPassword
    readerIdentityId: identity.id
    readerPrincipalId: identity.properties.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module app 'modules/appService.bicep' = {
  name: '${name}-appService'
  params: {
    location: location
    tags: tags
    planName: 'asp-${name}'
    siteName: name
    skuName: appServicePlanSku
    identityId: identity.id
    botAppType: botAppType
    microsoftAppId: botAppId
    microsoftAppTenantId: botTenantId
    appCredentialUri: keyVault.outputs.appCredentialUri
    postgresConnectionStringUri: keyVault.outputs.postgresConnectionStringUri
    allowedCallers: allowedCallers
    appSubnetId: network.?outputs.appSubnetId ?? ''
    appInsightsName: appInsightsName
    workspaceId: monitoring.outputs.workspaceId
    emailSmtpHost: emailSmtpHost
    emailSmtpPort: emailSmtpPort
    emailSmtpUserName: emailSmtpUserName
    emailFrom: emailFrom
    emailCredentialUri: keyVault.outputs.emailCredentialUri
  }
}

module bot 'modules/bot.bicep' = {
  name: '${name}-bot'
  params: {
    botName: name
    displayName: botDisplayName
    tags: tags
    sku: botSku
    appType: botAppType
    appId: botAppId
    appTenantId: botTenantId
    msiResourceId: isMsi ? identity.id : ''
    endpoint: 'https://${app.outputs.defaultHostName}/api/messages'
  }
}

@description('Web app name (for az webapp deploy).')
output webAppName string = app.outputs.siteName

@description('Public base URL of the bot (Skill__PublicUrl).')
output botBaseUrl string = 'https://${app.outputs.defaultHostName}'

@description('Messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = 'https://${app.outputs.defaultHostName}/api/messages'

@description('The bot\'s app id: pass it to teams/make-package.sh.')
output botAppId string = botAppId

@description('Azure Bot resource name.')
output botName string = bot.outputs.botName

@description('Key Vault holding the secrets.')
output keyVaultName string = keyVaultName

@description('PostgreSQL server host name.')
output postgresHost string = postgres.outputs.fullyQualifiedDomainName
