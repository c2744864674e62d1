// End-to-end test of what users install: packages the .vsix, checks its size and
// contents, installs it into a fresh code-server profile (no extensionDevelopmentPath),
// then drives the workbench in headless Chromium as a person would: open the fixture
// article with Quick Open, check the status bar language, run "News: Show Article
// Summary" from the Command Palette and wait for its notification; make a correction and
// see it again after a window reload; correct an untitled article and save it as a file.
// Screenshots go to test-results/. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  codeServerCli, freshProfile, installCodeServer, launchBrowser, log, main, repoRoot, run, startCodeServer,
  webHostSettings, workbenchUrl,
} from './code-server-lib.mjs';

const MAX_VSIX_BYTES = 2 * 1024 * 1024;
const ARTICLE = 'harbour-strike.article.txt';
/** What the summary command says about the fixture (see the integration suite). */
const SUMMARY = /^403 words · 15 paragraphs · news-article · analysis on · \d+ actors · \d+ quotes/;

/**
 * Files the .vsix must contain, and nothing else but more media. vsce stores README.md
 * and CHANGELOG.md as readme.md and changelog.md, and LICENSE as LICENSE.txt.
 */
const requiredEntries = [
  '[Content_Types].xml', 'extension.vsixmanifest',
  'extension/package.json', 'extension/dist/extension.js', 'extension/dist/worker.js', 'extension/dist/cli.js',
  'extension/dist/web/extension.js', 'extension/dist/web/worker.js',
  'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/language-configuration.json',
  'extension/syntaxes/news-article.tmLanguage.json', 'extension/media/icon.png',
];
const isAllowedEntry = (name) => requiredEntries.includes(name) || /^extension\/media\/[^/]+$/.test(name);

const resultsDir = join(repoRoot, 'test-results');

