// The entries of a zip file (an .xlsx is one), read from its central directory and streamed one
// at a time through zlib: nothing but the entry being read is held in memory, and an entry is
// found by its name wherever it sits in the file (ExcelJS's streaming reader takes them in file
// order and spools worksheets to temporary files when the shared strings come last).

import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (nothing else occurs in .xlsx files). */
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory says the entry unpacks to (a hostile file may lie: counted while reading too). */
  readonly size: number;
  readonly localHeader: number;
  readonly encrypted: boolean;
}

/** A damaged or unreadable zip: the reader turns it into "damaged .xlsx". */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function big(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('zip64 size out of range');
  return Number(value);
}

/** The entries of a zip file, from its central directory. */
export function zipEntries(file: string): ZipEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = readAt(fd, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipError('no end of central directory');
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directory = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directory === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipError('no zip64 locator');
      const record = readAt(fd, big(tail.readBigUInt64LE(locator + 8)), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError('bad zip64 record');
      count = big(record.readBigUInt64LE(32));
      directorySize = big(record.readBigUInt64LE(40));
      directory = big(record.readBigUInt64LE(48));
    }
    if (directory + directorySize > size) throw new ZipError('central directory beyond the file');
    const table = readAt(fd, directory, directorySize);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > table.length || table.readUInt32LE(at) !== CENTRAL)
        throw new ZipError('bad central directory');
      const flags = table.readUInt16LE(at + 8);
      const method = table.readUInt16LE(at + 10);
      let compressedSize = table.readUInt32LE(at + 20);
      let entrySize = table.readUInt32LE(at + 24);
      const nameLength = table.readUInt16LE(at + 28);
      const extraLength = table.readUInt16LE(at + 30);
      const commentLength = table.readUInt16LE(at + 32);
      let localHeader = table.readUInt32LE(at + 42);
      const name = table.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
      // Zip64: the sizes and offset that did not fit are in the extra field 0x0001, in this order.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = table.readUInt16LE(extra);
        const length = table.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (entrySize === 0xffffffff) {
            entrySize = big(table.readBigUInt64LE(field));
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = big(table.readBigUInt64LE(field));
            field += 8;
          }
          if (localHeader === 0xffffffff) localHeader = big(table.readBigUInt64LE(field));
        }
        extra += 4 + length;
      }
      entries.push({
        name: name.replace(/\\/g, '/').replace(/^\//, ''),
        method,
        compressedSize,
        size: entrySize,
        localHeader,
        encrypted: (flags & 1) === 1,
      });
      at = extraEnd + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of an entry, unpacked, as they come (chunks of about 64 KB). `maxBytes` stops an entry
 * that unpacks to more than it may (a zip bomb): `onTooLarge` says what to throw.
 */
export async function* entryChunks(
  file: string,
  entry: ZipEntry,
  maxBytes: number,
  onTooLarge: () => Error,
): AsyncGenerator<Buffer> {
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError(`${entry.name}: compression ${entry.method}`);
  if (entry.size > maxBytes) throw onTooLarge();
  const fd = openSync(file, 'r');
  let start: number;
  try {
    const header = readAt(fd, entry.localHeader, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
      throw new ZipError(`${entry.name}: bad local header`);
    start = entry.localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 16,
  });
  const source = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 16 })) : raw;
  raw.on('error', (error) => source.destroy(error));
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw onTooLarge();
      yield chunk;
    }
  } finally {
    raw.destroy();
    source.destroy();
  }
}
