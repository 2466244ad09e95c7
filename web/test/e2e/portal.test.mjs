// End to end in a real browser against the real LocalHost: an applicant applies and uploads evidence, the public files an
// objection, an officer takes the project through eligibility, review and publicity to approval, the applicant signs.
// Screenshots of the main pages go to web/test-results/.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { LocalHost, resultsDir, until } from './harness.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-default-apps', '--disable-sync',
  '--metrics-recording-only', '--no-first-run'];
// One business day per 2 s of wall time: publicity (5 working days) lasts ~15 s, the contract window (30 days) ~60 s.
const businessDayMs = Number(process.env.E2E_BUSINESS_DAY_MS ?? 2000);
const institution = '91650000-INST-A';

const host = new LocalHost({ wallPerBusinessDayMs: businessDayMs });
let browser;
const pages = {};
const pageErrors = [];
const shots = [];
let projectId;
let seededId;
let evidenceSha;

async function shot(page, name, opts = {}) {
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...opts });
  shots.push(file);
}

async function newPage(name, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', e => pageErrors.push(`${name}: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') { console.log(`[${name} console] ${m.text()}`); } });
  pages[name] = page;
  return page;
}

async function signIn(page, token) {
  await page.goto(`${host.url}/signin`);
  await page.getByLabel('开发令牌').fill(token);
  await page.getByRole('button', { name: '登录' }).click();
}