main(async () => {
  const started = Date.now();
  const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const { name, publisher, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const vsix = join(repoRoot, `${name}-${version}.vsix`);

  // 1. Package, and check what would ship.
  rmSync(vsix, { force: true });
  run('npm', ['run', 'package']);
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  checkVsix(vsix);
  log(`packaged and checked ${vsix} after ${seconds(started)}`);

  // 2. Install it the way a user does, into a fresh profile.
  installCodeServer();
  const profile = freshProfile('e2e', { 'editor.wordWrap': 'on' }); // whole lines in the screenshots
  codeServerCli(['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix]);
  const installed = join(profile.extensionsDir, `${publisher}.${name}-${version}`.toLowerCase());
  if (!existsSync(join(installed, 'package.json'))) throw new Error(`the .vsix did not install into ${installed}`);
  log(`installed into ${installed}`);

  // 3. Use it in the workbench.
  const folder = join(repoRoot, 'test/fixtures');
  const server = await startCodeServer({ ...profile, folder, logFile: join(profile.root, 'code-server.log') });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  mkdirSync(resultsDir, { recursive: true });

  try {
    await page.goto(workbenchUrl(server, folder));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view').waitFor();
    log('workbench loaded');

    await openWithQuickOpen(page, ARTICLE);
    const language = page.locator('[id="status.editor.mode"]');
    await language.filter({ hasText: 'News Article' }).waitFor();
    log(`status bar language: ${(await language.innerText()).trim()}`);

    await runFromCommandPalette(page, 'News: Show Article Summary');
    // The summary opens beside the article in the Markdown preview (a webview).
    await page.locator('.tab').filter({ hasText: `Summary of ${ARTICLE}` }).waitFor();
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const heading = preview.locator('h1');
    await heading.waitFor();
    const facts = (await preview.locator('p em').first().innerText()).trim();
    if (!SUMMARY.test(facts)) throw new Error(`unexpected summary: "${facts}"`);
    log(`summary: ${facts}; ${await preview.locator('table').count()} tables`);

    await page.screenshot({ path: join(resultsDir, 'e2e-article.png') });
    log(`screenshot: ${join(resultsDir, 'e2e-article.png')}`);

    // The editor features as a user sees them, in a dark and a light theme.
    await useTheme(page, profile, 'Default Dark Modern', '.vs-dark');
    await showcase(page, 'dark');
    await useTheme(page, profile, 'Default Light Modern', '.vs:not(.vs-dark)');
    await showcase(page, 'light');
    await useTheme(page, profile, 'Default High Contrast', '.hc-black');
    await showcase(page, 'high-contrast');
    await correctAsAUser(page);
    await saveUntitledAsAUser(page);

    // The same extension in the web-worker extension host, as on vscode.dev (with its
    // engine in a nested Web Worker): the user setting moves it there.
    await useTheme(page, profile, 'Default Dark Modern', '.vs-dark', webHostSettings());
    // After a reload the workbench may restore the editors of its last saved state a moment
    // later: close until none comes back.
    await closeAllEditors(page);
    await openWithQuickOpen(page, ARTICLE);
    await runFromCommandPalette(page, 'News: Show Article Summary');
    await page.locator('.tab').filter({ hasText: `Summary of ${ARTICLE}` }).waitFor();
    const webPreview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await webPreview.locator('h1').waitFor();
    const webFacts = (await webPreview.locator('p em').first().innerText()).trim();
    if (!SUMMARY.test(webFacts)) throw new Error(`unexpected summary in the web host: "${webFacts}"`);
    log(`web host summary: ${webFacts}`);
    // The article highlighted by the engine running in the web-worker host.
    await closeAllEditors(page);
    await openWithQuickOpen(page, ARTICLE);
    await page.locator('.editor-container .monaco-editor .view-lines').click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(resultsDir, 'e2e-web-dark.png') });
    log(`screenshot: ${join(resultsDir, 'e2e-web-dark.png')}`);
  } catch (err) {
    await page.screenshot({ path: join(resultsDir, 'e2e-failure.png') }).catch(() => {});
    log(`screenshot of the failure: ${join(resultsDir, 'e2e-failure.png')}`);
    throw err;
  }

  log(`e2e passed in ${seconds(started)}`);
  return 0;
});

/**
 * Sets the colour theme (and `settings`) in the user settings and reloads the window
 * (code-server reads a theme changed on disk only at start-up).
 */
async function useTheme(page, profile, theme, selector, settings = {}) {
  const file = join(profile.userDataDir, 'User/settings.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), 'workbench.colorTheme': theme, ...settings }, null, 2));
  // Through the workbench's own reload, which saves its state first: after a bare page
  // reload it restored the editors of an older state, late, over the file opened next.
  const reloaded = page.waitForEvent('load');
  await runFromCommandPalette(page, 'Developer: Reload Window');
  await reloaded;
  await page.locator(`.monaco-workbench${selector}`).waitFor();
  // The side bar reopens on the container last shown (News Lens, after a showcase).
  // (A container of one view, like News Lens's, hides its pane header: wait for the title.)
  await page.locator('.part.sidebar .composite.title').first().waitFor();
  log(`switched to ${theme}`);
}

/**
 * Opens the council fixture, shows the outline and actors views and an actor's hover
 * card, checks what they say, and saves `test-results/e2e-THEME.png`.
 */
async function showcase(page, theme) {
  const fixture = 'council-budget.article.txt';
  await runFromCommandPalette(page, 'View: Close All Editors');
  await openWithQuickOpen(page, fixture);
  await runFromCommandPalette(page, 'Notifications: Clear All Notifications');

  await runFromCommandPalette(page, 'Explorer: Focus on Outline View');
  await page.locator('.outline-pane .monaco-list-row').filter({ hasText: 'Council approves' }).first().waitFor();
  await runFromCommandPalette(page, 'Focus on Actors View');
  const actorsView = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'Actors' }) });
  await actorsView.locator('.monaco-list-row').filter({ hasText: 'Helen Ashworth' }).first().waitFor();
  // The legend, expanded for the screenshot.
  // (A refresh as the analysis lands can re-render the row, so expand until the entries show.)
  const legend = actorsView.locator('.monaco-list-row').filter({ hasText: 'Legend' }).first();
  const quoteEntry = actorsView.locator('.monaco-list-row').filter({ hasText: 'highlight · newsLens.quote' }).first();
  for (let tries = 0; tries < 20 && !(await quoteEntry.isVisible()); tries++) {
    if ((await legend.getAttribute('aria-expanded')) !== 'true') await legend.click();
    await page.waitForTimeout(250);
  }
  await quoteEntry.waitFor();
  log('actors view shows the article and the legend');
  // Speaker labels are inlay hints, only after quotes whose speaker is not named beside them.
  const labels = await page.locator('.editor-container .monaco-editor .view-lines').innerText();
  if (!/— Tom Ashworth/.test(labels) && !/— Helen Ashworth/.test(labels)) log('note: no speaker label in the visible lines');

  // The hover card of the actor under the cursor.
  const text = readFileSync(join(repoRoot, 'test/fixtures', fixture), 'utf8');
  const card = await hoverCard(page, text, text.indexOf('Tom Ashworth, the leader') + 2, 'Tom Ashworth');
  if (!/Tom Ashworth · person/.test(card) || !/\d+ mentions? · 2 quotes/.test(card)) throw new Error(`unexpected hover card: ${card}`);
  log(`hover card: ${card.slice(0, 160)}`);

  // The hover fades in; a screenshot taken during the fade shows it half transparent.
  await page.waitForTimeout(400);
  const shot = join(resultsDir, `e2e-${theme}.png`);
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
  await page.keyboard.press('Escape');
}

