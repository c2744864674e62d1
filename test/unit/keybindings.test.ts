import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Every default chord of VS Code 1.100 (code-server 4.100.3, Linux) that starts with
 * Ctrl+K, recorded from its default keybindings (`vscode://defaultsettings/keybindings.json`,
 * which the integration suite reads live and checks against too). On macOS the same chords
 * start with Cmd+K.
 */
const VSCODE_CTRL_K_CHORDS = [
  'ctrl+k c', 'ctrl+k ctrl+,', 'ctrl+k ctrl+-', 'ctrl+k ctrl+.', 'ctrl+k ctrl+/', 'ctrl+k ctrl+0',
  'ctrl+k ctrl+1', 'ctrl+k ctrl+2', 'ctrl+k ctrl+3', 'ctrl+k ctrl+4', 'ctrl+k ctrl+5', 'ctrl+k ctrl+6',
  'ctrl+k ctrl+7', 'ctrl+k ctrl+8', 'ctrl+k ctrl+9', 'ctrl+k ctrl+=', 'ctrl+k ctrl+[', 'ctrl+k ctrl+\\\\',
  'ctrl+k ctrl+]', 'ctrl+k ctrl+a', 'ctrl+k ctrl+alt+c', 'ctrl+k ctrl+alt+down', 'ctrl+k ctrl+alt+s',
  'ctrl+k ctrl+alt+up', 'ctrl+k ctrl+b', 'ctrl+k ctrl+c', 'ctrl+k ctrl+d', 'ctrl+k ctrl+down',
  'ctrl+k ctrl+e', 'ctrl+k ctrl+f', 'ctrl+k ctrl+f12', 'ctrl+k ctrl+h', 'ctrl+k ctrl+i', 'ctrl+k ctrl+j',
  'ctrl+k ctrl+k', 'ctrl+k ctrl+l', 'ctrl+k ctrl+left', 'ctrl+k ctrl+m', 'ctrl+k ctrl+n', 'ctrl+k ctrl+o',
  'ctrl+k ctrl+p', 'ctrl+k ctrl+pagedown', 'ctrl+k ctrl+pageup', 'ctrl+k ctrl+q', 'ctrl+k ctrl+r',
  'ctrl+k ctrl+right', 'ctrl+k ctrl+s', 'ctrl+k ctrl+shift+\\\\', 'ctrl+k ctrl+shift+alt+c',
  'ctrl+k ctrl+shift+l', 'ctrl+k ctrl+shift+n', 'ctrl+k ctrl+shift+w', 'ctrl+k ctrl+t', 'ctrl+k ctrl+u',
  'ctrl+k ctrl+up', 'ctrl+k ctrl+w', 'ctrl+k ctrl+x', 'ctrl+k d', 'ctrl+k down', 'ctrl+k e', 'ctrl+k enter',
  'ctrl+k f', 'ctrl+k f12', 'ctrl+k f2', 'ctrl+k i', 'ctrl+k left', 'ctrl+k m', 'ctrl+k o', 'ctrl+k p',
  'ctrl+k right', 'ctrl+k s', 'ctrl+k shift+enter', 'ctrl+k shift+o', 'ctrl+k t', 'ctrl+k u', 'ctrl+k up',
  'ctrl+k v', 'ctrl+k w', 'ctrl+k y', 'ctrl+k z',
];

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { keybindings: Array<{ command: string; key: string; mac?: string; when?: string }> };
};

describe('default keybindings', () => {
  const bindings = manifest.contributes.keybindings;

  it('binds next quote, previous quote and Go to Actor', () => {
    assert.deepEqual(bindings.map((b) => b.command).sort(), ['newsLens.goToActor', 'newsLens.nextQuote', 'newsLens.previousQuote']);
  });

  it('uses no chord or key VS Code binds by default, on Windows/Linux or macOS', () => {
    const taken = new Set([...VSCODE_CTRL_K_CHORDS, ...VSCODE_CTRL_K_CHORDS.map((k) => k.replace(/ctrl\+/g, 'cmd+'))]);
    for (const b of bindings) {
      assert.ok(!taken.has(b.key), `${b.command}: ${b.key} is a VS Code default`);
      assert.ok(b.mac && !taken.has(b.mac), `${b.command}: mac ${b.mac} is a VS Code default`);
    }
  });

  it('is active only in an article editor, never over other documents', () => {
    for (const b of bindings) assert.equal(b.when, 'newsLens.articleActive && editorTextFocus', b.command);
  });

  it('uses Ctrl+K chords (Cmd+K on macOS), so no single key is taken from VS Code', () => {
    for (const b of bindings) {
      assert.match(b.key, /^ctrl\+k [^ ]+$/, b.command);
      assert.equal(b.mac, b.key.replace('ctrl+k', 'cmd+k'), b.command);
    }
  });

  it('gives every command its own chord', () => {
    assert.equal(new Set(bindings.map((b) => b.key)).size, bindings.length);
  });
});
