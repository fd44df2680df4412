import { open } from 'node:fs/promises';

/**
 * A file's bytes in chunks, reading the next chunk while the caller works on this one (two buffers,
 * used in turn): reading and parsing overlap, and memory holds two chunks whatever the file's size.
 * A chunk is valid until the caller asks for the one after the next. `start` and `end` (exclusive)
 * read one range of the file.
 */
export async function* fileChunks(path: string, size = 1 << 20, start = 0, end = Number.POSITIVE_INFINITY): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffers = [new Uint8Array(size), new Uint8Array(size)];
    let turn = 0;
    let at = start;
    // The whole file reads on from the current position, which pipes and character devices need too.
    const whole = start === 0 && end === Number.POSITIVE_INFINITY;
    const read = (buffer: Uint8Array) => handle.read(buffer, 0, Math.max(0, Math.min(size, end - at)), whole ? null : at);
    let reading = read(buffers[0] as Uint8Array);
    for (;;) {
      const { bytesRead, buffer } = await reading;
      if (bytesRead === 0) return;
      at += bytesRead;
      turn ^= 1;
      reading = read(buffers[turn] as Uint8Array);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
