// Makes sure the Debian packages the tests drive are installed: Chromium for the browser tests,
// xmllint for schema validation, translate-toolkit as a peer that reads our XLIFF, LibreOffice Writer
// to open the published Word files and pdftotext to read back the PDF it makes of them, a Japanese
// font so that Chromium's screenshots and LibreOffice's PDFs show Japanese text instead of empty boxes
// (DejaVu, which Chromium brings, covers Arabic), and Apertium's HTTP server with its English–Spanish
// and English–Catalan data for machine translation. Installs them with apt-get when running as root;
// otherwise, or when that fails, it fails (never skips).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TOOLS = [
  { binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', version: ['--version'] },
  { binary: '/usr/bin/xmllint', pkg: 'libxml2-utils', version: ['--version'] },
  { binary: '/usr/bin/po2xliff', pkg: 'translate-toolkit', version: ['--version'] },
  { binary: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui', version: ['--version'] },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils', version: ['-v'] },
  { binary: '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf', pkg: 'fonts-ipafont-gothic', version: null },
  { binary: '/usr/bin/apertium-apy', pkg: 'apertium-apy', version: null },
  { binary: '/usr/share/apertium/modes/eng-spa.mode', pkg: 'apertium-eng-spa', version: null },
  { binary: '/usr/share/apertium/modes/eng-cat.mode', pkg: 'apertium-eng-cat', version: null },
];

const missing = TOOLS.filter((t) => !fs.existsSync(t.binary));
if (missing.length > 0) {
  const packages = missing.map((t) => t.pkg);
  if (process.getuid?.() !== 0) {
    console.error(`Missing for the tests: ${missing.map((t) => t.binary).join(', ')}. Install them: sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian packages for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((t) => !fs.existsSync(t.binary));
  if (still.length > 0) {
    console.error(`apt-get finished but ${still.map((t) => t.binary).join(', ')} is still missing.`);
    process.exit(1);
  }
}
for (const tool of TOOLS) {
  const version = tool.version ? execFileSync(tool.binary, tool.version, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] : '';
  console.log(`${tool.pkg}: ${version.trim() || 'present'}`);
}