/**
 * A correction as a user makes one in the installed extension: the cursor on "Green Party",
 * "Correction: Set Type…" from the Command Palette, "Place" in its quick pick. The sidecar
 * is written beside the article (the article itself untouched), the hover card says so and
 * the Actors view lists the name under Places, and still does after a window reload;
 * "Correction: Remove Correction" undoes it. The sidecar is removed after.
 */
async function correctAsAUser(page) {
  const fixture = 'council-budget.article.txt';
  const articleFile = join(repoRoot, 'test/fixtures', fixture);
  const sidecar = join(repoRoot, 'test/fixtures', 'council-budget.article.newslens.json');
  const original = readFileSync(articleFile, 'utf8');
  rmSync(sidecar, { force: true });
  try {
    await runFromCommandPalette(page, 'View: Close All Editors');
    await openWithQuickOpen(page, fixture);
    const offset = original.indexOf('Green Party') + 2;
    await makePlace(page, original, offset);
    for (let tries = 0; tries < 40 && !existsSync(sidecar); tries++) await page.waitForTimeout(250);
    if (!existsSync(sidecar)) throw new Error(`no sidecar written at ${sidecar}`);
    const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
    if (saved.corrections?.length !== 1 || saved.corrections[0].action !== 'type' || saved.corrections[0].type !== 'place') throw new Error(`unexpected sidecar: ${JSON.stringify(saved)}`);
    if (readFileSync(articleFile, 'utf8') !== original) throw new Error('the article file was changed');
    await showsCorrection(page, original, offset);
    log(`correction saved to ${sidecar}: ${JSON.stringify(saved.corrections[0])}`);
    await page.screenshot({ path: join(resultsDir, 'e2e-correction.png') });

    // "Developer: Reload Window" (a fresh extension host): the correction, read back from
    // the sidecar, shows in the hover card and the Actors view again.
    const reloaded = page.waitForEvent('load');
    await runFromCommandPalette(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor();
    const restored = await page.locator('.tab.active').filter({ hasText: fixture }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
    log(`window reloaded; the article ${restored ? 'was restored' : 'was not restored, opening it'}`);
    if (!restored) await openWithQuickOpen(page, fixture);
    await page.locator('.editor-container .monaco-editor .view-lines').waitFor();
    await showsCorrection(page, original, offset);

    await goToOffset(page, original, offset);
    await runFromCommandPalette(page, 'News: Correction: Remove Correction');
    const left = () => (existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')).corrections?.length ?? 0) : 0);
    for (let tries = 0; tries < 40 && left() > 0; tries++) await page.waitForTimeout(250);
    if (left() !== 0) throw new Error(`the correction was not removed: ${readFileSync(sidecar, 'utf8')}`);
    log('correction removed');
  } finally {
    rmSync(sidecar, { force: true });
  }
}

/**
 * The correction the e2e makes, as a user does: the cursor at `offset` of the active
 * editor (showing `text`), "Correction: Set Type…" from the Command Palette, "Place" in
 * its quick pick.
 */
async function makePlace(page, text, offset) {
  await goToOffset(page, text, offset);
  await runFromCommandPalette(page, 'News: Correction: Set Type (Person, Organization, Place)…');
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Place' }).first().waitFor();
  await input.fill('Place');
  await input.press('Enter');
}

/**
 * Fails unless the active editor (showing `text`) shows the correction `makePlace` made
 * at `offset` ("Green Party" is a place) as a user sees it: in the hover card there and
 * in the Actors view.
 */
async function showsCorrection(page, text, offset) {
  const expected = 'Corrected: “Green Party” is a place';
  const card = await hoverCard(page, text, offset, expected);
  await page.keyboard.press('Escape');
  await runFromCommandPalette(page, 'Focus on Actors View');
  const actorsView = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'Actors' }) });
  await actorsView.locator('.monaco-list-row').filter({ hasText: /^Places/ }).first().waitFor();
  await actorsView.locator('.monaco-list-row').filter({ hasText: 'Green Party' }).first().waitFor();
  log(`the correction shows in the hover card (${card.slice(0, 100)}…) and the Actors view (Green Party under Places)`);
}

