// Screenshots of the Sources panel and the folder view, in the Dark Modern and Light
// Modern themes, for the README: `node test/runner/sources-screenshots.mjs` (THEMES=light
// for one set; heavy: run
// it under `flock /tmp/nl-heavy.lock`). Uses the extension under development (built
// first) in code-server + headless Chromium; writes media/screenshot-sources-*.png.
import { join } from 'node:path';
import {
  build, installCodeServer, launchBrowser, log, main, remoteUri, repoRoot, startCodeServer, freshProfile, workbenchUrl,
} from './code-server-lib.mjs';

main(async () => {
  build();
  installCodeServer();
  const folder = join(repoRoot, 'test/fixtures');
  const browser = await launchBrowser();
  const themes = [['Default Dark Modern', 'dark', '.vs-dark'], ['Default Light Modern', 'light', '.vs:not(.vs-dark)']];
  // THEMES=light retakes one set.
  const only = process.env.THEMES?.split(',');
  for (const [theme, name, themeClass] of themes.filter(([, n]) => !only || only.includes(n))) {
    const profile = freshProfile(`sources-${name}`, { 'workbench.colorTheme': theme, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false });
    const server = await startCodeServer({ ...profile, folder, logFile: join(profile.root, 'code-server.log') });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(60_000);
    await page.goto(workbenchUrl(server, folder, [['extensionDevelopmentPath', remoteUri(server, repoRoot)]]));
    await page.locator('.monaco-workbench').waitFor();
    // An Extension Development Host window does not read the theme from the user settings
    // file here: pick it as a user would.
    if (!(await page.locator(`.monaco-workbench${themeClass}`).waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+T'); // Preferences: Color Theme
      const input = page.locator('.quick-input-widget input');
      const label = theme.replace(/^Default /, ''); // the picker lists "Dark Modern"
      await input.fill(label);
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first().waitFor({ timeout: 15_000 }).catch(async (err) => {
        await page.screenshot({ path: join(repoRoot, 'test-results/sources-theme-failure.png') });
        throw err;
      });
      await input.press('Enter');
      await page.locator(`.monaco-workbench${themeClass}`).waitFor();
    }
    await page.locator('.explorer-folders-view').waitFor();

    // One article: open it, then the Sources panel beside it.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('ferry-fares.txt');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'ferry-fares.txt' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active').filter({ hasText: 'ferry-fares.txt' }).waitFor();
    // The extension is active and the article analysed once the status bar counts its quotes.
    await page.locator('.statusbar-item').filter({ hasText: /quotes?/ }).first().waitFor();
    await palette(page, 'News: Show Sources');
    await page.locator('.tab').filter({ hasText: 'Sources — ferry-fares.txt' }).waitFor();
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('h1').waitFor();
    await palette(page, 'Notifications: Clear All Notifications');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(repoRoot, `media/screenshot-sources-${name}.png`) });
    log(`screenshot: media/screenshot-sources-${name}.png`);

    // A folder: the Explorer's context menu on "sources".
    await palette(page, 'View: Close All Editors');
    // The Actors view has its own container: bring the Explorer back first.
    await palette(page, 'View: Show Explorer');
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^sources$/ }).first();
    await row.click({ button: 'right' });
    const item = page.locator('.context-view .action-label').filter({ hasText: 'Analyse Folder: Sources' });
    await item.hover();
    await page.keyboard.press('Enter');
    await page.locator('.tab').filter({ hasText: 'Sources — sources' }).waitFor().catch(async (err) => {
      await page.screenshot({ path: join(repoRoot, 'test-results/sources-failure.png') });
      throw err;
    });
    await page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame').locator('h1').waitFor();
    await palette(page, 'Notifications: Clear All Notifications');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(repoRoot, `media/screenshot-folder-${name}.png`) });
    log(`screenshot: media/screenshot-folder-${name}.png`);
    await page.close();
    server.stop?.();
  }
  return 0;
});

async function palette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
  await input.press('Enter');
}
