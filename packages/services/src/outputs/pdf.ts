import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors.js';

const CANDIDATES = ['soffice', 'libreoffice'];
const TIMEOUT_MS = 60_000;

/** The LibreOffice binary on PATH (soffice, else libreoffice), or null when neither is installed. */
export async function findOffice(envPath = process.env.PATH ?? ''): Promise<string | null> {
  for (const name of CANDIDATES) {
    for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      try {
        await access(file, constants.X_OK);
        return file;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/**
 * Converts a .docx to PDF with LibreOffice (`--headless --convert-to pdf`) in a private temporary directory
 * with its own profile (parallel conversions never share a lock), killed after 60 s. Without LibreOffice the
 * request fails with `output.pdf_unavailable` (HTTP 501).
 */
export async function docxToPdf(docx: Uint8Array, baseName = 'document'): Promise<Buffer> {
  const office = await findOffice();
  if (!office)
    throw new DomainError('not_implemented', 'output.pdf_unavailable', '服务器未安装 LibreOffice，暂不能生成 PDF；请下载 .docx 文件');
  const dir = await mkdtemp(path.join(tmpdir(), 'duban-pdf-'));
  try {
    const input = path.join(dir, `${baseName.replace(/[^\w.-]+/g, '_') || 'document'}.docx`);
    await writeFile(input, docx);
    const profile = `file://${path.join(dir, 'profile')}`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        office,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' },
        (err) =>
          err
            ? reject(
                new DomainError('unprocessable', 'output.pdf_failed', `PDF 转换失败：${err.killed ? '超时' : err.message.slice(0, 200)}`),
              )
            : resolve(),
      );
    });
    return await readFile(input.replace(/\.docx$/, '.pdf')).catch(() => {
      throw new DomainError('unprocessable', 'output.pdf_failed', 'PDF 转换失败：LibreOffice 未生成文件');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
