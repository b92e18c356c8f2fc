// Parameters for an existing resource group (resource-group-scope deployment of graciousbot.bicep):
//
//   export GRACIOUSBOT_POSTGRES_PASSWORD='<a strong password>'
//   export GRACIOUSBOT_APP_ID='<client id of the bot app registration>'      # not for UserAssignedMSI
//   export GRACIOUSBOT_APP_PASSWORD='<client secret of that registration>'   # not for UserAssignedMSI
//   az deployment group create --resource-group <group> --parameters parameters/existing-resource-group.bicepparam
//
// The resources go to the group's region unless "location" is set. Secrets are read from the
// environment at deployment time and never written to this file. Edit the values marked "change".

using '../graciousbot.bicep'

param name = 'graciousbot-contoso' // change: globally unique, lowercase

param tags = {
  workload: 'graciousbot'
  environment: 'production'
}

param botAppType = 'SingleTenant'
param microsoftAppId = readEnvironmentVariable('GRACIOUSBOT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('GRACIOUSBOT_APP_PASSWORD', '')

// The root bot(s) allowed to call GraciousBot as a skill; leave empty if none yet.
param allowedCallers = []

param postgresAdminPassword = readEnvironmentVariable('GRACIOUSBOT_POSTGRES_PASSWORD')

param networkMode = 'VNet'
