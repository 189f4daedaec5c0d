import { ConfigError } from './errors.js';

/**
 * The default safe pattern for a version string. A version is passed to deploy
 * commands as an argv element, filled into URLs, paths and check commands, and
 * recorded in GitHub; anything that could be read as shell syntax, a flag, an
 * absolute path or a step up a directory tree (`..` as a path segment) is
 * refused before any placeholder is filled. `1.2..3` stays allowed: only a
 * whole `..` segment climbs out of a directory.
 */
export const DEFAULT_VERSION_PATTERN = '^(?![/-])(?!(?:.*/)?\\.\\.(?:/|$))[A-Za-z0-9._/+-]{1,128}$';

/**
 * Throws a ConfigError naming `input <inputName>` when `version` does not
 * match the pattern (or starts with `-`, whatever the pattern: an argv element
 * starting with `-` is read as a flag). The version text is shown JSON-quoted
 * and cut, never interpreted.
 */
export function assertSafeVersion(version: string, pattern: string = DEFAULT_VERSION_PATTERN, inputName = 'version'): string {
  const re = new RegExp(pattern);
  if (!re.test(version) || version.startsWith('-')) {
    const shown = version.length > 40 ? `${JSON.stringify(version.slice(0, 40))}… (${version.length} characters)` : JSON.stringify(version);
    const rule = pattern === DEFAULT_VERSION_PATTERN ? ' (1 to 128 letters, digits and . _ / + -, not starting with - or /, no .. path segment)' : ' (and not starting with -)';
    throw new ConfigError([{ path: `input ${inputName}`, message: `expected a version matching ${pattern}${rule}; got ${shown}` }]);
  }
  return version;
}
