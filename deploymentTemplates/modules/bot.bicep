// The Azure Bot resource: registers GraciousBot's messaging endpoint with the Bot Framework and
// turns on the Web Chat, Direct Line and Microsoft Teams channels.

@description('Bot resource name (the bot handle; globally unique, 2 to 64 characters).')
@minLength(2)
@maxLength(64)
param botName string

@description('Name shown in channels and in the portal.')
param displayName string

@description('Tags applied to every resource.')
param tags { *: string }

@description('F0 (free, limited premium-channel messages) or S1 (standard).')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('How the bot authenticates.')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param appType string

@description('The bot\'s app id: the app registration\'s client id, or the managed identity\'s client id for UserAssignedMSI.')
param appId string

@description('Tenant of the bot identity; empty for MultiTenant.')
param appTenantId string

@description('Resource id of the user-assigned identity (UserAssignedMSI only; empty otherwise).')
param msiResourceId string

@description('The messaging endpoint, https://<app host>/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    description: 'Closes customer-support conversations: summarises, confirms, collects feedback, hands over to a person when needed.'
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: empty(appTenantId) ? null : appTenantId
    msaAppMSIResourceId: empty(msiResourceId) ? null : msiResourceId
    schemaTransformationVersion: '1.3'
    isStreamingSupported: false
    disableLocalAuth: false
    publicNetworkAccess: 'Enabled'
  }
}

// Channels are changed one after the other: the service rejects concurrent updates of one bot.
resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
  dependsOn: [
    webChat
  ]
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
  dependsOn: [
    directLine
  ]
}

@description('Bot resource name.')
output botName string = bot.name
