// Azure Database for PostgreSQL flexible server holding GraciousBot's conversation state.
// TLS is required (require_secure_transport=ON, TLS 1.2 at least). The server is reachable either
// only from the private network (networkMode 'VNet', public access disabled) or through the
// "allow Azure services" firewall rule (networkMode 'AzureServices').

@description('Azure region for the server.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Server name (3 to 63 lowercase letters, digits and hyphens; globally unique).')
@minLength(3)
@maxLength(63)
param serverName string

@description('Administrator login name.')
param administratorLogin string

@description('Administrator password.')
@secure()
param administratorLoginPassword string

@description('Compute size, for example Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier matching skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('PostgreSQL major version.')
@allowed([
  '14'
  '15'
  '16'
  '17'
])
param postgresVersion string

@description('Storage size in GB.')
@minValue(32)
param storageSizeGB int

@description('Name of the database GraciousBot uses.')
param databaseName string

@description('VNet: private access through a delegated subnet. AzureServices: public endpoint with the "allow Azure services" firewall rule.')
@allowed([
  'VNet'
  'AzureServices'
])
param networkMode string

@description('Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers (networkMode VNet only).')
param delegatedSubnetId string = ''

@description('Private DNS zone linked to the virtual network (networkMode VNet only).')
param privateDnsZoneId string = ''

@description('Log Analytics workspace receiving the server logs.')
param workspaceId string

var privateNetwork = networkMode == 'VNet'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: privateNetwork
      ? {
          delegatedSubnetResourceId: delegatedSubnetId
          privateDnsZoneArmResourceId: privateDnsZoneId
          publicNetworkAccess: 'Disabled'
        }
      : {
          publicNetworkAccess: 'Enabled'
        }
  }
}

// Server parameters and child resources are applied one after the other: the service refuses
// concurrent changes to one server ("ServerIsBusy").
resource requireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = {
  parent: server
  name: 'require_secure_transport'
  properties: {
    value: 'ON'
    source: 'user-override'
  }
}

resource minimumTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = {
  parent: server
  name: 'ssl_min_protocol_version'
  properties: {
    value: 'TLSv1.2'
    source: 'user-override'
  }
  dependsOn: [
    requireTls
  ]
}

resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = if (!privateNetwork) {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    minimumTls
  ]
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    minimumTls
    allowAzureServices
  ]
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: server
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
  }
}

@description('Host name the app connects to (resolves to the private address in VNet mode).')
output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName

@description('Server name.')
output serverName string = server.name

@description('Database name.')
output databaseName string = database.name
