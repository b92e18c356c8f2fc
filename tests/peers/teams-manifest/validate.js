// Validates a Teams app manifest against the schema of its manifestVersion, taken from the
// @microsoft/app-manifest package (no network). Usage: node validate.js <manifest.json>
// Prints {"valid": bool, "schema": "<file>", "errors": [...]} and exits 0 when valid, 1 when not.
// fs-extra is a direct dependency because @microsoft/app-manifest 1.1.2 requires it at load time
// but declares it only as a devDependency.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath) {
    console.error("usage: node validate.js <manifest.json>");
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const version = manifest.manifestVersion;
  const schemaFile = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaFile)) {
    console.log(JSON.stringify({ valid: false, schema: schemaFile, errors: [`no schema shipped for manifestVersion ${version}`] }));
    process.exit(1);
  }
  const errors = [];
  const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expectedSchemaUrl) {
    errors.push(`$schema should be ${expectedSchemaUrl}`);
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  errors.push(...await AppManifestUtils.validateAgainstSchema(manifest, schema));
  console.log(JSON.stringify({ valid: errors.length === 0, schema: schemaFile, errors }));
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(3);
});
