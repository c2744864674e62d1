// Runs the integration suites in desktop VS Code through @vscode/test-electron, for
// contributors on a machine that can download VS Code (it fetches the current stable
// build into .vscode-test/ on first use). CI and machines without that access use
// test/runner/code-server.mjs, which runs the same suites in code-server.
//
// Environment: VSCODE_VERSION (default "stable"; e.g. "1.90.0" for the oldest engine we support).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { build, repoRoot } from './code-server-lib.mjs';

try {
  build();
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out/test/integration/index.js'),
    launchArgs: [
      join(repoRoot, 'test/fixtures'),
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
