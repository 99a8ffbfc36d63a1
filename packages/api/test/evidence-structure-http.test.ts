import { request as httpRequest, type ClientRequest } from 'node:http';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import type { TestClient } from './support/http-client.js';
import { officeWithReport } from './support/office-with-report.js';

const BOUNDARY = 'duban-test-boundary';

/** Starts a multipart upload and sends only the first part of the file; `finish` sends the rest. */
function slowUpload(
  url: string,
  client: TestClient,
  fileName: string,
  bytes: Uint8Array,
): { finish(): Promise<{ status: number; body: string }> } {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const total = head.length + bytes.length + tail.length;
  let req!: ClientRequest;
  const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'content-length': total,
          cookie: client['cookie'] ?? '',
          'x-csrf-token': client.csrfToken ?? '',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
  });
  req.write(head);
  req.write(bytes.subarray(0, 10));
  return {
    async finish() {
      req.end(Buffer.concat([bytes.subarray(10), tail]));
      return done;
    },
  };
}

/** Evidence is checked by structure (finding 10), and one user may upload only a few files at once. */
for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`evidence structure and upload limit on ${target.name}`, () => {
    let s: TestServer;
    let liaison: TestClient;
    let reportId: string;
    beforeAll(async () => {
      s = await target.start();
      ({ liaison, reportId } = await officeWithReport(s.url, s.adminPassword));
    });
    afterAll(async () => s?.dispose());

    const upload = (name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return liaison.post(`/api/reports/${reportId}/evidence`, form);
    };

    it('refuses a zip that only mentions word/ and carries a program; accepts a real .docx', async () => {
      const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...strToU8('This program cannot be run in DOS mode')]);
      const fake = await upload('进度.docx', zipSync({ 'word/readme.txt': strToU8('word/'), 'setup.exe': exe }));
      expect([fake.status, fake.body.error.id]).toEqual([415, 'evidence.content_mismatch']);
      const xlsxFake = await upload('台账.xlsx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
      expect(xlsxFake.status).toBe(415);
      const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('开展宣传12场')] }] })));
      expect((await upload('进度.docx', docx)).status).toBe(201);
    });

    it('answers a fourth simultaneous upload of one user with 429, and takes uploads again once they finish', async () => {
      const url = `${s.url}/api/reports/${reportId}/evidence`;
      const text = strToU8('已完成宣传活动，覆盖3000人。'.repeat(20));
      const pending = [1, 2, 3].map((i) => slowUpload(url, liaison, `记录${i}.txt`, text));
      // Give the server time to start handling the three (each then waits for the rest of its file).
      await new Promise((r) => setTimeout(r, 1500));
      const fourth = await upload('记录4.txt', text);
      expect([fourth.status, fourth.body.error.id]).toEqual([429, 'upload.too_many']);
      expect(fourth.body.error.message).toContain('同时上传的文件过多');
      const finished = await Promise.all(pending.map((p) => p.finish()));
      expect(finished.map((f) => f.status)).toEqual([201, 201, 201]);
      expect((await upload('记录5.txt', text)).status).toBe(201);
    });
  });
}
