// The private network used when networkMode is 'VNet': one subnet for the web app's outbound
// VNet integration, one delegated to the PostgreSQL flexible server, and the private DNS zone
// through which the app resolves the server's name to its private address.

@description('Azure region for the virtual network.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Virtual network name.')
param vnetName string

@description('Address space of the virtual network; two /24 subnets are carved from it.')
param addressPrefix string

@description('Name of the PostgreSQL flexible server; the private DNS zone is named after it.')
param postgresServerName string

var appSubnetName = 'snet-app'
var postgresSubnetName = 'snet-postgres'

resource appNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${vnetName}-app'
  location: location
  tags: tags
  properties: {
    securityRules: []
  }
}

resource postgresNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${vnetName}-postgres'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-postgres-from-app-subnet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: cidrSubnet(addressPrefix, 24, 1)
          sourcePortRange: '*'
          destinationAddressPrefix: cidrSubnet(addressPrefix, 24, 2)
          destinationPortRange: '5432'
        }
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          networkSecurityGroup: {
            id: appNsg.id
          }
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: postgresSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 2)
          networkSecurityGroup: {
            id: postgresNsg.id
          }
          delegations: [
            {
              name: 'postgres-flexible-server'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }

  resource appSubnet 'subnets' existing = {
    name: appSubnetName
  }

  resource postgresSubnet 'subnets' existing = {
    name: postgresSubnetName
  }
}

resource postgresDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: '${postgresServerName}.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource postgresDnsZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: postgresDnsZone
  name: '${vnetName}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

@description('Subnet the web app integrates with for outbound traffic.')
output appSubnetId string = vnet::appSubnet.id

@description('Subnet delegated to the PostgreSQL flexible server.')
output postgresSubnetId string = vnet::postgresSubnet.id

@description('Private DNS zone the server registers its name in (linked to the virtual network).')
output postgresDnsZoneId string = postgresDnsZone.id
