import { afterEach, describe, expect, it, vi } from 'vitest';
import { overviewTab } from '../../src/app/operations/sidebar';
import { withBoot } from '../../src/gas/operations/sidebar';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { TEAM_NOW, teamWorkbook, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the sidebar overview', () => {
  it('reads each sheet once, validation included', () => {
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    const port = sheetsPort();
    wb.counter.reset();
    const overview = overviewTab(port, TEAM_NOW, 'zh');
    expect(overview.validation.errors).toBeGreaterThan(0);
    expect(wb.counter.get('Sheet.getDataRange')).toBe(wb.sheets.length);
  });
});

describe('the sidebar page', () => {
  it('keeps labels with $ signs as written, and no label can close the script element', () => {
    const template = '<script>const BOOT = /*BOOT*/null;</script>';
    const page = withBoot(template, { labels: { fine: "罚款 $& 元 $' 项", end: '</script><b>' } });
    const json = page.slice('<script>const BOOT = '.length, -';</script>'.length);
    expect(JSON.parse(json)).toEqual({ labels: { fine: "罚款 $& 元 $' 项", end: '</script><b>' } });
    expect(page.match(/<\/script>/g)).toHaveLength(1);
  });
});
