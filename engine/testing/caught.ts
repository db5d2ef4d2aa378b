// Test helper: the ConfigError a call throws, so that a test can assert on its fields.
import { ConfigError } from '../errors';

/**
 * Runs `run` and returns the {@link ConfigError} it throws; fails the test when it throws
 * nothing or something else.
 *
 * @example caughtConfigError(() => stackShapes([0], [])).constraint // 'input-size'
 */
export function caughtConfigError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but nothing was thrown');
}
