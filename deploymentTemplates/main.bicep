// GraciousBot in a new resource group: creates the group, then deploys graciousbot.bicep into it.
//
//   az deployment sub create --location <region> --parameters parameters/new-resource-group.bicepparam
//
// Every parameter below except resourceGroupName is passed on unchanged; graciousbot.bicep
// documents them. See README.md.

targetScope = 'subscription'

metadata description = 'Creates a resource group and deploys GraciousBot into it (App Service, Azure Bot, PostgreSQL, Key Vault, Application Insights).'

@description('Name of the resource group to create (or update).')
@minLength(1)
@maxLength(90)
param resourceGroupName string

@description('Base name for every resource: 3 to 40 lowercase letters, digits and hyphens, starting with a letter. The web app and the bot get this name; it must be globally unique.')
@minLength(3)
@maxLength(40)
param name string

@description('Azure region for the resource group and the regional resources (the Azure Bot resource is global).')
param location string = deployment().location

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

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: resourceGroupName
  location: location
  tags: tags
}

module graciousBot 'graciousbot.bicep' = {
  name: 'graciousbot-${name}'
  scope: group
  params: {
    name: name
    location: location
    tags: tags
    appServicePlanSku: appServicePlanSku
    botAppType: botAppType
    microsoftAppId: microsoftAppId
    microsoftAppPassword: microsoftAppPassword
    microsoftAppTenantId: microsoftAppTenantId
    botSku: botSku
    botDisplayName: botDisplayName
    allowedCallers: allowedCallers
    postgresAdminLogin: postgresAdminLogin
    postgresAdminPassword: postgresAdminPassword
    postgresSkuName: postgresSkuName
    postgresSkuTier: postgresSkuTier
    postgresVersion: postgresVersion
    postgresStorageSizeGB: postgresStorageSizeGB
    networkMode: networkMode
    vnetAddressPrefix: vnetAddressPrefix
    logRetentionInDays: logRetentionInDays
    keyVaultPurgeProtection: keyVaultPurgeProtection
    emailSmtpHost: emailSmtpHost
    emailSmtpPort: emailSmtpPort
    emailSmtpUserName: emailSmtpUserName
    emailSmtpPassword: emailSmtpPassword
    emailFrom: emailFrom
  }
}

@description('Resource group holding GraciousBot.')
output resourceGroupName string = group.name

@description('Web app name (for az webapp deploy).')
output webAppName string = graciousBot.outputs.webAppName

@description('Public base URL of the bot (Skill__PublicUrl).')
output botBaseUrl string = graciousBot.outputs.botBaseUrl

@description('Messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = graciousBot.outputs.messagingEndpoint

@description('The bot\'s app id: pass it to teams/make-package.sh.')
output botAppId string = graciousBot.outputs.botAppId

@description('Azure Bot resource name.')
output botName string = graciousBot.outputs.botName

@description('Key Vault holding the secrets.')
output keyVaultName string = graciousBot.outputs.keyVaultName

@description('PostgreSQL server host name.')
output postgresHost string = graciousBot.outputs.postgresHost
