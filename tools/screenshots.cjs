// Screenshots of the chart pages at a phone's and a laptop's width (issue 19), with a check of what a
// screenshot cannot show: every mark has a tooltip (<title>) and no label reaches outside its drawing.
//   NODE_PATH=<a node_modules holding puppeteer-core> node tools/screenshots.cjs http://localhost:8080 OUT_DIR
// (puppeteer-core comes with Lighthouse: bench/lighthouse.sh's npx cache has it). Uses Debian's Chromium.
const puppeteer = require('puppeteer-core');
const fs = require('node:fs');

(async () => {

const [base, out = 'target/screenshots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], headless: true });

async function check(page, name) {
  const report = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg')].map(svg => {
    const box = svg.getBoundingClientRect();
    const clipped = [...svg.querySelectorAll('text')].filter(t => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
    }).map(t => t.textContent);
    const marks = svg.querySelectorAll('.mark').length;
    const tips = [...svg.querySelectorAll('.mark > title')].filter(t => t.textContent.trim()).length;
    return { chart: svg.getAttribute('aria-label'), width: Math.round(box.width), marks, tips, clipped };
  }));
  console.log(name, JSON.stringify(report));
}

for (const [width, height, label] of [[390, 844, 'phone'], [1366, 768, 'laptop']]) {
  const page = await browser.newPage();
  page.setDefaultTimeout(120000);
  page.setDefaultNavigationTimeout(120000);
  await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 500 });
  await page.goto(`${base}/pledges?lang=es`, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: `${out}/dashboard-${label}.png`, fullPage: true });
  await check(page, `dashboard-${label}`);
  const figures = await page.$$('figure.chart-box');
  for (let i = 0; i < figures.length; i++) {
    await figures[i].screenshot({ path: `${out}/dashboard-${label}-chart${i}.png` });
  }

  await page.goto(`${base}/portability/calculator?lang=es`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => {
    document.getElementById('birthDate').value = '1959-03-10';
    document.getElementById('claimDate').value = '2026-06-01';
    document.getElementById('periods0.from').value = '1980-01-01';
    document.getElementById('periods0.to').value = '2005-12-31';
  });
  await page.select('#claimCountry', 'ES');
  await page.select('#periods0\\.country', 'EC');
  // the form answers in place (htmx) or by a new page: wait for the chart either way
  await page.click("button[value='calculate']:not(.visually-hidden)");
  await page.waitForSelector('#portability-chart svg .mark', { timeout: 120000 });
  const chart = await page.$('#portability-chart');
  await chart.scrollIntoView();
  await page.screenshot({ path: `${out}/calculator-${label}.png`, fullPage: true });
  await chart.screenshot({ path: `${out}/calculator-chart-${label}.png` });
  await check(page, `calculator-${label}`);
  await page.close();
}
await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