/**
 * An untitled article corrected, then saved with "File: Save As…" (code-server's file
 * dialog is a quick input: the path is typed in): the correction, kept in memory until
 * then, is written to the sidecar of the saved file and still shows there. The saved
 * article holds the text as typed, nothing else. Both files are removed after.
 */
async function saveUntitledAsAUser(page) {
  const original = readFileSync(join(repoRoot, 'test/fixtures/council-budget.article.txt'), 'utf8');
  const articleFile = join(repoRoot, 'test/fixtures', `e2e-untitled-${process.pid}.article.txt`);
  const sidecar = articleFile.replace(/\.txt$/, '.newslens.json');
  const cleanUp = () => {
    rmSync(articleFile, { force: true });
    rmSync(sidecar, { force: true });
  };
  cleanUp();
  try {
    await runFromCommandPalette(page, 'View: Close All Editors');
    await runFromCommandPalette(page, 'File: New Untitled Text File');
    await page.locator('.tab.active').filter({ hasText: 'Untitled' }).waitFor();
    await page.locator('.editor-container .monaco-editor .view-lines').click();
    await page.keyboard.insertText(original);
    const offset = original.indexOf('Green Party') + 2;
    await makePlace(page, original, offset);
    await showsCorrection(page, original, offset);
    if (existsSync(sidecar)) throw new Error(`a sidecar was written for an untitled article: ${sidecar}`);
    log('corrected in the untitled article (in memory)');

    await page.locator('.editor-container .monaco-editor .view-lines').click();
    await runFromCommandPalette(page, 'File: Save As...');
    const input = page.locator('.quick-input-widget input');
    // The dialog fills in a suggested path once it has listed the folder: type over it after that.
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    for (let tries = 0; tries < 20 && (await input.inputValue()) !== articleFile; tries++) {
      await input.fill(articleFile);
      await page.waitForTimeout(250);
    }
    if ((await input.inputValue()) !== articleFile) throw new Error(`the Save As dialog did not take the path ${articleFile}`);
    await input.press('Enter');
    await page.locator('.tab.active').filter({ hasText: articleFile.slice(articleFile.lastIndexOf('/') + 1) }).waitFor();
    for (let tries = 0; tries < 40 && !existsSync(sidecar); tries++) await page.waitForTimeout(250);
    if (!existsSync(sidecar)) throw new Error(`the untitled article's correction was not written to ${sidecar}`);
    const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
    if (saved.corrections?.length !== 1 || saved.corrections[0].type !== 'place' || saved.corrections[0].text !== 'Green Party') throw new Error(`unexpected sidecar: ${JSON.stringify(saved)}`);
    if (readFileSync(articleFile, 'utf8') !== original) throw new Error(`${articleFile} does not hold the article as typed`);
    log(`saved as ${articleFile}; correction handed over to ${sidecar}`);
    await showsCorrection(page, original, offset);
    await runFromCommandPalette(page, 'View: Close All Editors'); // before the files go
  } finally {
    cleanUp();
  }
}

