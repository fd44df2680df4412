import { open } from 'node:fs/promises';

/**
 * A file's bytes in chunks, reading the next chunk while the caller works on this one (two buffers,
 * used in turn): reading and parsing overlap, and memory holds two chunks whatever the file's size.
 * A chunk is valid until the caller asks for the one after the next.
 */
export async function* fileChunks(path: string, size = 1 << 20): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffers = [new Uint8Array(size), new Uint8Array(size)];
    let turn = 0;
    let reading = handle.read(buffers[0] as Uint8Array, 0, size, null);
    for (;;) {
      const { bytesRead, buffer } = await reading;
      if (bytesRead === 0) return;
      turn ^= 1;
      reading = handle.read(buffers[turn] as Uint8Array, 0, size, null);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
