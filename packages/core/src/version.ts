import { ConfigError } from './errors.js';

/**
 * The default safe pattern for a version string. A version is passed to deploy
 * commands as an argv element and recorded in GitHub; anything that could be
 * read as shell syntax or a flag is refused before any deployment is created.
 */
export const DEFAULT_VERSION_PATTERN = '^[A-Za-z0-9._/+-]{1,128}$';

/**
 * Throws a ConfigError naming `inputName` when `version` does not match the
 * pattern. The version text is shown JSON-quoted and cut, never interpreted.
 */
export function assertSafeVersion(version: string, pattern: string = DEFAULT_VERSION_PATTERN, inputName = 'version'): string {
  const re = new RegExp(pattern);
  if (!re.test(version) || version.startsWith('-')) {
    const shown = version.length > 40 ? `${JSON.stringify(version.slice(0, 40))}… (${version.length} characters)` : JSON.stringify(version);
    throw new ConfigError([{ path: `input ${inputName}`, message: `expected a version matching ${pattern} (letters, digits and . _ / + -, not starting with -); got ${shown}` }]);
  }
  return version;
}
