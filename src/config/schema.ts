// The config file's JSON Schema, and validation that turns the first schema
// violation into one line naming the key: `rules.fiction-frame: expected one of
// off|info|warning|error, got "fatal"`.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError, didYouMean } from './errors.js';
import { PROFILES, SEVERITIES, WEIGHTS, type NeglintConfig, type RuleDefault } from './types.js';

export const TOP_LEVEL_KEYS = ['$schema', 'rules', 'include', 'exclude', 'format', 'fields', 'profile', 'overrides'] as const;
export const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'format', 'fields', 'profile'] as const;

export interface SchemaOptions {
  /** Known rule and input-problem ids; any other id under `rules` is an error. */
  ruleIds: string[];
  /** Known format adapter names; when given, `format` must be `auto` or one of them. */
  formats?: string[];
}

/** The JSON Schema of a config file for the given rules (also usable as a `$schema` target). */
export function configSchema(options: SchemaOptions): Record<string, unknown> {
  const severity = { enum: [...SEVERITIES], description: 'off, info, warning or error' };
  const ruleSetting = {
    description: 'A severity, or [severity, {options}]',
    type: ['string', 'array'],
    if: { type: 'string' },
    then: severity,
    else: {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: [severity, { type: 'object' }],
      additionalItems: false,
    },
  };
  const rules = {
    description: 'Severity per rule id (see neglint --list-rules)',
    type: 'object',
    properties: Object.fromEntries(options.ruleIds.map((id) => [id, { $ref: '#/definitions/ruleSetting' }])),
    additionalProperties: false,
  };
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  const formatDescription = 'Record format: auto (detected per file) or an adapter name; fields uses the field mapping';
  const format = options.formats
    ? { enum: ['auto', ...options.formats], description: formatDescription }
    : { type: 'string', minLength: 1, description: formatDescription };
  const fields = {
    description: 'Field mapping for custom record shapes: JSON Pointer -> trained, context or penalized',
    type: 'object',
    propertyNames: { pattern: '^(/.*)?$' },
    additionalProperties: { enum: [...WEIGHTS] },
  };
  const profile = { enum: [...PROFILES], description: 'whole-conversation: the trainer trains on every turn (no prompt masking)' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'neglint config',
    type: 'object',
    definitions: { ruleSetting },
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file, for editors' },
      rules,
      include: { ...globs, description: 'Globs of the dataset files a directory expands to (default: .jsonl .ndjson .json .md .txt and .gz)' },
      exclude: { ...globs, description: 'Globs of files never linted' },
      format,
      fields,
      profile,
      overrides: {
        description: 'Settings for the files matching each entry\'s globs, applied in order',
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          properties: {
            files: { ...globs, minItems: 1 },
            excludedFiles: globs,
            rules,
            format,
            fields,
            profile,
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

/**
 * ajv is some 60 CommonJS modules, a tenth of the CLI's start-up, and most
 * runs have no config file to validate: it is loaded on first need. The
 * asynchronous load is what a bundle (the GitHub Action) can follow; the
 * synchronous fallback serves configFromObject called on its own.
 */
let Ajv: typeof AjvClass | undefined;
let ajv: AjvClass | undefined;

export async function loadConfigValidator(): Promise<void> {
  Ajv ??= (await import('ajv')).Ajv;
}

const cache = new Map<string, ValidateFunction>();

function validator(options: SchemaOptions): ValidateFunction {
  const key = JSON.stringify([options.ruleIds, options.formats ?? null]);
  let validate = cache.get(key);
  if (!validate) {
    Ajv ??= (createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass }).Ajv;
    ajv ??= new Ajv({ allErrors: false, verbose: true, strict: true, strictTypes: false, strictTuples: false });
    validate = ajv.compile(configSchema(options));
    cache.set(key, validate);
  }
  return validate;
}

/**
 * Check a parsed config value against the schema. Throws a ConfigError whose
 * message is `config error in <source>: <key>: <problem>`.
 */
export function validateConfig(value: unknown, source: string, options: SchemaOptions): NeglintConfig {
  const validate = validator(options);
  if (validate(value)) return value as NeglintConfig;
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  const error = errors[0] ?? validate.errors?.[0];
  const problem = error ? describeError(error, options) : 'invalid config';
  throw new ConfigError(`config error in ${source}: ${problem}`);
}

/** For rules passed as `knownRules`. */
export function schemaOptionsFor(knownRules: RuleDefault[], formats?: string[]): SchemaOptions {
  return formats ? { ruleIds: knownRules.map((rule) => rule.id), formats } : { ruleIds: knownRules.map((rule) => rule.id) };
}

// ------------------------------------------------------------------ messages

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/overrides/0/rules/x` -> `overrides[0].rules.x`; odd keys are quoted: `fields["/messages"]`. */
export function keyPath(segments: string[]): string {
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    null: 'null',
  };
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

function isRulesObject(segments: string[]): boolean {
  return segments[segments.length - 1] === 'rules' && (segments.length === 1 || segments[0] === 'overrides');
}

function describeError(error: ErrorObject, options: SchemaOptions): string {
  const segments = pointerSegments(error.instancePath);
  const path = keyPath(segments);
  const at = (p: string) => (p === '' ? 'the config' : p);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const full = keyPath([...segments, key]);
      if (isRulesObject(segments)) return `${full}: unknown rule${didYouMean(key, options.ruleIds)}`;
      const allowed: readonly string[] =
        segments.length === 0 ? TOP_LEVEL_KEYS : segments[0] === 'overrides' && segments.length === 2 ? OVERRIDE_KEYS : [];
      const hint = didYouMean(key, allowed);
      return `${full}: unknown key${hint || (allowed.length ? ` (allowed: ${allowed.join(', ')})` : '')}`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const got = typeof error.data === 'string' ? `${JSON.stringify(error.data)}${didYouMean(error.data, allowed)}` : describeValue(error.data);
      return `${at(path)}: expected one of ${allowed.join('|')}, got ${got}`;
    }
    case 'type':
      if (segments.length === 0) return `the config must be a JSON object, got ${describeValue(error.data)}`;
      if (segments.length >= 2 && isRulesObject(segments.slice(0, -1)))
        return `${path}: expected a severity (off|info|warning|error) or [severity, {options}], got ${describeValue(error.data)}`;
      return `${path}: expected ${typeName(params.type)}, got ${describeValue(error.data)}`;
    case 'minItems':
    case 'maxItems':
    case 'additionalItems':
      if (segments.length >= 2 && isRulesObject(segments.slice(0, -1)))
        return `${path}: expected "severity" or ["severity", {options}], got an array of ${(error.data as unknown[]).length}`;
      if (segments[segments.length - 1] === 'files') return `${path}: must list at least one glob`;
      return `${path}: ${error.message ?? 'wrong number of items'}`;
    case 'required':
      return `${keyPath([...segments, String(params.missingProperty)])}: missing (required)`;
    case 'propertyNames':
    case 'pattern':
      if (error.propertyName !== undefined || params.propertyName !== undefined) {
        const name = String(error.propertyName ?? params.propertyName);
        return `${at(path)}: ${JSON.stringify(name)} is not a JSON Pointer (it must start with "/")`;
      }
      return `${at(path)}: ${error.message ?? 'does not match'}`;
    case 'minLength':
      return `${path}: must not be empty`;
    default:
      return `${at(path)}: ${error.message ?? 'is invalid'}`;
  }
}
