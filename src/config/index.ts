export { ConfigError, UsageError, closest, didYouMean } from './errors.js';
export { parseJson, findJsonSyntaxError, JsonSyntaxError } from './json.js';
export {
  CONFIG_FILE_NAMES,
  configFromObject,
  defaultConfig,
  displayConfigPath,
  findConfigFile,
  loadConfig,
  readConfigFile,
  type FoundConfigFile,
  type LoadConfigOptions,
} from './load.js';
export { globMatcher, matchingOverrides, resolveFileConfig, type ResolveOptions } from './resolve.js';
export { configSchema, validateConfig, type SchemaOptions } from './schema.js';
export * from './types.js';
