import { type APIRequestContext, expect } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { unitByCode } from './api';

/** 平台镇 and its first village: the demo township.staff's and village.staff's units. */
export const TOWNSHIP_CODE = '220802100';
export const VILLAGE_CODE = '220802100201';
/** The township's own monthly meeting rule for its villages (the district's meeting rule binds townships only); its
 * code has no run of three capitals, which the phone sweep would read as a raw enum. */
const VILLAGE_MEETING_RULE = 'PT-CH-01';

/**
 * Makes sure 平台镇 has a rule in force that asks its villages for a meeting every month, so that a village
 * can record one (idempotent: a second run finds it).
 */
export async function ensureVillageMeetingRule(township: APIRequestContext): Promise<void> {
  const unit = await unitByCode(township, TOWNSHIP_CODE);
  const listed = await township.get('/api/v1/rules', { params: { ownerUnitId: String(unit.id) } });
  expect(listed.ok(), await listed.text()).toBeTruthy();
  const rules = (await listed.json()) as { code: string; inForce: unknown }[];
  if (rules.some((r) => r.code === VILLAGE_MEETING_RULE && r.inForce)) return;
  const created = await township.post('/api/v1/rules', {
    data: {
      ownerUnitId: unit.id,
      code: VILLAGE_MEETING_RULE,
      title: '村关工委例会制度',
      category: 'MEETING',
      appliesTo: ['VILLAGE'],
      body: {
        blocks: [
          { type: 'CLAUSE', number: '第一条', text: '村关工委每月召开一次例会，做好记录，留存照片。' },
        ],
      },
      obligation: { kind: 'MEETING', frequency: 'MONTHLY', evidence: '会议记录和照片' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as { id: number; version: number };
  const published = await township.post(`/api/v1/rule-versions/${draft.id}/publication`, {
    data: { effectiveFrom: '2020-01-01', version: draft.version },
  });
  expect(published.ok(), await published.text()).toBeTruthy();
}

/** A bulletin of the district to the demo village alone, titled to be found; returns its id. */
export async function bulletinToVillage(district: APIRequestContext, title: string): Promise<number> {
  const village = await unitByCode(district, VILLAGE_CODE);
  const sent = await district.post('/api/v1/bulletins', {
    data: {
      title,
      body: { blocks: [{ type: 'PARAGRAPH', text: '请认真学习，按时签收。' }] },
      recipients: { unitIds: [village.id] },
    },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  return ((await sent.json()) as { summary: { id: number } }).summary.id;
}

/** A small PNG (a 24 × 16 grey picture) for a meeting photo. */
export function meetingPhoto(): Buffer {
  const width = 24;
  const height = 16;
  const raw = Buffer.alloc((width * 3 + 1) * height, 0x88);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
