// Opens a ctocio picture (SVG) or page (HTML) in headless Chromium and reports, as JSON on
// stdout, what tests/test_pictures.py checks: the screenshot it took, which fonts drew each
// piece of Devanagari, and (for a page) what axe-core finds.
//
//   node look.cjs MODULES CHROMIUM FILE PNG WIDTH HEIGHT PROFILE [AXE_JS]
//
// MODULES is the node_modules folder holding playwright-core; CHROMIUM the browser to drive
// (Debian's chromium); PROFILE a fresh --user-data-dir. HEIGHT 0 takes the whole page.
"use strict";

const path = require("path");
const [modules, executable, file, png, width, height, profile, axe] = process.argv.slice(2);
const { chromium } = require(path.join(modules, "playwright-core"));

const DEVANAGARI = /[\u0900-\u097f\ua8e0-\ua8ff]/;

async function main() {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    viewport: { width: Number(width), height: Number(height) || 600 },
    deviceScaleFactor: 1,
    offline: true,
  });
  const requests = [];
  context.on("request", (request) => {
    if (!request.url().startsWith("file:")) requests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: png, fullPage: Number(height) === 0 });

  // Every element with Devanagari of its own, and the fonts Chromium drew that text with.
  const count = await page.evaluate((pattern) => {
    const devanagari = new RegExp(pattern);
    let number = 0;
    for (const element of document.querySelectorAll("*")) {
      // A page's or picture's title names it to the browser; it is not drawn.
      if (element.closest("head") || element.localName === "title") continue;
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
      if (own.some((node) => devanagari.test(node.textContent))) {
        element.setAttribute("data-look", String(number++));
      }
    }
    return number;
  }, DEVANAGARI.source);
  const cdp = await context.newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "[data-look]" });
  const fonts = [];
  for (const nodeId of nodeIds) {
    const found = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    fonts.push(found.fonts.map((font) => font.familyName));
  }
  await page.evaluate(() => document.querySelectorAll("[data-look]").forEach((e) => e.removeAttribute("data-look")));

  let violations = null;
  if (axe) {
    await page.addScriptTag({ path: axe });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }
  const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);

  // Printed: the headings lose their background, and it comes to pages.
  let print = null;
  if (axe) {
    await page.emulateMedia({ media: "print" });
    const heading = await page.evaluate(() => {
      const th = document.querySelector("thead th");
      return th ? getComputedStyle(th).backgroundColor : null;
    });
    const pdf = await page.pdf({ format: "A4" });
    print = { heading, pages: (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length };
  }
  await context.close();
  process.stdout.write(JSON.stringify({ devanagari: count, fonts, violations, requests, size, print }) + "\n");
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