async function call(method, url, token, body, extra = {}) {
  const r = await fetch(`${host.url}${url}`, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  assert.ok(r.ok, `${method} ${url}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function seedReturnedProject() {
  const targets = ['AX-TALENTS', 'AX-TRANSFERS', 'AX-PLATFORMS', 'AX-IP', 'AX-TRAINED', 'AX-OUTPUT-VALUE', 'AX-ECONOMIC']
    .map(code => ({ indicatorCode: code, value: { number: 1, comparator: 'Exactly' } }));
  const form = {
    title: '伊犁河谷特色林果提质增效技术集成与示范', summary: '在伊犁州推广林果提质增效技术。', category: 'AidXinjiangB',
    principalInvestigator: { id: 'pi-2', name: '古丽', email: 'guli@example.cn' }, institution: { id: institution, name: '新疆农业科学院' },
    executionStartsOn: '2018-07-01', executionEndsOn: '2020-06-30',
    budget: { lines: [{ category: 'Materials', fiscalCny: 380000, selfRaisedCny: 0 }, { category: 'Management', fiscalCny: 20000, selfRaisedCny: 0 }], disbursements: [] },
    targets,
  };
  const created = await call('POST', '/api/applicant/projects', host.tokens.applicant, { callId: '2018-AidXinjiang', form });
  await call('POST', `/api/applicant/projects/${created.id}/submit`, host.tokens.applicant, undefined, { 'Idempotency-Key': `seed-${created.id}` });
  await call('POST', `/api/officer/projects/${created.id}/eligibility`, host.tokens.officer, { decision: 'Return', reason: '请补充单位推荐函' });
  return created.id;
}

/** Waits for the project page (which refreshes itself) to show a stage. */
async function waitForStage(page, stage, timeoutMs = 60_000) {
  await page.locator(`[data-stage="${stage}"]`).first().waitFor({ timeout: timeoutMs });
}

// The steps build on each other: after the first failure the rest are skipped, so the report shows the real cause.
let broken = null;
function step(name, fn) {
  test(name, async t => {
    if (broken) {
      t.skip(`after the failure of: ${broken}`);
      return;
    }
    try {
      await fn(t);
    } catch (e) {
      broken = name;
      for (const [who, page] of Object.entries(pages)) {
        await page.screenshot({ path: path.join(resultsDir, `failure-${who}.png`), fullPage: true }).catch(() => undefined);
      }
      throw e;
    }
  });
}

describe('applicant portal and officer console', () => {
  before(async () => {
    rmSync(resultsDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    await host.start();
    console.log(`# LocalHost healthy after ${host.startMs} ms at ${host.url} (business day = ${businessDayMs} ms)`);
    const [applicant, officer, other] = await Promise.all([
      host.token('applicant', 'pi-1', '张伟', institution),
      host.token('officer', 'officer-1', '王处长'),
      host.token('applicant', 'pi-9', '李娜', '91650000-INST-B'),
    ]);
    Object.assign(host, { tokens: { applicant, officer, other } });
    await host.ensureBlobCors();
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await host.stop();
    console.log(`# screenshots:\n${shots.map(s => `#   ${path.relative(process.cwd(), s)}`).join('\n')}`);
  });

  step('sign-in explains dev tokens and refuses a bad one', async () => {
    const page = await newPage('officer');
    await page.goto(`${host.url}/signin`);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await page.getByText('./run.sh token --role applicant').waitFor();
    await page.getByLabel('开发令牌').fill('dev.not-a.token');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: /令牌/ }).waitFor();
    await shot(page, '01-signin');
  });

  step('officer publishes the 2018 call', async () => {
    const page = pages.officer;
    await signIn(page, host.tokens.officer);
    await page.waitForURL(`${host.url}/officer`);
    await page.getByRole('link', { name: '申报指南' }).click();
    await page.getByRole('heading', { name: '申报指南', level: 1 }).waitFor();
    const form = page.locator('form[data-form="call"]');
    await form.getByLabel('指南编号').fill('2018-AidXinjiang');
    await form.getByLabel('计划年度').fill('2018');
    await form.getByLabel('指南标题（中文）').fill('2018年科技援疆计划申报指南');
    await form.getByLabel('指南标题（英文）').fill('2018 S&T Aid to Xinjiang call');
    await form.getByLabel('开始日期').fill('2018-01-01');
    await form.getByLabel('截止日期').fill('2018-12-31');
    await form.getByLabel(/援疆A类.*额度/).fill('100000000');
    await form.getByLabel(/援疆B类.*额度/).fill('8000000');
    await form.getByLabel(/援疆C类.*额度/).fill('8000000');
    await form.getByRole('button', { name: '保存申报指南' }).click();
    await page.getByText('申报指南 2018-AidXinjiang 已保存。').waitFor();
    await page.locator('table').getByText('2018-AidXinjiang').waitFor();
    await shot(page, '02-officer-calls');
  });

  step('applicant fills the application with live budget checks and submits it', async () => {
    const page = await newPage('applicant');
    await signIn(page, host.tokens.applicant);
    await page.waitForURL(`${host.url}/applicant`);
    await page.getByText('暂无项目。').waitFor();
    await page.getByRole('link', { name: '新建申报书' }).click();
    await page.getByRole('heading', { name: '新建申报书', level: 1 }).waitFor();

    await page.getByLabel('项目名称').fill('南疆设施农业节水灌溉技术示范与推广');
    await page.getByLabel('项目简介（主要任务）').fill('在喀什地区推广滴灌与水肥一体化技术。');
    await page.getByLabel('项目负责人邮箱（接收截止提醒）').fill('zhang.wei@example.cn');
    await page.getByLabel('承担单位名称').fill('新疆农业科学院');

    // Range check as you type: 120万元 is above category A's 60–100万元.
    const materials = page.getByLabel('材料费 财政拨款', { exact: true });
    await materials.fill('1200000');
    await page.getByText('财政资助120.00万元超出本类别资助范围60.00–100.00万元').waitFor();
    // Fen rule: at most two decimals.
    const equipment = page.getByLabel('设备费 财政拨款', { exact: true });
    await equipment.fill('1.234');
    await page.getByText('金额最多保留两位小数（分）').waitFor();
    await equipment.fill('');
    // Indirect cap: management above 20% of direct costs minus equipment.
    await materials.fill('500000');
    await page.getByLabel('管理费 财政拨款', { exact: true }).fill('200000');
    await page.getByText(/间接费用（管理费）20\.00万元超过上限/).waitFor();
    await materials.fill('700000');
    await page.getByLabel('管理费 财政拨款', { exact: true }).fill('40000');
    await page.getByLabel('材料费 自筹', { exact: true }).fill('500000');
    assert.equal(await page.locator('[data-total="fiscalWan"]').textContent(), '74.00');
    assert.equal(await page.locator('[data-total="allWan"]').textContent(), '124.00');
    assert.equal(await page.locator('[data-field="budget.fiscalTotalCny"]').textContent(), '');

    const targets = { '援疆人才数量': '4', '援疆项目实现成果转化数量': '1', '援疆项目合作平台数量': '1', '援疆项目获得知识产权数量': '2',
      '援疆项目培训技术人员数量': '30', '援疆项目新增产值': '500', '受援企业通过援疆项目产生的经济效益': '200' };
    for (const [name, value] of Object.entries(targets)) {
      await page.getByLabel(`${name} 预期值`, { exact: true }).fill(value);
    }

    // Every form control has an accessible name.
    const unlabelled = await page.locator('form.application').evaluate(form => [...form.querySelectorAll('input, select, textarea')]
      .filter(el => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))).map(el => el.outerHTML));
    assert.deepEqual(unlabelled, []);
    await shot(page, '03-application-form');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText(/草稿已保存（P2018-/).waitFor();
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('申报书已提交，进入形式审查。').waitFor();
    await waitForStage(page, 'EligibilityCheck');
    projectId = await page.locator('[data-project-id]').getAttribute('data-project-id');
    assert.match(projectId, /^P2018-/);
  });

  step('applicant uploads evidence straight to Blob storage with a progress bar', async () => {
    const page = pages.applicant;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n% XjKeji e2e evidence\n'), randomBytes(4 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
    evidenceSha = createHash('sha256').update(pdf).digest('hex');
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress.upload-progress');
        if (bar && bar.dataset.progress !== undefined && window.__progress.at(-1) !== bar.dataset.progress) {
          window.__progress.push(bar.dataset.progress);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-progress'] });
    });
    await page.getByLabel('材料类别').selectOption('AchievementProof');
    await page.getByLabel('选择文件').setInputFiles({ name: '成果证明-滴灌示范.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByText('“成果证明-滴灌示范.pdf”已通过检查。').waitFor({ timeout: 60_000 });
    const progress = await page.evaluate(() => window.__progress);
    assert.ok(progress.length >= 2, `progress updates seen: ${progress}`);
    assert.equal(progress.at(-1), '100');
    assert.equal(await page.locator('progress.upload-progress').evaluate(p => p.value), 100);
    await page.locator('table').getByText(evidenceSha).waitFor();
    await shot(page, '04-applicant-project');
  });

  step('another institution cannot see the project', async () => {
    const page = await newPage('other');
    await signIn(page, host.tokens.other);
    await page.waitForURL(`${host.url}/applicant`);
    await page.getByText('暂无项目。').waitFor();
    await page.goto(`${host.url}/applicant/projects/${projectId}`);
    await page.getByRole('alert').waitFor();
    await page.context().close();
  });

  step('officer returns the application for correction', async () => {
    const page = pages.officer;
    await page.getByRole('link', { name: '项目看板' }).click();
    const card = page.locator(`[data-stage-column="EligibilityCheck"] [data-project="${projectId}"]`);
    await card.waitFor();
    await shot(page, '05-officer-board');
    await card.getByRole('link').click();
    await waitForStage(page, 'EligibilityCheck');
    // The evidence list shows the file's SHA-256 as computed here, and so does the downloadable manifest.
    await page.locator('table').getByText(evidenceSha).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-manifest="csv"]').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.includes(evidenceSha) && csv.includes('成果证明-滴灌示范.pdf'), csv);
    const eligibility = page.locator('form[data-decision="eligibility"]');
    await eligibility.getByLabel('退回修改').check();
    await eligibility.getByRole('button', { name: '保存' }).click();
    await page.getByRole('alert').filter({ hasText: '必须填写理由' }).waitFor();
    await eligibility.getByLabel('意见 / 理由').fill('请补充推广面积');
    await eligibility.getByRole('button', { name: '保存' }).click();
    await waitForStage(page, 'ReturnedForCorrection', 20_000);
  });

  step('applicant corrects the application (language switch keeps the input) and resubmits', async () => {
    const page = pages.applicant;
    await waitForStage(page, 'ReturnedForCorrection', 20_000); // the project page follows the workflow by itself
    await page.getByRole('link', { name: '修改申报书' }).click();
    await page.getByRole('heading', { name: `修改申报书 ${projectId}`, level: 1 }).waitFor();
    const summary = page.getByLabel('项目简介（主要任务）');
    assert.equal(await summary.inputValue(), '在喀什地区推广滴灌与水肥一体化技术。');
    await summary.fill('在喀什地区推广滴灌与水肥一体化技术，示范推广面积2万亩。');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: `Edit application ${projectId}`, level: 1 }).waitFor();
    assert.equal(await page.getByLabel('Summary (main tasks)').inputValue(), '在喀什地区推广滴灌与水肥一体化技术，示范推广面积2万亩。');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.getByText('申报书已提交，进入形式审查。').waitFor();
    await waitForStage(page, 'EligibilityCheck');
    await page.locator('table.history').getByText('重新提交').waitFor();
  });

  step('officer passes eligibility and publishes the review outcome', async () => {
    const page = pages.officer;
    await waitForStage(page, 'EligibilityCheck', 20_000);
    const eligibility = page.locator('form[data-decision="eligibility"]');
    await eligibility.getByLabel('通过，进入专家评审').check();
    await eligibility.getByLabel('意见 / 理由').fill('材料齐全');
    await eligibility.getByRole('button', { name: '保存' }).click();
    await waitForStage(page, 'ExpertReview', 20_000);

    const funding = page.locator('form[data-decision="funding"]');
    await funding.getByLabel('拟资助并公示').check();
    await funding.getByLabel('公示发布日期（北京时间）').fill(host.businessToday());
    await funding.getByLabel('拟资助财政金额（元）').fill('700000');
    await shot(page, '06-officer-project');
    await funding.getByRole('button', { name: '保存' }).click();
    await waitForStage(page, 'Publicity', 20_000);
    // A second application, seeded through the API and returned for correction, so the compressed clock produces
    // deadline reminders for the outbox while the rest of the test runs.
    seededId = await seedReturnedProject();
  });

  step('the public reads the publicity list and files a named objection', async () => {
    const page = await newPage('public');
    await page.goto(`${host.url}/publicity`);
    const row = page.locator('table tr', { hasText: projectId });
    await row.waitFor();
    assert.match(await row.textContent(), /70\.00/);
    assert.doesNotMatch(await page.content(), /example\.cn/);
    await page.getByLabel('姓名或单位名称（实名）').fill('李明');
    await page.getByLabel('联系电话或邮箱').fill('13800000000');
    await page.getByLabel('异议内容').fill('该项目与已资助项目内容重复。');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText(/异议已收到，编号 O-/).waitFor();
    await shot(page, '07-public-publicity');
  });

  step('officer dismisses the objection; the workflow ends publicity and approves', async () => {
    const page = pages.officer;
    await page.getByRole('link', { name: '公示与异议' }).click();
    const block = page.locator(`article[data-project="${projectId}"]`);
    await block.waitFor();
    const form = block.locator('form[data-objection]');
    await form.getByLabel('异议不成立（项目继续）').check();
    await form.getByLabel('处理意见').fill('经核查，内容不重复。');
    await shot(page, '08-officer-objections');
    await form.getByRole('button', { name: '提交处理意见' }).click();
    await page.getByText(/已完成：异议不成立/).waitFor();

    await page.goto(`${host.url}/officer/projects/${projectId}`);
    await until('approval', async () => {
      const stage = await page.locator('[data-stage]').first().getAttribute('data-stage');
      if (stage === 'Approval') {
        await page.locator('[data-decision="approval"]').click().catch(() => undefined);
      }
      return stage === 'Contract';
    }, { timeoutMs: 90_000, intervalMs: 1000 });
    const history = await page.locator('table.history').textContent();
    for (const action of ['提交申报', '形式审查通过', '拟立项公示', '提出异议', '异议不成立', '公示期满', '批复立项']) {
      assert.ok(history.includes(action), `history has ${action}`);
    }
  });

  step('applicant signs the contract', async () => {
    const page = pages.applicant;
    await page.goto(`${host.url}/applicant`);
    await page.locator('table.projects').getByText('签订任务书').first().waitFor();
    await shot(page, '09-applicant-projects');
    await page.getByRole('link', { name: projectId }).click();
    await waitForStage(page, 'Contract');
    // The contract stage requires the sealed contract scan (StageEvidenceRequirements) before the signature.
    assert.equal(await page.getByLabel('材料类别').inputValue(), 'SignedContract');
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% signed contract\n'), randomBytes(64 * 1024), Buffer.from('\n%%EOF\n')]);
    await page.getByLabel('选择文件').setInputFiles({ name: '任务书-盖章.pdf', mimeType: 'application/pdf', buffer: scan });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByText('“任务书-盖章.pdf”已通过检查。').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '确认签订任务书' }).click();
    await waitForStage(page, 'Execution', 20_000);
    await shot(page, '10-applicant-execution');
  });

  step('the survey email sent after approval links to the survey, which the applicant answers', async () => {
    const officer = pages.officer;
    const mail = await until('a survey email in the outbox', async () => {
      await officer.goto(`${host.url}/officer/outbox?projectId=${projectId}`);
      await officer.getByRole('heading', { name: '发件箱', level: 1 }).waitFor();
      await officer.locator('table.outbox, p.empty').first().waitFor();
      const row = officer.locator('table.outbox tr', { hasText: '满意度调查' }).first();
      return (await row.count()) ? row : null;
    }, { timeoutMs: 30_000, intervalMs: 1000 });
    await mail.locator('summary').click();
    const body = await mail.locator('pre.email-body').textContent();
    const link = /问卷地址：(\S+)/.exec(body)?.[1];
    assert.equal(link, `${host.url}/surveys/projects/${projectId}`, body);

    const page = pages.applicant;
    await page.goto(link);
    await page.getByRole('heading', { name: '满意度调查', level: 1 }).waitFor();
    await page.getByLabel('满意', { exact: true }).check();
    await page.getByLabel('意见（可选）').fill('流程清楚，办理及时');
    await shot(page, '17-applicant-survey');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('感谢您的反馈。').waitFor();
  });

  step('officer pages: outbox, overdue, review, ranking, report, English', async () => {
    const page = pages.officer;
    await page.goto(`${host.url}/officer/outbox?projectId=${projectId}`);
    await page.getByRole('heading', { name: '发件箱', level: 1 }).waitFor();
    await page.locator('table.outbox, p.empty').first().waitFor();
    // The correction deadline of the seeded project is 15 days away; its first reminder goes 7 working days before.
    const reminder = await until('a deadline reminder in the outbox', async () => {
      await page.goto(`${host.url}/officer/outbox`);
      await page.getByRole('heading', { name: '发件箱', level: 1 }).waitFor();
      await page.locator('table.outbox, p.empty').first().waitFor();
      const row = page.locator('table.outbox tr', { hasText: '截止提醒' }).filter({ hasText: seededId }).first();
      return (await row.count()) ? row : null;
    }, { timeoutMs: 60_000, intervalMs: 2000 });
    await reminder.locator('summary').click();
    await reminder.locator('pre.email-body').waitFor();
    await shot(page, '11-officer-outbox');
    // The email's link ({PortalBaseUrl}projects/{id}) opens the project in the officer's console.
    await page.goto(`${host.url}/projects/${seededId}`);
    await page.waitForURL(`${host.url}/officer/projects/${seededId}`);
    await page.locator(`[data-project-id="${seededId}"]`).waitFor();

    await page.getByRole('link', { name: '逾期项目' }).click();
    await page.getByRole('heading', { name: '逾期项目', level: 1 }).waitFor();
    await shot(page, '12-officer-overdue');

    // Review, ranking and the year-end report are wired to their routes (no placeholders left).
    await page.getByRole('link', { name: '专家评审' }).click();
    await page.getByRole('heading', { name: '专家评审', level: 1 }).waitFor();
    await page.getByRole('button', { name: '分配评审专家' }).waitFor();
    await page.locator('table, p.empty').first().waitFor();
    await shot(page, '13-officer-review');
    await page.getByRole('link', { name: '评审排名' }).click();
    await page.getByRole('heading', { name: '评审排名', level: 1 }).waitFor();
    await page.locator('table.ranking, p.empty').first().waitFor();
    await page.goto(`${host.url}/officer/reports?year=2018&program=AidXinjiang`);
    await page.getByRole('heading', { name: '绩效自评报告', level: 1 }).waitFor();
    await page.locator('img.report-chart, .status-error').first().waitFor({ timeout: 30_000 });
    await shot(page, '16-officer-report');

    await page.getByRole('link', { name: '项目看板' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Pipeline board', level: 1 }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.locator(`[data-stage-column="Execution"] [data-project="${projectId}"]`).waitFor();
    await shot(page, '14-officer-board-en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('heading', { name: '项目看板', level: 1 }).waitFor();
  });

  step('pages reflow on a phone-sized screen', async () => {
    const page = await newPage('mobile', { width: 390, height: 844 });
    await signIn(page, host.tokens.applicant);
    await page.waitForURL(`${host.url}/applicant`);
    await page.getByRole('link', { name: projectId }).click();
    await waitForStage(page, 'Execution');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
    await shot(page, '15-mobile-project');
  });

  test('no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