/** Fails unless the .vsix is small and holds exactly the files users need. */
function checkVsix(vsix) {
  const bytes = statSync(vsix).size;
  log(`${vsix}: ${(bytes / 1024).toFixed(0)} KB`);
  if (bytes >= MAX_VSIX_BYTES) throw new Error(`the .vsix is ${bytes} bytes; it must stay under ${MAX_VSIX_BYTES}`);

  const listing = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
  if (listing.error || listing.status !== 0) throw new Error(`unzip -Z1 failed: ${listing.error?.message ?? listing.stderr}`);
  const entries = listing.stdout.split('\n').filter((line) => line !== '' && !line.endsWith('/'));
  for (const entry of entries) console.log(`  ${entry}`);

  // The README's images must ship inside the .vsix under relative paths, so the installed
  // extension's page shows them offline (vsce runs with --no-rewrite-relative-links).
  const readme = spawnSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' }).stdout;
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
  if (images.length === 0) throw new Error('the packaged README shows no image');
  for (const image of images) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(image)) throw new Error(`the packaged README links an image over the network: ${image}`);
    if (!entries.includes(`extension/${image}`)) throw new Error(`the packaged README shows ${image}, which is not in the .vsix`);
  }
  log(`README images packaged: ${images.join(', ')}`);

  const missing = requiredEntries.filter((entry) => !entries.includes(entry));
  const unexpected = entries.filter((entry) => !isAllowedEntry(entry));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(`the .vsix has the wrong files: missing [${missing.join(', ')}], unexpected [${unexpected.join(', ')}]`);
  }
}

/** Puts the cursor of the active editor, showing `text`, at `offset` (Go to Line/Column). */
async function goToOffset(page, text, offset) {
  const lines = text.slice(0, offset).split('\n');
  await page.locator('.editor-container .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${lines.length}:${lines[lines.length - 1].length + 1}`);
  await page.keyboard.press('Enter');
}

/**
 * The hover card at `offset` of the active editor (showing `text`), as flat text, once it
 * says `expected`; asked for again a few times while the analysis lands.
 */
async function hoverCard(page, text, offset, expected) {
  for (let attempt = 1; ; attempt++) {
    await goToOffset(page, text, offset);
    await runFromCommandPalette(page, 'Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected });
    const shown = await hover.waitFor({ timeout: 5000 }).then(() => true, (err) => {
      if (attempt >= 6) throw err;
      return false;
    });
    if (shown) return (await hover.innerText()).replace(/\s+/g, ' ');
    await page.keyboard.press('Escape');
  }
}

/** Ctrl+P, the file name, a click on its row; resolves when its editor tab is active. */
async function openWithQuickOpen(page, fileName) {
  // Again if the first Ctrl+P went to a webview that had the focus (a Markdown preview), or
  // if an editor the workbench restored late took the place of the preview tab opened.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(fileName);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: fileName }).first();
    await row.waitFor();
    // A click on the file's row, not Enter: Enter opens the focused row, which may still be a
    // recently opened file while the search for this one lands.
    await row.click();
    const opened = await page.locator('.tab.active').filter({ hasText: fileName }).waitFor({ timeout: attempt < 3 ? 10_000 : 30_000 }).then(() => true, (err) => {
      if (attempt >= 3) throw err;
      return false;
    });
    if (opened) break;
    await page.keyboard.press('Escape');
  }
  await page.locator('.editor-container .monaco-editor .view-lines').waitFor();
  log(`opened ${fileName}`);
}

/** Closes every editor, again if the workbench restores one after (it may, just after a reload). */
async function closeAllEditors(page) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    await runFromCommandPalette(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
    // Settled when no tab shows up again for a while (after a reload into the web-worker
    // host the workbench has restored an editor more than 2 s later).
    const back = await page.locator('.tabs-container .tab').first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (!back) return;
    log(`an editor came back after Close All Editors (attempt ${attempt}); closing again`);
  }
  throw new Error('editors keep reopening after Close All Editors');
}

/** F1, the command's title, Enter (or a click on it when the palette ranks another command first). */
async function runFromCommandPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor();
  if (await page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: title }).count()) await input.press('Enter');
  else await row.click();
  log(`ran "${title}" from the Command Palette`);
}
