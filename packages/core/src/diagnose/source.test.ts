import { describe, expect, it } from 'vitest';
import { DiagnoseInputError, openText } from './source.js';

async function text(data: Parameters<typeof openText>[0]) {
  let bytes = 0;
  const source = await openText(data, (n) => {
    bytes += n;
  });
  let out = '';
  for await (const t of source.text) out += t;
  return { out, gzip: source.gzip, bytes };
}
const gzip = (s: string) => new Blob([s]).stream().pipeThrough(new CompressionStream('gzip'));
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe('openText', () => {
  it('reads strings, bytes, Blobs, web streams and async iterables alike, dropping a BOM', async () => {
    const expected = 'é€ sign-in';
    const utf8 = new TextEncoder().encode(`\uFEFF${expected}`);
    for (const data of [
      `\uFEFF${expected}`,
      utf8,
      new Blob([utf8]),
      new Blob([utf8]).stream(),
      (async function* () {
        yield utf8.slice(0, 3);
        yield utf8.slice(3);
      })(),
    ]) {
      expect((await text(data)).out).toBe(expected);
    }
  });

  it('decodes a character split across chunks', async () => {
    const bytes = new TextEncoder().encode('a€b');
    expect((await text([bytes.slice(0, 2), bytes.slice(2)])).out).toBe('a€b');
  });

  it('un-gzips when the bytes start with the gzip magic, counting the compressed bytes read', async () => {
    const packed = await bytesOf(gzip('{"a":1}\n'.repeat(1000)));
    const r = await text(packed);
    expect(r).toMatchObject({ gzip: true, bytes: packed.byteLength });
    expect(r.out.length).toBe(8000);
  });

  it('says a broken gzip file is one, rather than throwing a stream error', async () => {
    const packed = await bytesOf(gzip('{"a":1}\n'.repeat(1000)));
    await expect(text(packed.slice(0, 40))).rejects.toThrow(DiagnoseInputError);
  });

  it('gives nothing for empty input', async () => {
    expect(await text('')).toEqual({ out: '', gzip: false, bytes: 0 });
  });
});
