// Key Vault (Azure RBAC, soft delete, purge protection) holding GraciousBot's secrets: the
// PostgreSQL connection string and, for SingleTenant and MultiTenant bots, the app password.
// The web app's user-assigned identity may read secrets (Key Vault Secrets User) and nothing else;
// the app settings refer to the secrets with Key Vault references, so no secret is ever an app
// setting value.

@description('Azure region for the vault.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Vault name (3 to 24 letters, digits and hyphens; globally unique).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Purge protection: a deleted vault or secret cannot be purged before the retention period ends. Cannot be turned off once on.')
param enablePurgeProtection bool

@description('PostgreSQL connection string stored as the secret "postgres-connection-string".')
@secure()
param postgresConnectionString string

@description('Whether to store the bot app registration\'s client secret (SingleTenant and MultiTenant bots; UserAssignedMSI bots have none).')
param storeAppPassword bool

@description('Bot app registration client secret, stored as "microsoft-app-password" when storeAppPassword is true.')
@secure()
param microsoftAppPassword string

@description('Whether to store the SMTP password (when an SMTP user name is configured).')
param storeEmailPassword bool

@description('SMTP password for customer e-mails, stored as "email-smtp-password" when storeEmailPassword is true.')
@secure()
param emailSmtpPassword string

@description('Resource id of the identity that reads the secrets (the web app\'s user-assigned identity).')
param readerIdentityId string

@description('Principal id of that identity.')
param readerPrincipalId string

@description('Log Analytics workspace receiving the vault\'s audit logs.')
param workspaceId string

// Built-in role "Key Vault Secrets User": read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'postgres-connection-string'
  properties: {
    value: postgresConnectionString
    contentType: 'Npgsql connection string'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (storeAppPassword) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
    contentType: 'Entra ID client secret of the bot app registration'
  }
}

resource emailPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (storeEmailPassword) {
  parent: vault
  name: 'email-smtp-password'
  properties: {
    value: emailSmtpPassword
    contentType: 'SMTP password for customer e-mails'
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerIdentityId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

@description('Versionless URI of the connection string secret (App Service picks up new versions).')
output postgresConnectionStringUri string = postgresSecret.properties.secretUri

@description('Versionless URI of the bot client secret ("microsoft-app-password"); empty when none was stored.')
output appCredentialUri string = appPasswordSecret.?properties.secretUri ?? ''

@description('Versionless URI of the SMTP password ("email-smtp-password"); empty when none was stored.')
output emailCredentialUri string = emailPasswordSecret.?properties.secretUri ?? ''
