/**
 * Finds and launches a Chromium-family browser for tests, export and the
 * benchmark. Never downloads one: CHROME_PATH or BROWSER_PATH wins, then the
 * usual install locations.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge', '/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `找不到 Chrome/Chromium 浏览器。请安装 Chromium（Debian：apt-get install chromium），或设置 CHROME_PATH。\n` +
        `No Chrome/Chromium browser found. Install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.\n` +
        `Tried: ${tried.join(', ')}`,
    );
    this.name = 'BrowserNotFoundError';
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  const fromEnv = [env['CHROME_PATH'], env['BROWSER_PATH']].filter((p): p is string => Boolean(p));
  const tried = [...fromEnv, ...(CANDIDATES[platform] ?? [])];
  for (const p of tried) if (existsSync(p)) return p;
  throw new BrowserNotFoundError(tried);
}

/** Flags this sandbox needs; harmless elsewhere. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROME_FLAGS, ...options });
}
